#!/usr/bin/python3
"""Frame-level check of single models against their ensemble on a feature dump (no post-processing).

Usage: headroom.py FEATURES.bin MODEL.bin...
Prints per model and for the averaged softmax: frame accuracy, accuracy on non-silence frames, PP average precision.
"""
import sys
import numpy as np
from teacher import load_dump, load_model, logits, softmax

PP, SIL = 1, 0


def ap(score, pos):
    o = np.argsort(-score)
    hits = pos[o]
    prec = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((prec * hits).sum() / max(1, hits.sum()))


def row(name, p, y):
    a = p.argmax(1)
    sp = y != SIL
    print("%-40s frames %.4f  speech %.4f  PP-AP %.3f" % (name, (a == y).mean(), (a[sp] == y[sp]).mean(),
                                                          ap(p[:, PP], y == PP)), flush=True)


def main():
    x, y = load_dump(sys.argv[1])
    print("frames", len(y))
    ps = []
    for m in sys.argv[2:]:
        p = softmax(logits(load_model(m), x))
        row(m, p, y)
        ps.append(p)
    for k in range(2, len(ps) + 1):
        row("ensemble of first %d" % k, sum(ps[:k]) / k, y)


if __name__ == "__main__":
    main()
