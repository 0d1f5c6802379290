#!/usr/bin/python3
"""Round 9: only make_corpus.py's --round9-voices utterances, in a corpus folder of their own (for leave-out dev
variants that append its train rows to another manifest, as Round 8's Asterisk corpora are appended).

Usage: new_voices.py OUT_DIR   (needs festival festvox-ru festvox-czech-machac festvox-czech-krb festvox-hi-nsk
festvox-mr-nsk festvox-te-nsk). Writes OUT_DIR/manifest.tsv, per utterance .wav/.lab/.txt (same files as the
make_corpus.py section writes), and label-report.tsv so that label_spot_check.py can read the corpus.
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import make_corpus as mc


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tmp = os.path.join(out, "tmp.scm")
    manifest = []

    def add(split, voice, lang, alphabet, name, rows, wav, text):
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
        with open(os.path.join(out, name + ".lab"), "w") as f:
            for s, e, p in rows:
                f.write("%.4f\t%.4f\t%s\n" % (s, e, p))
        manifest.append((split, voice, lang, alphabet, name + ".wav", name + ".lab"))

    mc.round9_voices(out, tmp, add)
    with open(os.path.join(out, "manifest.tsv"), "w") as f:
        f.write("split\tvoice\tlang\talphabet\twav\tlab\n")
        for m in manifest:
            f.write("\t".join(m) + "\n")
    with open(os.path.join(out, "label-report.tsv"), "w") as f:
        for m in manifest:
            f.write("%s\ttrain\t%s\n" % (m[4], m[1]))
    os.remove(tmp)
    print("utterances:", len(manifest))


if __name__ == "__main__":
    main()
