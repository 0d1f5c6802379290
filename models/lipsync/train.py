#!/usr/bin/python3
"""Trains the viseme classifier (a small MLP) on features dumped by `mouthpiece bench lipsync --dump-features`.

Usage: train.py FEATURES.bin OUT_MODEL.bin [--hidden 128] [--epochs 14] [--seed 7] [--dropout 0]
                [--teacher PROBS.f16 --alpha 0.5] [--smooth 0] [--cosine] [--noise 0] [--featdrop 0]
--dropout p: inverted dropout on both hidden layers while training (off by default; v2 was trained without).
Round 9a options (all off by default; without them the output is byte-identical to before):
--teacher F: float16 n x 15 soft targets (an ensemble's averaged softmax, tools/round9/teacher.py), one row per
  frame of FEATURES.bin; the loss is alpha * CE(label) + (1 - alpha) * CE(teacher) (--alpha, default 0.5).
--smooth e: label smoothing, target (1 - e) * one-hot + e / 15.
--cosine: learning rate 2e-3 * cos schedule to 0 over all steps instead of x0.8 per epoch.
--noise s: Gaussian noise of std s added to the normalised inputs; --featdrop p: inverted dropout on the inputs.
--logit-scale c: the last layer (weights and bias) is written multiplied by c: the same argmax, a sharper (c > 1)
  softmax. The analyser's Viterbi penalties and closure threshold were tuned on hard-label models; a distilled
  model's softer posteriors need c of about 2 to match them (Round 9a in README.md).
Needs only numpy (Debian: python3-numpy). Deterministic for a given seed and input.

Input file (little endian): int32 magic 0x46454154, int32 n, int32 dim, float32[n*dim] features, uint8[n] labels
(Oculus viseme index 0..14).
Output (little endian, read by io.mouthpiece.lipsync.VisemeClassifier): int32 magic 0x4D4C5031 ("MLP1"),
int32 layers L, int32 sizes[L+1], float32 mean[dim], float32 std[dim], then per layer W[out][in] row-major and b[out].
"""
import struct, sys
import numpy as np


def arg(name, default):
    return type(default)(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def main():
    src, dst = sys.argv[1], sys.argv[2]
    hidden, epochs, seed = arg("--hidden", 128), arg("--epochs", 14), arg("--seed", 7)
    dropout = arg("--dropout", 0.0)
    alpha, smooth, noise, featdrop = arg("--alpha", 0.5), arg("--smooth", 0.0), arg("--noise", 0.0), arg("--featdrop", 0.0)
    cosine = "--cosine" in sys.argv
    logit_scale = arg("--logit-scale", 1.0)
    teacher = None
    raw = open(src, "rb").read()
    magic, n, dim = struct.unpack_from("<iii", raw, 0)
    assert magic == 0x46454154
    x = np.frombuffer(raw, dtype="<f4", count=n * dim, offset=12).reshape(n, dim).astype(np.float32)
    y = np.frombuffer(raw, dtype=np.uint8, count=n, offset=12 + 4 * n * dim).astype(np.int64)
    classes = 15
    if "--teacher" in sys.argv:
        teacher = np.fromfile(sys.argv[sys.argv.index("--teacher") + 1], dtype="<f2").reshape(n, 15)
    print("frames", n, "dim", dim, "class counts", np.bincount(y, minlength=classes).tolist())
    mean, std = x.mean(0), x.std(0) + 1e-4
    xn = (x - mean) / std
    rng = np.random.default_rng(seed)
    sizes = [dim, hidden, hidden, classes]
    W = [rng.normal(0, np.sqrt(2.0 / sizes[i]), (sizes[i + 1], sizes[i])).astype(np.float32) for i in range(3)]
    B = [np.zeros(sizes[i + 1], np.float32) for i in range(3)]
    params = W + B
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    lr, b1, b2, step, wd = 2e-3, 0.9, 0.999, 0, 1e-5
    idx = np.arange(n)
    hold = rng.random(n) < 0.05  # a random 5 % of training frames to watch for over-fitting
    total = epochs * ((int((~hold).sum()) + 511) // 512)
    for ep in range(epochs):
        rng.shuffle(idx)
        tr = idx[~hold[idx]]
        for s in range(0, len(tr), 512):
            bi = tr[s:s + 512]
            a0 = xn[bi]
            if noise:
                a0 = a0 + rng.normal(0, noise, a0.shape).astype(np.float32)
            if featdrop:
                a0 = a0 * ((rng.random(a0.shape) >= featdrop) / np.float32(1 - featdrop))
            z1 = a0 @ W[0].T + B[0]; a1 = np.maximum(z1, 0); d1 = z1 > 0  # d: ReLU gate (× dropout mask)
            if dropout:
                d1 = d1 * ((rng.random(a1.shape) >= dropout) / np.float32(1 - dropout)); a1 = np.maximum(z1, 0) * d1
            z2 = a1 @ W[1].T + B[1]; a2 = np.maximum(z2, 0); d2 = z2 > 0
            if dropout:
                d2 = d2 * ((rng.random(a2.shape) >= dropout) / np.float32(1 - dropout)); a2 = np.maximum(z2, 0) * d2
            z3 = a2 @ W[2].T + B[2]
            z3 -= z3.max(1, keepdims=True)
            p = np.exp(z3); p /= p.sum(1, keepdims=True)
            if teacher is None and not smooth:
                g3 = p; g3[np.arange(len(bi)), y[bi]] -= 1; g3 /= len(bi)
            else:  # soft targets: d CE / d logits = p - target
                t = np.zeros_like(p); t[np.arange(len(bi)), y[bi]] = 1
                if smooth:
                    t = (1 - smooth) * t + smooth / classes
                if teacher is not None:
                    t = alpha * t + (1 - alpha) * teacher[bi].astype(np.float32)
                g3 = (p - t) / len(bi)
            gW2 = g3.T @ a2; gB2 = g3.sum(0)
            g2 = (g3 @ W[2]) * d2
            gW1 = g2.T @ a1; gB1 = g2.sum(0)
            g1 = (g2 @ W[1]) * d1
            gW0 = g1.T @ a0; gB0 = g1.sum(0)
            grads = [gW0 + wd * W[0], gW1 + wd * W[1], gW2 + wd * W[2], gB0, gB1, gB2]
            step += 1
            if cosine:
                lr = float(2e-3 * 0.5 * (1 + np.cos(np.pi * (step - 1) / total)))
            for i, g in enumerate(grads):
                m[i] = b1 * m[i] + (1 - b1) * g
                v[i] = b2 * v[i] + (1 - b2) * g * g
                params[i] -= lr * (m[i] / (1 - b1 ** step)) / (np.sqrt(v[i] / (1 - b2 ** step)) + 1e-8)
        if not cosine:
            lr *= 0.8
        h = np.where(hold)[0]
        a = np.maximum(xn[h] @ W[0].T + B[0], 0)
        a = np.maximum(a @ W[1].T + B[1], 0)
        acc = ((a @ W[2].T + B[2]).argmax(1) == y[h]).mean()
        print("epoch", ep, "held-out frame accuracy %.3f" % acc, flush=True)
    if logit_scale != 1.0:
        c = np.float32(logit_scale)
        W[2] = W[2] * c; B[2] = B[2] * c
    with open(dst, "wb") as f:
        f.write(struct.pack("<ii", 0x4D4C5031, 3))
        f.write(struct.pack("<4i", *sizes))
        f.write(mean.astype("<f4").tobytes()); f.write(std.astype("<f4").tobytes())
        for i in range(3):
            f.write(W[i].astype("<f4").tobytes()); f.write(B[i].astype("<f4").tobytes())
    print("wrote", dst)


if __name__ == "__main__":
    main()
