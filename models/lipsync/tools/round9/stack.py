#!/usr/bin/python3
"""Packs K MLP1 models with the same sizes and the same input mean/std (trained on one dump) into ONE wider MLP1
whose logits are the mean of theirs (hidden layers side by side, block-diagonal second layer). For measuring an
ensemble end to end with `bench lipsync` (K times the MACs: not a shipping candidate).

Usage: stack.py OUT.bin MODEL.bin...
"""
import struct, sys
import numpy as np
from teacher import load_model


def main():
    ms = [load_model(p) for p in sys.argv[2:]]
    k = len(ms)
    mean, std = ms[0][0], ms[0][1]
    for m in ms:
        assert np.array_equal(m[0], mean) and np.array_equal(m[1], std), "models must share mean/std"
    h1, h2 = ms[0][2][0].shape[0], ms[0][2][1].shape[0]
    W0 = np.concatenate([m[2][0] for m in ms]); B0 = np.concatenate([m[3][0] for m in ms])
    W1 = np.zeros((k * h2, k * h1), np.float32)
    for i, m in enumerate(ms):
        W1[i * h2:(i + 1) * h2, i * h1:(i + 1) * h1] = m[2][1]
    B1 = np.concatenate([m[3][1] for m in ms])
    W2 = np.concatenate([m[2][2] for m in ms], axis=1) / k; B2 = sum(m[3][2] for m in ms) / k
    sizes = [W0.shape[1], k * h1, k * h2, W2.shape[0]]
    with open(sys.argv[1], "wb") as f:
        f.write(struct.pack("<ii", 0x4D4C5031, 3)); f.write(struct.pack("<4i", *sizes))
        f.write(mean.astype("<f4").tobytes()); f.write(std.astype("<f4").tobytes())
        for W, B in ((W0, B0), (W1, B1), (W2, B2)):
            f.write(W.astype("<f4").tobytes()); f.write(B.astype("<f4").tobytes())
    print("wrote", sys.argv[1], sizes)


if __name__ == "__main__":
    main()
