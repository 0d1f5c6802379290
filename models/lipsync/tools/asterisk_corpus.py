#!/usr/bin/python3
"""Adds real recorded speech to a lip-sync corpus: Debian's Asterisk English prompts (Allison Smith, G.722,
16 kHz wideband; CC-BY-SA-3.0, see /usr/share/doc/asterisk-core-sounds-en-g722/copyright).

Usage: asterisk_corpus.py CORPUS_DIR [--keep-aside N] [--lang fr|es|it|ru]
Needs: asterisk-core-sounds-en-g722 (the recordings), asterisk-core-sounds-en (core-sounds-en.txt.gz, their
text), ffmpeg. Decodes every prompt whose text has words (bracketed notes such as "[ascending tones]" removed) to a
16 kHz mono WAV in CORPUS_DIR (ast_NNNN.wav + .txt) and appends it to CORPUS_DIR/manifest.tsv with split `label`
(voice asterisk:allison, en, arpabet). The phone timing is not known yet: `mouthpiece bench lipsync --corpus
CORPUS_DIR --label-with-text` then aligns each `label` utterance to its text with the transcript aligner, writes
its .lab and turns the row into `train` (or drops it when the text has a word outside the dictionary or the
alignment fails). With --keep-aside N every Nth prompt gets split `aside` instead (not labelled, not trained on).
Deterministic: prompts in the order of core-sounds-en.txt.gz. Earlier rows of the manifest are not touched.

--lang (Round 8; without it the output is exactly as before): the prompts of another language, read by other
speakers: fr = June Wallack (fr-CA woman, CC-BY-SA-3.0), es = Allison Smith again (es-MX), it = "Carlo" (a man; the
copyright file's catch-all stanza names Allison Smith, CC-BY-SA-3.0), ru = "Maxim" (CC-BY-3.0); packages
asterisk-core-sounds-XX-g722 and asterisk-core-sounds-XX. Our pronouncer is English only, so each prompt's phones come
from espeak-ng (`espeak-ng -v XX -q -x --sep=|`, espeak-ng's own words, stress marks and pauses dropped) and are
written as ast_XX_NNNN.phn (one word a line, phone mnemonics separated by spaces, the table of lipsync.PhoneMap);
rows get alphabet `espeak`, and `--label-with-text` aligns those phones instead of the dictionary's.
"""
import gzip, os, re, subprocess, sys

SOUNDS = "/usr/share/asterisk/sounds/en_US_f_Allison"
TEXTS = "/usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz"
# --lang: sounds folder, voice name in the manifest
OTHER = {"fr": ("fr_CA_f_June", "asterisk:june"), "es": ("es_MX_f_Allison", "asterisk:allison-es"),
         "it": ("it_IT_m_Carlo", "asterisk:carlo"), "ru": ("ru_RU_f_IvrvoiceRU", "asterisk:maxim")}


def prompts(lang="en"):
    out = []
    texts = TEXTS if lang == "en" else "/usr/share/doc/asterisk-core-sounds-%s/core-sounds-%s.txt.gz" % (lang, lang)
    sounds = SOUNDS if lang == "en" else "/usr/share/asterisk/sounds/" + OTHER[lang][0]
    for line in gzip.open(texts, "rt", encoding="utf-8", errors="replace"):
        line = line.lstrip("\ufeff")
        if line.startswith(";") or ":" not in line:
            continue
        name, text = line.split(":", 1)
        text = re.sub(r"\[[^\]]*\]", " ", text)          # "[ascending tones]", "at [@]"
        if lang != "en":
            text = re.sub(r"\([^)]*\)", " ", text)        # it: English glosses "(You are now muted.)"
            text = text.replace('"', " ")
        text = re.sub(r"\s+", " ", text).strip()
        if not re.search(r"\w", text) if lang != "en" else not re.search(r"[A-Za-z0-9]", text):
            continue
        src = os.path.join(sounds, name.strip() + ".g722")
        if os.path.exists(src):
            out.append((name.strip(), text, src))
    return out


def espeak_words(text, lang):
    """espeak-ng's phones of a text, as a list of words (lists of mnemonics); stress marks and pauses dropped."""
    out = subprocess.run(["espeak-ng", "-v", lang, "-q", "-x", "--sep=|"], input=text, capture_output=True,
                         text=True, check=True).stdout
    words = []
    for w in out.split():
        phones = []
        for p in w.split("|"):
            p = p.lstrip("',%=")                          # stress / emphasis marks
            p = p.replace("*", "r")                       # tapped r (it) has no entry of its own
            if lang == "ru" and p.startswith("y"):
                p = "i" + p[1:]                           # ru "y" is the unrounded vowel of "ы", not French u
            if lang in ("it", "ru") and p == "@-":
                continue                                  # the short epenthetic schwa in consonant clusters
            if p and p[0] not in "_;-":                   # pauses, stray modifiers
                phones.append(p)
        if phones:
            words.append(phones)
    return words


def main():
    out_dir = sys.argv[1]
    aside = int(sys.argv[sys.argv.index("--keep-aside") + 1]) if "--keep-aside" in sys.argv else 0
    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "en"
    manifest = os.path.join(out_dir, "manifest.tsv")
    os.makedirs(out_dir, exist_ok=True)
    rows = []
    for k, (name, text, src) in enumerate(prompts(lang)):
        base = "ast_%04d" % k if lang == "en" else "ast_%s_%04d" % (lang, k)
        if lang != "en":
            words = espeak_words(text, lang)
            if not words:
                continue
            with open(os.path.join(out_dir, base + ".phn"), "w", encoding="utf-8") as f:
                f.write("".join(" ".join(w) + "\n" for w in words))
        wav = os.path.join(out_dir, base + ".wav")
        subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", src, "-ac", "1", "-ar", "16000",
                        "-c:a", "pcm_s16le", "-fflags", "+bitexact", "-flags:a", "+bitexact", wav], check=True)
        with open(os.path.join(out_dir, base + ".txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
        split = "aside" if aside and k % aside == aside - 1 else "label"
        if lang == "en":
            rows.append((split, "asterisk:allison", "en", "arpabet", base + ".wav", base + ".lab"))
        else:
            rows.append((split, OTHER[lang][1], lang, "espeak", base + ".wav", base + ".lab"))
    new = not os.path.exists(manifest)
    with open(manifest, "a") as f:
        if new:
            f.write("split\tvoice\tlang\talphabet\twav\tlab\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("prompts:", len(rows))


if __name__ == "__main__":
    main()
