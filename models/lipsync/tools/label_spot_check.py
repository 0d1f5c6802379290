#!/usr/bin/python3
"""Ear-free check of aligner-made labels (round 7): do the labelled p/b frames sit on energy dips?

Usage: label_spot_check.py CORPUS_DIR [--espeak]  (after `bench lipsync --label-with-text`; reads label-report.tsv and the
kept rows' .wav/.lab). For label shifts of -60..+60 ms prints the median 10 ms energy (dB re the prompt's 95th
percentile) of frames labelled p/b, of vowel frames, and of unlabelled (pause) frames inside each prompt. Right labels
give the deepest p/b dip at shift 0; a label track 30-60 ms off loses it. --espeak (Round 8): the .lab files hold
espeak-ng mnemonics (asterisk_corpus.py --lang); vowels are the mnemonics that start with a vowel letter.
"""
import csv, os, sys, wave
import numpy as np

VOWELS = {"aa", "ae", "ah", "ao", "aw", "ay", "eh", "er", "ey", "ih", "iy", "ow", "oy", "uh", "uw"}


def is_vowel(p, espeak):
    return p[:1] in "aeiouyAEIOUVWY@03" if espeak else p in VOWELS


def main():
    d = sys.argv[1]
    espeak = "--espeak" in sys.argv
    rows = [r for r in csv.reader(open(os.path.join(d, "label-report.tsv")), delimiter="\t") if len(r) > 2 and r[1] == "train"]
    res = {s: {"pb": [], "vow": [], "pause": []} for s in (-6, -3, 0, 3, 6)}
    for r in rows:
        name = os.path.join(d, r[0][:-4])
        w = wave.open(name + ".wav")
        x = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(float)
        h = w.getframerate() // 100  # 160 at 16 kHz (Round 9: festival's Czech voices write 32 kHz)
        n = len(x) // h
        db = np.array([10 * np.log10(np.mean(x[max(0, t * h - h * 3 // 4):t * h + h * 7 // 4] ** 2) + 1e-3) for t in range(n)])
        db -= np.percentile(db, 95)
        lab = [l.split("\t") for l in open(name + ".lab").read().split("\n") if l]
        lab = [(float(a), float(b), p) for a, b, p in lab]
        fr = np.array(["_"] * n, dtype=object)
        for a, b, p in lab:  # frame t is labelled p when t*10 ms lies in [a, b)
            for t in range(max(0, int(np.ceil(a * 100 - 1e-6))), min(n, int(np.ceil(b * 100 - 1e-6)))):
                fr[t] = p
        first, last = min(int(a * 100) for a, b, p in lab), max(int(b * 100) for a, b, p in lab)
        for s, v in res.items():
            f = np.roll(fr, s)
            for t in range(n):
                p = f[t]
                if p in ("p", "b"):
                    v["pb"].append(db[t])
                elif p != "_" and is_vowel(p, espeak):
                    v["vow"].append(db[t])
                elif p == "_" and first + 5 < t < last - 5:
                    v["pause"].append(db[t])
    for s, v in res.items():
        print("labels moved %+d ms: p/b %.1f dB, vowels %.1f dB (dip %.1f dB), pauses inside %.1f dB" % (
            10 * s, np.median(v["pb"]), np.median(v["vow"]), np.median(v["vow"]) - np.median(v["pb"]),
            np.median(v["pause"]) if v["pause"] else float("nan")))


if __name__ == "__main__":
    main()
