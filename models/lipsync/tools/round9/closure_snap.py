#!/usr/bin/python3
"""Round 9: move aligner-made lip closures (p/b/m labels) onto the energy dip they belong to.

Usage: closure_snap.py SRC_CORPUS DST_CORPUS [--window-ms 40] [--phones pbm]
SRC is an aligner-labelled corpus (asterisk_corpus.py + `bench lipsync --label-with-text`); DST gets the same
manifest (train rows only) and label-report.tsv, links to SRC's WAVs and new .lab files. For each segment whose phone
starts with one of --phones, the segment (its length kept) is shifted by the whole number of 10 ms frames in
[-window, +window] that minimises the mean 10 ms energy under it; the neighbouring segments give or take the same
time and keep at least 10 ms each; a closure never moves into a neighbouring pause
(a `_` segment or a gap between segments, which is how the labeller leaves pauses). The labels' phones and order are unchanged. Prints how far the closures moved.
"""
import os, sys, wave
import numpy as np


def energy_db(path):
    w = wave.open(path)
    rate = w.getframerate()
    x = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(float)
    if w.getnchannels() > 1:
        x = x.reshape(-1, w.getnchannels()).mean(axis=1)
    hop = rate // 100
    n = len(x) // hop
    # 25 ms window centred on each 10 ms frame centre, as label_spot_check.py
    db = np.array([10 * np.log10(np.mean(x[max(0, t * hop - hop * 3 // 4):t * hop + hop * 7 // 4] ** 2) + 1e-3)
                   for t in range(n)])
    return db


def snap(lab, db, window, phones):
    moves = []
    n = len(db)
    for i, (a, b, p) in enumerate(lab):
        if not p or p[0] not in phones:
            continue
        fa, fb = int(round(a * 100)), int(round(b * 100))
        length = max(1, fb - fa)
        lo = lab[i - 1][0] + 0.01 if i > 0 else 0.0          # earliest new start: previous keeps >= 10 ms
        hi = lab[i + 1][1] - 0.01 if i + 1 < len(lab) else n / 100.0  # latest new end: next keeps >= 10 ms
        # next to a pause the dip is the pause itself: such a closure may not move into it
        # (the labeller writes no pause segments: a gap between two segments, or no neighbour, is a pause)
        joined_before = i > 0 and abs(lab[i - 1][1] - a) < 1e-6 and not lab[i - 1][2].startswith("_")
        joined_after = i + 1 < len(lab) and abs(lab[i + 1][0] - b) < 1e-6 and not lab[i + 1][2].startswith("_")
        s_min = -window if joined_before else 0
        s_max = window if joined_after else 0
        best, best_e = 0, None
        for s in range(s_min, s_max + 1):
            if a + s / 100.0 < lo - 1e-9 or b + s / 100.0 > hi + 1e-9 or fa + s < 0 or fa + s + length > n:
                continue
            e = np.mean(db[fa + s:fa + s + length]) + 0.05 * abs(s)  # ties (flat dips) keep the aligner's place
            if best_e is None or e < best_e:
                best, best_e = s, e
        if best:
            d = best / 100.0
            lab[i] = (a + d, b + d, p)
            if i > 0:
                lab[i - 1] = (lab[i - 1][0], a + d, lab[i - 1][2])
            if i + 1 < len(lab):
                lab[i + 1] = (b + d, lab[i + 1][1], lab[i + 1][2])
        moves.append(best)
    return moves


def main():
    src, dst = sys.argv[1], sys.argv[2]
    window = int(sys.argv[sys.argv.index("--window-ms") + 1]) // 10 if "--window-ms" in sys.argv else 4
    phones = sys.argv[sys.argv.index("--phones") + 1] if "--phones" in sys.argv else "pbm"
    os.makedirs(dst, exist_ok=True)
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(src, "manifest.tsv"))]
    out = [rows[0]]
    moves = []
    for r in rows[1:]:
        if r[0] != "train":
            continue
        wav, labf = os.path.join(src, r[4]), os.path.join(src, r[5])
        lab = [l.split("\t") for l in open(labf).read().split("\n") if l]
        lab = [(float(a), float(b), p) for a, b, p in lab]
        moves += snap(lab, energy_db(wav), window, phones)
        link = os.path.join(dst, r[4])
        if not os.path.lexists(link):
            os.symlink(os.path.abspath(wav), link)
        tmp = os.path.join(dst, r[5] + ".tmp")
        with open(tmp, "w") as f:
            for a, b, p in lab:
                f.write("%.4f\t%.4f\t%s\n" % (a, b, p))
        os.replace(tmp, os.path.join(dst, r[5]))
        out.append(r)
    with open(os.path.join(dst, "manifest.tsv"), "w") as f:
        for r in out:
            f.write("\t".join(r) + "\n")
    rep = os.path.join(src, "label-report.tsv")
    if os.path.exists(rep):
        with open(os.path.join(dst, "label-report.tsv"), "w") as f:
            f.write(open(rep).read())
    m = np.array(moves)
    print("closures %d: moved %d (earlier %d, later %d), median move %+.0f ms, mean %+.1f ms" % (
        len(m), np.sum(m != 0), np.sum(m < 0), np.sum(m > 0), 10 * np.median(m), 10 * np.mean(m)))
    print("histogram (frames -4..+4):", [int(np.sum(m == s)) for s in range(-window, window + 1)])


if __name__ == "__main__":
    main()
