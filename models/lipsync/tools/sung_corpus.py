#!/usr/bin/python3
"""Sung material with exact phone timing, for tuning and testing lip sync on singing (issue 15).

Usage: sung_corpus.py OUT_DIR [--songs N] [--seed S]
Needs: festival festvox-kallpc16k (singing mode), espeak-ng + libespeak-ng-dev + gcc (speech over beds, dev voices),
sox, python3-numpy. Writes OUT_DIR/manifest.tsv in make_corpus.py's format (split voice lang alphabet wav lab) with
two splits, and per clip a .wav (16 kHz mono), a .lab ("start<TAB>end<TAB>phone", seconds) and a .txt:

- ``sung``: festival's singing mode (``kal_diphone``, the only English non-reserved voice that the singing mode can
  drive: HTS voices ignore its pitch targets) sings random melodies on monosyllabic lyrics, half of the lines
  without any m/b/p. Held notes of 0.8-2.6 s, melisma (2-5 notes on one vowel), vibrato (F0 +-2-4 % at 5-6.5 Hz,
  written as pitch targets, so timing is untouched), a low (98-294 Hz) or high (196-587 Hz) range; the high ones
  one in four is also resampled 1.15x faster (pitch up to 675 Hz, formants x1.15
  towards a woman's, labels / 1.15 exactly). Then per clip one condition: dry; room (tremolo = amplitude vibrato, reverb, room
  noise at 30-40 dB SNR); or a synthetic music bed (pad chords, bass, drums; voice-to-bed 0-12 dB RMS).
- ``bedspeech``: speech of the dev split's espeak-ng variants (belinda, anika, linda, m8; never trained on, not
  reserved) with a music bed under the whole clip, pauses included, at 6-15 dB.

Labels are the segment times festival/espeak-ng report; resampling scales them exactly; beds, noise and tremolo do
not move them; reverb smears the ends of phones by its tail (so scoring uses a tolerance, see bench lipsync).
Festival's diphone joins can put a boundary up to ~0.1 s off the audible change (measured on "daisy": ey|z), which is
why the sung metrics judge closures within +-80 ms and vowels away from their edges.

Reserved voices (festival ked_diphone, any slt voice, espeak-ng +f3) are never used.
"""
import os, random, subprocess, sys, wave

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SR = 16000

# monosyllabic lyrics (festival's singing mode wants one note group per syllable)
NO_MBP = ["oh say can you see the light", "so sail on and on the sea", "hold on I know the way", "long the night and dark the road",
          "the sky is high and the sea is wide", "I will go there now", "oh how I need you so", "sing a song of the sea",
          "the stars are out and the wind is cold", "yes I do and so do you", "here I stand all night", "you are the one I sing to",
          "oh the snow is white", "far and high we fly", "where did you go oh dear", "let it go and let it rain"]
WITH_MBP = ["my love is a rose", "be mine and be true", "bring me home by the sea", "come back to me my dear",
            "a map of the moon", "the bells ring out for me", "pale moon above the bay", "I am lost in my dream",
            "please be kind", "we made it by the time"]


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


NOTES = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]


def note_name(midi):  # festival's singing mode: A5 = 440 Hz, so its octave numbers are ours + 1
    return "%s%d" % (NOTES[midi % 12], midi // 12)


def score(words, rng, low, high):
    """Singing-mode XML and the plan (per word: list of seconds). Melody: steps in a major scale."""
    scale = [0, 2, 4, 5, 7, 9, 11]
    tonic = rng.randint(low, low + 5)
    deg = rng.randint(0, 4)
    parts, held = [], 0
    for i, w in enumerate(words):
        last = i == len(words) - 1
        r = rng.random()
        if r < 0.25 and not last:  # melisma: 2-5 notes on one vowel
            k = rng.randint(2, 5)
            durs = [round(rng.uniform(0.15, 0.4), 3) for _ in range(k - 1)] + [round(rng.uniform(0.4, 1.2), 3)]
        elif r < 0.55 or last:  # a held note
            durs = [round(rng.uniform(0.8, 2.6), 3)]
            held += 1
        else:
            durs = [round(rng.uniform(0.25, 0.6), 3)]
        notes = []
        for _ in durs:
            deg = max(0, min(11, deg + rng.choice([-2, -1, -1, 0, 1, 1, 2])))
            m = tonic + scale[deg % 7] + 12 * (deg // 7)
            notes.append(note_name(max(low, min(high, m))))
        parts.append('<PITCH NOTE="%s"><DURATION SECONDS="%s">%s</DURATION></PITCH>'
                     % ("+".join(notes), "+".join("%.3f" % d for d in durs), w))
        if rng.random() < 0.15 and not last:
            parts.append('<REST SECONDS="%.3f"></REST>' % rng.uniform(0.2, 0.5))
    return ('<?xml version="1.0"?>\n<!DOCTYPE SINGING PUBLIC "-//SINGING//DTD SINGING mark up//EN" "Singing.v0_1.dtd" []>\n'
            '<SINGING BPM="60">\n' + "\n".join(parts) + "\n</SINGING>\n")


VIBRATO = """
(load "/usr/share/festival/singing-mode.scm")
(set! orig_targets singing_f0_targets)
(define (vib_targets utt syl)
  (let ((ts (orig_targets utt syl)) (out nil) (prev nil))
    (mapcar (lambda (t1)
      (if (and prev (equal? (cadr prev) (cadr t1)) (> (- (car t1) (car prev)) 0.3))
        (let ((x (+ (car prev) %(half)f)) (k 0))
          (while (< x (- (car t1) 0.05))
            (set! out (cons (list x (* (cadr t1) (if (equal? 0 (%% k 2)) %(up)f %(down)f))) out))
            (set! k (+ k 1))
            (set! x (+ x %(half)f)))))
      (set! out (cons t1 out))
      (set! prev t1)) ts)
    (reverse out)))
(set! singing_f0_targets vib_targets)
"""


def sing(xml_path, wav, rng):
    segs = wav + ".segs"
    rate, depth = rng.uniform(5.0, 6.5), rng.uniform(0.02, 0.04)
    script = wav + ".scm"
    with open(script, "w") as f:
        f.write("(voice_kal_diphone)\n")
        f.write(VIBRATO % {"half": 0.5 / rate, "up": 1 + depth, "down": 1 - depth})
        f.write('(define (save_it utt) (if (utt.relation.items utt \'Segment) (begin (utt.save.segs utt "%s") '
                '(utt.save.wave utt "%s" \'riff))) utt)\n(set! tts_hooks (list utt.synth save_it))\n'
                '(tts_file "%s" \'singing)\n' % (segs, wav, xml_path))
    run(["festival", "-b", script])
    os.remove(script)
    rows, t_prev, body = [], 0.0, False
    for l in open(segs):
        if l.startswith("#"):
            body = True
            continue
        if body and l.strip():
            end, _, ph = l.split()
            if float(end) > t_prev:  # singing mode leaves zero-length pauses
                rows.append((t_prev, float(end), ph))
            t_prev = max(t_prev, float(end))
    os.remove(segs)
    return rows


def read(path):
    with wave.open(path) as w:
        assert w.getframerate() == SR and w.getnchannels() == 1, path
        return np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float64) / 32768


def write(path, x):
    x = np.clip(x, -1, 1)
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes((x * 32767).astype(np.int16).tobytes())


def bed(n, rng):
    """A music bed: pad chords (harmonic, sustained), a bass line, kick / snare / hi-hat. Deterministic per rng."""
    t = np.arange(n) / SR
    out = np.zeros(n)
    bpm = rng.uniform(70, 130)
    beat = 60 / bpm
    root = rng.choice([45, 47, 48, 50, 52, 53])  # MIDI A2..F3
    prog = [[0, 4, 7], [5, 9, 12], [7, 11, 14], [-3, 0, 4]]
    bar = 4 * beat
    for b in range(int(t[-1] / bar) + 1):
        s0, s1 = int(b * bar * SR), min(n, int((b + 1) * bar * SR))
        if s0 >= n:
            break
        tt = t[s0:s1] - t[s0]
        env = np.minimum(1, tt / 0.08) * np.minimum(1, (bar - tt) / 0.08)
        for iv in prog[b % 4]:
            f = 440 * 2 ** ((root + 12 + iv - 69) / 12)
            for h in range(1, 6):
                out[s0:s1] += 0.05 / h * env * np.sin(2 * np.pi * f * h * tt + rng.uniform(0, 6.28))
        fb = 440 * 2 ** ((root - 12 + prog[b % 4][0] - 69) / 12)
        for k in range(4):  # bass on every beat
            q0 = s0 + int(k * beat * SR)
            if q0 >= s1:
                break
            tq = np.arange(min(s1 - q0, int(beat * SR))) / SR
            out[q0:q0 + len(tq)] += 0.12 * np.exp(-tq / 0.25) * np.sin(2 * np.pi * fb * tq)
    step = beat / 2
    for k in range(int(t[-1] / step) + 1):  # drums on eighths
        q0 = int(k * step * SR)
        tq = np.arange(min(n - q0, int(0.25 * SR))) / SR
        if k % 4 == 0:  # kick
            out[q0:q0 + len(tq)] += 0.35 * np.exp(-tq / 0.08) * np.sin(2 * np.pi * (50 + 80 * np.exp(-tq / 0.03)) * tq)
        if k % 4 == 2:  # snare
            out[q0:q0 + len(tq)] += 0.12 * np.exp(-tq / 0.06) * np.random.default_rng(rng.randint(0, 1 << 30)).standard_normal(len(tq))
        hh = np.diff(np.random.default_rng(rng.randint(0, 1 << 30)).standard_normal(len(tq) + 1))  # hi-hat: high-passed
        out[q0:q0 + len(tq)] += 0.03 * np.exp(-tq / 0.02) * hh
    return out


def voiced_rms(x):
    f = x[: len(x) // 160 * 160].reshape(-1, 160)
    e = (f ** 2).mean(axis=1)
    loud = e[e > np.percentile(e, 95) / 1000]
    return np.sqrt(loud.mean())


def mix(x, b, snr_db):
    return x + b * voiced_rms(x) / (np.sqrt((b ** 2).mean()) * 10 ** (snr_db / 20))


def room(path, out, rng):
    """Amplitude vibrato, a room (reverb), then room noise (pink-ish) at 30-40 dB below the voice."""
    run(["sox", path, out, "tremolo", "%.2f" % rng.uniform(5.0, 6.5), "%d" % rng.randint(20, 45),
         "reverb", "%d" % rng.randint(20, 60), "50", "%d" % rng.randint(30, 80), "100", "0", "0"])
    x = read(out)
    x = x[: len(read(path))]  # reverb's tail is cut at the clip's end: the labels keep their length
    noise = np.cumsum(np.random.default_rng(rng.randint(0, 1 << 30)).standard_normal(len(x)))
    noise = noise - np.convolve(noise, np.ones(400) / 400, mode="same")  # brown noise, high-passed at ~40 Hz
    write(out, mix(x, noise, rng.uniform(30, 40)))


def espeak_dev(tool, voice, text, wav, lab, tmp, rng):
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    run([tool, voice, str(rng.randint(140, 190)), tmp, wav, lab + ".raw"])
    run(["sox", wav, "-r", str(SR), wav + ".16k.wav"])  # espeak-ng speaks at 22050 Hz
    os.replace(wav + ".16k.wav", wav)
    rows, t_prev, ph_prev = [], 0.0, "_"
    for l in open(lab + ".raw", encoding="utf-8"):
        ms, ph = l.rstrip("\n").split("\t")
        t = int(ms) / 1000.0
        if t > t_prev:
            rows.append((t_prev, t, ph_prev))
        t_prev, ph_prev = t, ("_" if ph in ("#", "_:", "_") else ph)
    os.remove(lab + ".raw")
    return rows


def main():
    out_dir = sys.argv[1]
    n_songs = int(sys.argv[sys.argv.index("--songs") + 1]) if "--songs" in sys.argv else 24
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 2026
    rng = random.Random(seed)
    os.makedirs(out_dir, exist_ok=True)
    manifest = []

    def add(split, voice, lang, alphabet, name, rows, text):
        with open(os.path.join(out_dir, name + ".lab"), "w") as f:
            for s, e, p in rows:
                f.write("%.4f\t%.4f\t%s\n" % (s, e, p))
        with open(os.path.join(out_dir, name + ".txt"), "w") as f:
            f.write(text + "\n")
        manifest.append((split, voice, lang, alphabet, name + ".wav", name + ".lab"))

    for i in range(n_songs):
        lines = NO_MBP if i % 2 == 0 else WITH_MBP
        text = lines[(i // 2) % len(lines)]
        high = i % 4 >= 2
        xml = score(text.split(), rng, 55 if high else 43, 74 if high else 62)  # MIDI 43..62 = G2..D4, our naming
        name = "sung_%03d" % i
        wav = os.path.join(out_dir, name + ".wav")
        with open(wav + ".xml", "w") as f:
            f.write(xml)
        rows = sing(wav + ".xml", wav, rng)
        os.remove(wav + ".xml")
        voice = "festival:kal_diphone@sung-" + ("high" if high else "low")
        if high and i % 8 >= 6:  # a woman's formants: resample 1.15x up (pitch and formants), labels scaled exactly
            k = 1.15
            run(["sox", wav, "-r", str(SR), wav + ".f.wav", "speed", str(k)])
            os.replace(wav + ".f.wav", wav)
            rows = [(s / k, e / k, p) for s, e, p in rows]
            voice += "-f115"
        cond = ["dry", "room", "bed"][i % 3]
        if cond == "room":
            room(wav, wav + ".r.wav", rng)
            os.replace(wav + ".r.wav", wav)
        elif cond == "bed":
            x = read(wav)
            write(wav, mix(x, bed(len(x), rng), rng.uniform(0, 12)) * 0.7)
        add("sung", voice + "+" + cond, "en", "arpabet", name, rows, text)

    # speech over a music bed (dev voices), pauses included
    tool = os.path.join(out_dir, "espeak_phonemes")
    run(["gcc", "-O2", "-o", tool, os.path.join(HERE, "espeak_phonemes.c"), "-lespeak-ng"])
    tmp = os.path.join(out_dir, "tmp.txt")
    lic = [l.strip() for l in open("/usr/share/common-licenses/Apache-2.0") if len(l.split()) >= 8][:40]
    for i in range(8):
        v = ["en-us+belinda", "en-us+anika", "en-us+linda", "en-us+m8"][i % 4]
        text = lic[2 * i] + ". " + lic[2 * i + 1] + "."
        name = "bedspeech_%03d" % i
        wav = os.path.join(out_dir, name + ".wav")
        rows = espeak_dev(tool, v, text, wav, os.path.join(out_dir, name), tmp, rng)
        x = read(wav)
        pad = np.zeros(int(0.8 * SR))  # bed alone before and after the speech
        x = np.concatenate([pad, x, pad])
        rows = [(0.0, 0.8, "_")] + [(s + 0.8, e + 0.8, p) for s, e, p in rows] + [(rows[-1][1] + 0.8, len(x) / SR, "_")]
        write(wav, mix(x, bed(len(x), rng), rng.uniform(6, 15)) * 0.7)
        add("bedspeech", "espeak:" + v + "+bed", "en", "espeak", name, rows, text)
    os.remove(tmp)
    os.remove(tool)

    with open(os.path.join(out_dir, "manifest.tsv"), "w") as f:
        f.write("split\tvoice\tlang\talphabet\twav\tlab\n")
        for m in manifest:
            f.write("\t".join(m) + "\n")
    print("clips:", len(manifest))


if __name__ == "__main__":
    main()
