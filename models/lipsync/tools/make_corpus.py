#!/usr/bin/python3
"""Builds the lip-sync training and evaluation corpus from Debian TTS voices: WAV + exact phone timing.

Usage: make_corpus.py OUT_DIR [--max-train N] [--extra-voices] [--female-pitch] [--more-voices] [--round9-voices]
Needs: espeak-ng + libespeak-ng-dev (espeak_phonemes.c), festival festvox-kallpc16k festvox-kdlpc16k
festvox-us-slt-hts, flite (with --extra-voices also festvox-ca-ona-hts festvox-italp16k; with --more-voices also
festvox-czech-dita festvox-suopuhe-lj festvox-suopuhe-mv festvox-itapc16k; with --round9-voices also festvox-ru
festvox-czech-machac festvox-czech-krb festvox-hi-nsk festvox-mr-nsk festvox-te-nsk). Writes
OUT_DIR/manifest.tsv (split voice lang alphabet wav lab) and per utterance
a .wav, a .lab ("start<TAB>end<TAB>phone", seconds) and a .txt (the text spoken). Deterministic (fixed seed).

Reserved for evaluation only (never trained or tuned on): festival ked_diphone, any slt voice
(festival cmu_us_slt_arctic_hts, flite slt) and espeak-ng's +f3 variant.
"""
import os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT = os.path.join(HERE, "text")
EVAL_VOICES_ESPEAK_VARIANT = "f3"


def sentences_from_licenses():
    out = []
    for name in ["GPL-3", "LGPL-2.1", "MPL-2.0", "Artistic", "GFDL-1.3", "Apache-2.0"]:
        path = "/usr/share/common-licenses/" + name
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8", errors="replace").read()
        text = re.sub(r"\s+", " ", text)
        for s in re.split(r"(?<=[.;:!?])\s+", text):
            s = re.sub(r"[^A-Za-z ,.'-]", " ", s)
            s = re.sub(r"\s+", " ", s).strip()
            words = s.split()
            if 5 <= len(words) <= 22 and sum(w.isupper() for w in words) < 3:
                out.append(s)
    return out


def lines(name):
    return [l.strip() for l in open(os.path.join(TEXT, name), encoding="utf-8") if l.strip()]


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def espeak(tool, voice, rate, text, wav, lab, tmp):
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    phn = lab + ".raw"
    run([tool, voice, str(rate), tmp, wav, phn])
    ev = []
    for l in open(phn, encoding="utf-8"):
        ms, ph = l.rstrip("\n").split("\t")
        ev.append((int(ms) / 1000.0, ph))
    os.remove(phn)
    rows, t_prev, ph_prev = [], 0.0, "_"
    for t, ph in ev:
        if t > t_prev:
            rows.append((t_prev, t, ph_prev))
        t_prev, ph_prev = t, ("_" if ph in ("#", "_:", "_") else ph)
    return rows


def festival(voice, text, wav, lab, tmp, f0=None, encoding=None):
    segs = lab + ".segs"
    esc = text.replace("\\", " ").replace('"', " ")
    # f0: re-targets the diphone voice's intonation model to a mean pitch of f0 Hz (a woman's range)
    pitch = ("(set! int_lr_params '((target_f0_mean %d) (target_f0_std %d) (model_f0_mean 170) (model_f0_std 34)))\n"
             % (f0, f0 // 7)) if f0 else ""
    with open(tmp, "w", **({"encoding": encoding} if encoding else {})) as f:
        f.write('(voice_%s)\n%s(set! u (utt.synth (Utterance Text "%s")))\n(utt.save.wave u "%s" \'riff)\n(utt.save.segs u "%s")\n'
                % (voice, pitch, esc, wav, segs))
    run(["festival", "-b", tmp])
    rows, t_prev, body = [], 0.0, False
    for l in open(segs):
        if l.startswith("#"):
            body = True
            continue
        if body and l.strip():
            end, _, ph = l.split()
            rows.append((t_prev, float(end), ph))
            t_prev = float(end)
    os.remove(segs)
    return rows


def flite(voice, text, wav, f0=None):
    pitch = ["--setf", "int_f0_target_mean=%d" % f0] if f0 else []
    out = subprocess.run(["flite", "-voice", voice, "-psdur"] + pitch + ["-t", text, "-o", wav], check=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True).stdout
    rows, t_prev = [], 0.0
    for tok in out.split():
        ph, end = tok.rsplit(":", 1)
        rows.append((t_prev, float(end), ph))
        t_prev = float(end)
    return rows


def sampa_to_espeak(p):
    """festival's Catalan/Italian phone names → the espeak-ng mnemonics PhoneMap reads."""
    if p in ("pau", "#", "sil", "h#", "brth"):
        return "_"
    return {"ax": "@", "uw": "u", "J": "n^", "L": "l^"}.get(p, p)


# ---- Round 9 (--round9-voices): six more festival speakers, each voice's phone set mapped to the espeak-ng
# mnemonics that lipsync.PhoneMap reads (explicit tables, not first letters: Indic "th"/"dh" are dental stops,
# Czech "ch" is a velar fricative, Russian doubled consonants are the palatalised ones). festvox-mr-nsk is left out:
# it speaks with the Hindi voice's diphones (the same text gives byte-identical WAVs), so the Hindi voice reads the
# Marathi sentences too.
RU = {"pau": "_", "ii": "i", "i": "i", "yy": "i", "y": "i", "uu": "u", "u": "u", "ur": "u", "ee": "e", "e": "e",
      "oo": "o", "aa": "a", "a": "a", "ae": "a", "ay": "a", "c": "ts", "ch": "tS", "sh": "S", "sch": "S:", "zh": "Z",
      "h": "x", "hh": "x", "j": "j"}
for _c in "pbtdkgfvszmnlr":
    RU[_c] = RU[_c + _c] = _c
CS = {"#": "_", "_": "?", "a": "a", "a:": "a:", "c": "ts", "c~": "tS", "ch": "x", "d~": "d", "t~": "t",
      "dz": "dz", "dz~": "dZ", "h": "h", "n*": "N", "n~": "n^", "r~": "r", "r~*": "r", "s~": "S", "z~": "Z"}
INDIC = {"pau": "_", "a": "@", "@": "@", "aa": "a:", "ih": "i", "iy": "i:", "uh": "u", "uw": "u:", "eh": "e",
         "ee": "e:", "ay": "E:", "oh": "o", "oo": "o:", "aw": "O:", "ch": "tS", "T": "t", "D": "d", "N": "n",
         "th": "t", "dh": "d", "tth": "t", "td": "t", "ddh": "d", "y": "j", "L": "l", "R": "r", "sh": "S",
         "j": "dZ", "h": "h", "ksh": "k", "sri": "s", "x": "x", "kh": "k", "gh": "g", "bh": "b", "zh": "Z",
         "w": "w"}
ROUND9 = [("msu_ru_nsh_clunits", "ru", RU, "utf-8", ["ru"]), ("czech_machac", "cs", CS, "iso-8859-2", ["cs", "*"]),
          ("czech_krb", "cs", CS, "iso-8859-2", ["cs", "*"]), ("hindi_NSK_diphone", "hi", INDIC, "utf-8", ["hi", "mr"]),
          ("telugu_NSK_diphone", "te", INDIC, "utf-8", ["te"])]


def round9_phone(p, table):
    if p in table:
        return table[p]
    if len(p) == 1 and p in "pbmfvtdkgsznlrj":
        return p
    if p in ("e:", "i:", "o:", "u:", "e", "i", "o", "u"):
        return p
    raise ValueError("unmapped phone " + p)


def round9_texts(langs, encoding):
    import unicodedata
    out = []
    for lang in langs:
        texts = lines("train_%s.txt" % lang) if lang != "*" else \
            [t for l in ["es", "it", "fr", "de", "pt"] for t in lines("train_%s.txt" % l)]
        for t in texts:  # letters the voice's encoding lacks lose their accent (the voice reads the bare letter)
            t = "".join(c if c.encode(encoding, "ignore") else
                        unicodedata.normalize("NFKD", c).encode(encoding, "ignore").decode(encoding) for c in t)
            out.append(t)
    return out


def round9_voices(out_dir, tmp, add):
    k = 0
    for voice, lang, table, enc, langs in ROUND9:
        for text in round9_texts(langs, enc):
            name = "tr9_%04d" % k
            k += 1
            wav = os.path.join(out_dir, name + ".wav")
            try:
                rows = festival(voice, text, wav, os.path.join(out_dir, name), tmp, encoding=enc)
            except subprocess.CalledProcessError:
                continue
            rows = [(s, e, round9_phone(p, table)) for s, e, p in rows]
            add("train", "festival:" + voice, lang, "espeak", name, rows, wav, text)


def main():
    out_dir = sys.argv[1]
    max_train = int(sys.argv[sys.argv.index("--max-train") + 1]) if "--max-train" in sys.argv else 400
    os.makedirs(out_dir, exist_ok=True)
    tool = os.path.join(out_dir, "espeak_phonemes")
    run(["gcc", "-O2", "-o", tool, os.path.join(HERE, "espeak_phonemes.c"), "-lespeak-ng"])
    tmp = os.path.join(out_dir, "tmp.txt")
    rng = random.Random(1234)
    manifest = []

    def add(split, voice, lang, alphabet, name, rows, wav, text):
        lab = os.path.join(out_dir, name + ".lab")
        with open(os.path.join(out_dir, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")  # the transcript, for text-aligned benchmarks
        with open(lab, "w") as f:
            for s, e, p in rows:
                f.write("%.4f\t%.4f\t%s\n" % (s, e, p))
        manifest.append((split, voice, lang, alphabet, os.path.basename(wav), os.path.basename(lab)))

    def pairs(sents):  # two sentences per utterance, so pauses occur inside
        return [" ".join(sents[i:i + 2]) for i in range(0, len(sents), 2)]

    # ---- training: non-reserved voices only ----
    en = sentences_from_licenses()
    rng.shuffle(en)
    en_utts = pairs(en)[:max_train]
    espeak_train = ["en-us+m1", "en-us+m2", "en-us+m3", "en-us+m4", "en-us+m5", "en-us+m6", "en-us+m7",
                    "en-us+f1", "en-us+f2", "en-us+f4", "en-us+f5", "en+m3", "en+f2", "en-us", "en-gb-x-rp+m2",
                    "en-us+klatt", "en-us+klatt2"]
    for i, text in enumerate(en_utts):
        k = i % 4
        name = "tr_%04d" % i
        wav = os.path.join(out_dir, name + ".wav")
        if k <= 1:
            v = espeak_train[i % len(espeak_train)]
            rows = espeak(tool, v, rng.randint(130, 210), text, wav, os.path.join(out_dir, name), tmp)
            add("train", "espeak:" + v, "en", "espeak", name, rows, wav, text)
        elif k == 2:
            rows = festival("kal_diphone", text, wav, os.path.join(out_dir, name), tmp)
            add("train", "festival:kal_diphone", "en", "arpabet", name, rows, wav, text)
        else:
            v = ["kal16", "awb", "rms"][(i // 4) % 3]
            rows = flite(v, text, wav)
            add("train", "flite:" + v, "en", "arpabet", name, rows, wav, text)
    j = 0
    for lang, voices in [("de", ["de", "de+m3", "de+f2"]), ("fr", ["fr", "fr+m2", "fr+f4"]),
                         ("es", ["es", "es+m4", "es+f1"]), ("it", ["it", "it+m2"]), ("pt", ["pt", "pt+f2"])]:
        for v in voices:
            for text in pairs(lines("train_%s.txt" % lang)):
                name = "trl_%04d" % j
                j += 1
                wav = os.path.join(out_dir, name + ".wav")
                rows = espeak(tool, v, rng.randint(140, 190), text, wav, os.path.join(out_dir, name), tmp)
                add("train", "espeak:" + v, lang, "espeak", name, rows, wav, text)

    # ---- development (for tuning post-processing): espeak-ng variants the classifier never heard, on training
    # sentences; not reserved, not trained on ----
    for i, text in enumerate(en_utts[:48]):
        v = ["en-us+belinda", "en-us+anika", "en-us+linda", "en-us+m8"][i % 4]
        name = "dev_%04d" % i
        wav = os.path.join(out_dir, name + ".wav")
        rows = espeak(tool, v, rng.randint(140, 190), text, wav, os.path.join(out_dir, name), tmp)
        add("dev", "espeak:" + v, "en", "espeak", name, rows, wav, text)

    # ---- evaluation: reserved voices only ----
    ev = pairs(lines("eval_en.txt"))
    for i, text in enumerate(ev):
        for tag, fn in [("ked", lambda w, n: festival("ked_diphone", text, w, n, tmp)),
                        ("slt_hts", lambda w, n: festival("cmu_us_slt_arctic_hts", text, w, n, tmp)),
                        ("flite_slt", lambda w, n: flite("slt", text, w)),
                        ("espeak_f3", lambda w, n: espeak(tool, "en-us+f3", 165, text, w, n, tmp))]:
            name = "ev_%s_%02d" % (tag, i)
            wav = os.path.join(out_dir, name + ".wav")
            rows = fn(wav, os.path.join(out_dir, name))
            voice = {"ked": "festival:ked_diphone", "slt_hts": "festival:cmu_us_slt_arctic_hts",
                     "flite_slt": "flite:slt", "espeak_f3": "espeak:en-us+f3"}[tag]
            add("eval", voice, "en", "espeak" if tag == "espeak_f3" else "arpabet", name, rows, wav, text)
    for lang in ["de", "fr", "es"]:
        for i, text in enumerate(pairs(lines("eval_%s.txt" % lang))):
            name = "ev_%s_f3_%02d" % (lang, i)
            wav = os.path.join(out_dir, name + ".wav")
            rows = espeak(tool, lang + "+f3", 165, text, wav, os.path.join(out_dir, name), tmp)
            add("eval", "espeak:%s+f3" % lang, lang, "espeak", name, rows, wav, text)

    # ---- more training voices (round 3): festival's Catalan female HTS voice (ona; the only non-reserved HTS
    # voice in Debian) and Italian female diphone voice (lp), reading our de/es/fr/it/pt sentences and English
    # licence sentences through their own letter-to-sound. Labels are the phones the voice says it spoke (SAMPA-like,
    # scored with the espeak-ng table after pause/schwa renaming), so odd pronunciations stay truthfully labelled.
    # After every other section, so the older utterances are unchanged.
    foreign = [t for lang in ["es", "it", "fr", "de", "pt"] for t in lines("train_%s.txt" % lang)]
    extra = [("upc_ca_ona_hts", "ca", foreign + en[-200:-120]), ("lp_diphone", "it", foreign[:20] + en[-120:-80])]
    if "--extra-voices" not in sys.argv:
        extra = []  # the shipped v2 model was trained without them; the flag is opt-in so it can be remade exactly
    k = 0
    for voice, lang, texts in extra:
        for text in texts:
            name = "trx_%04d" % k
            k += 1
            wav = os.path.join(out_dir, name + ".wav")
            try:
                rows = festival(voice, text, wav, os.path.join(out_dir, name), tmp)
            except subprocess.CalledProcessError:
                continue  # lp_diphone stops on some accented letters: skip that sentence
            rows = [(s, e, sampa_to_espeak(p)) for s, e, p in rows]
            add("train", "festival:" + voice, lang, "espeak", name, rows, wav, text)

    # ---- high-pitched copies (round 4, --female-pitch): the male festival/flite training voices re-targeted to a
    # mean F0 of 180-250 Hz through their own intonation models. The warp copy in the dump raises formants but leaves
    # pitch near a man's; the reserved slt voices are women. Festival kal_diphone and flite kal16/awb/rms.
    if "--female-pitch" in sys.argv:
        prng = random.Random(4321)  # its own stream: every earlier utterance stays byte-identical
        k = 0
        for i, text in enumerate(en_utts):
            name = "trp_%04d" % k
            wav = os.path.join(out_dir, name + ".wav")
            f0 = prng.randint(180, 250)
            if i % 2 == 0:
                rows = festival("kal_diphone", text, wav, os.path.join(out_dir, name), tmp, f0)
                add("train", "festival:kal_diphone@%d" % f0, "en", "arpabet", name, rows, wav, text)
            else:
                v = ["kal16", "awb", "rms"][(i // 2) % 3]
                rows = flite(v, text, wav, f0)
                add("train", "flite:%s@%d" % (v, f0), "en", "arpabet", name, rows, wav, text)
            k += 1

    # ---- more speakers (round 4, --more-voices): every other non-reserved festival voice in Debian 12 whose phone
    # names are SAMPA-like letters (read with the espeak-ng table by first letter): Czech dita (woman) and ph (man),
    # Finnish lj (woman) and mv (man), Italian pc (man), reading our es/it/fr/de/pt training sentences through their
    # own letter-to-sound. Leaving one voice out of training showed that each new speaker is what lifts accuracy on
    # an unseen voice (see the model card).
    if "--more-voices" in sys.argv:
        k = 0
        for voice, lang in [("czech_dita", "cs"), ("czech_ph", "cs"), ("suo_fi_lj_diphone", "fi"),
                            ("hy_fi_mv_diphone", "fi"), ("pc_diphone", "it")]:
            for text in foreign:
                name = "trm_%04d" % k
                k += 1
                wav = os.path.join(out_dir, name + ".wav")
                try:
                    rows = festival(voice, text, wav, os.path.join(out_dir, name), tmp)
                except subprocess.CalledProcessError:
                    continue
                rows = [(s, e, sampa_to_espeak(p)) for s, e, p in rows]
                add("train", "festival:" + voice, lang, "espeak", name, rows, wav, text)

    if "--round9-voices" in sys.argv:  # Round 9: after every earlier section, so older utterances are unchanged
        round9_voices(out_dir, tmp, add)

    with open(os.path.join(out_dir, "manifest.tsv"), "w") as f:
        f.write("split\tvoice\tlang\talphabet\twav\tlab\n")
        for m in manifest:
            f.write("\t".join(m) + "\n")
    os.remove(tmp)
    print("utterances:", len(manifest))


if __name__ == "__main__":
    main()
