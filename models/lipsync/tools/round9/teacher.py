#!/usr/bin/python3
"""Soft targets for train.py --teacher: the averaged softmax of several MLP1 models over a feature dump.

Usage: teacher.py FEATURES.bin OUT.f16 MODEL.bin... [--temp 1]
Writes float16 n x 15 (little endian), row i = mean over models of softmax(logits_i / temp).
Each model normalises the features with its own mean/std (the MLP1 header), as VisemeClassifier does.
"""
import struct, sys
import numpy as np


def load_model(path):
    raw = open(path, "rb").read()
    magic, layers = struct.unpack_from("<ii", raw, 0)
    assert magic == 0x4D4C5031, path
    sizes = struct.unpack_from("<%di" % (layers + 1), raw, 8)
    o = 8 + 4 * (layers + 1)
    f = np.frombuffer(raw, dtype="<f4", offset=o)
    k = 0
    mean = f[k:k + sizes[0]]; k += sizes[0]
    std = f[k:k + sizes[0]]; k += sizes[0]
    Ws, Bs = [], []
    for i in range(layers):
        Ws.append(f[k:k + sizes[i + 1] * sizes[i]].reshape(sizes[i + 1], sizes[i])); k += sizes[i + 1] * sizes[i]
        Bs.append(f[k:k + sizes[i + 1]]); k += sizes[i + 1]
    return mean, std, Ws, Bs


def load_dump(path):
    raw = open(path, "rb").read()
    magic, n, dim = struct.unpack_from("<iii", raw, 0)
    assert magic == 0x46454154
    x = np.frombuffer(raw, dtype="<f4", count=n * dim, offset=12).reshape(n, dim)
    y = np.frombuffer(raw, dtype=np.uint8, count=n, offset=12 + 4 * n * dim).astype(np.int64)
    return x, y


def logits(model, x, chunk=65536):
    mean, std, Ws, Bs = model
    out = np.empty((len(x), Ws[-1].shape[0]), np.float32)
    for s in range(0, len(x), chunk):
        a = (x[s:s + chunk] - mean) / std
        for i in range(len(Ws)):
            a = a @ Ws[i].T + Bs[i]
            if i < len(Ws) - 1:
                a = np.maximum(a, 0)
        out[s:s + chunk] = a
    return out


def softmax(z):
    z = z - z.max(1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(1, keepdims=True)


def main():
    args = [a for a in sys.argv[1:]]
    temp = 1.0
    if "--temp" in args:
        i = args.index("--temp"); temp = float(args[i + 1]); del args[i:i + 2]
    src, dst, models = args[0], args[1], args[2:]
    x, y = load_dump(src)
    acc = np.zeros((len(x), 15), np.float32)
    for m in models:
        p = softmax(logits(load_model(m), x) / temp)
        print(m, "train-frame accuracy %.4f" % (p.argmax(1) == y).mean(), flush=True)
        acc += p
    acc /= len(models)
    print("ensemble train-frame accuracy %.4f" % (acc.argmax(1) == y).mean())
    acc.astype("<f2").tofile(dst)
    print("wrote", dst, acc.shape)


if __name__ == "__main__":
    main()
