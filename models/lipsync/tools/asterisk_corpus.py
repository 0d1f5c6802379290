#!/usr/bin/python3
"""Adds real recorded speech to a lip-sync corpus: Debian's Asterisk English prompts (Allison Smith, G.722,
16 kHz wideband; CC-BY-SA-3.0, see /usr/share/doc/asterisk-core-sounds-en-g722/copyright).

Usage: asterisk_corpus.py CORPUS_DIR [--keep-aside N]
Needs: asterisk-core-sounds-en-g722 (the recordings), asterisk-core-sounds-en (core-sounds-en.txt.gz, their
text), ffmpeg. Decodes every prompt whose text has words (bracketed notes such as "[ascending tones]" removed) to a
16 kHz mono WAV in CORPUS_DIR (ast_NNNN.wav + .txt) and appends it to CORPUS_DIR/manifest.tsv with split `label`
(voice asterisk:allison, en, arpabet). The phone timing is not known yet: `mouthpiece bench lipsync --corpus
CORPUS_DIR --label-with-text` then aligns each `label` utterance to its text with the transcript aligner, writes
its .lab and turns the row into `train` (or drops it when the text has a word outside the dictionary or the
alignment fails). With --keep-aside N every Nth prompt gets split `aside` instead (not labelled, not trained on).
Deterministic: prompts in the order of core-sounds-en.txt.gz. Earlier rows of the manifest are not touched.
"""
import gzip, os, re, subprocess, sys

SOUNDS = "/usr/share/asterisk/sounds/en_US_f_Allison"
TEXTS = "/usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz"


def prompts():
    out = []
    for line in gzip.open(TEXTS, "rt", encoding="utf-8", errors="replace"):
        if line.startswith(";") or ":" not in line:
            continue
        name, text = line.split(":", 1)
        text = re.sub(r"\[[^\]]*\]", " ", text)          # "[ascending tones]", "at [@]"
        text = re.sub(r"\s+", " ", text).strip()
        if not re.search(r"[A-Za-z0-9]", text):
            continue
        src = os.path.join(SOUNDS, name.strip() + ".g722")
        if os.path.exists(src):
            out.append((name.strip(), text, src))
    return out


def main():
    out_dir = sys.argv[1]
    aside = int(sys.argv[sys.argv.index("--keep-aside") + 1]) if "--keep-aside" in sys.argv else 0
    manifest = os.path.join(out_dir, "manifest.tsv")
    os.makedirs(out_dir, exist_ok=True)
    rows = []
    for k, (name, text, src) in enumerate(prompts()):
        base = "ast_%04d" % k
        wav = os.path.join(out_dir, base + ".wav")
        subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", src, "-ac", "1", "-ar", "16000",
                        "-c:a", "pcm_s16le", "-fflags", "+bitexact", "-flags:a", "+bitexact", wav], check=True)
        with open(os.path.join(out_dir, base + ".txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
        split = "aside" if aside and k % aside == aside - 1 else "label"
        rows.append((split, "asterisk:allison", "en", "arpabet", base + ".wav", base + ".lab"))
    new = not os.path.exists(manifest)
    with open(manifest, "a") as f:
        if new:
            f.write("split\tvoice\tlang\talphabet\twav\tlab\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("prompts:", len(rows))


if __name__ == "__main__":
    main()
