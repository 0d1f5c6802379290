#!/usr/bin/python3
"""Multiplies an MLP1 model's last layer (weights and biases) by C: its softmax becomes sharper (C > 1) or softer
(C < 1) with the same argmax. Usage: scale.py IN.bin OUT.bin C"""
import struct, sys
import numpy as np
from teacher import load_model


def main():
    mean, std, Ws, Bs = load_model(sys.argv[1])
    c = np.float32(float(sys.argv[3]))
    Ws[-1] = Ws[-1] * c; Bs[-1] = Bs[-1] * c
    sizes = [Ws[0].shape[1]] + [W.shape[0] for W in Ws]
    with open(sys.argv[2], "wb") as f:
        f.write(struct.pack("<ii", 0x4D4C5031, len(Ws))); f.write(struct.pack("<%di" % len(sizes), *sizes))
        f.write(mean.astype("<f4").tobytes()); f.write(std.astype("<f4").tobytes())
        for W, B in zip(Ws, Bs):
            f.write(W.astype("<f4").tobytes()); f.write(B.astype("<f4").tobytes())


if __name__ == "__main__":
    main()
