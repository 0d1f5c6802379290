/* Synthesises text with espeak-ng and writes a 16-bit mono WAV plus the phoneme events
 * ("start_ms<TAB>phoneme" per line, "_" = pause) used as exact training/evaluation labels.
 * Build: gcc -O2 -o espeak_phonemes espeak_phonemes.c -lespeak-ng
 * Usage: espeak_phonemes VOICE RATE_WPM TEXT_FILE OUT.wav OUT.phn */
#include <espeak-ng/speak_lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

static short *pcm; static size_t n, cap; static FILE *phn;

static int cb(short *wav, int num, espeak_EVENT *ev) {
    if (wav && num > 0) {
        if (n + num > cap) { cap = (n + num) * 2; pcm = realloc(pcm, cap * sizeof(short)); }
        memcpy(pcm + n, wav, num * sizeof(short)); n += num;
    }
    for (; ev && ev->type != espeakEVENT_LIST_TERMINATED; ev++) {
        if (ev->type == espeakEVENT_PHONEME) {
            char name[9] = {0}; memcpy(name, ev->id.string, 8);
            fprintf(phn, "%d\t%s\n", ev->audio_position, name[0] ? name : "_");
        } else if (ev->type == espeakEVENT_END || ev->type == espeakEVENT_MSG_TERMINATED) {
            fprintf(phn, "%d\t#\n", ev->audio_position);
        }
    }
    return 0;
}

static void put32(FILE *f, uint32_t v) { fwrite(&v, 4, 1, f); }
static void put16(FILE *f, uint16_t v) { fwrite(&v, 2, 1, f); }

int main(int argc, char **argv) {
    if (argc != 6) { fprintf(stderr, "usage: %s VOICE RATE TEXT_FILE OUT.wav OUT.phn\n", argv[0]); return 2; }
    int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, NULL, espeakINITIALIZE_PHONEME_EVENTS);
    if (rate <= 0 || espeak_SetVoiceByName(argv[1]) != EE_OK) { fprintf(stderr, "bad voice %s\n", argv[1]); return 1; }
    espeak_SetParameter(espeakRATE, atoi(argv[2]), 0);
    espeak_SetSynthCallback(cb);
    FILE *tf = fopen(argv[3], "rb"); if (!tf) return 1;
    fseek(tf, 0, SEEK_END); long len = ftell(tf); fseek(tf, 0, SEEK_SET);
    char *text = calloc(len + 1, 1); fread(text, 1, len, tf); fclose(tf);
    phn = fopen(argv[5], "w");
    espeak_Synth(text, len + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, NULL);
    espeak_Synchronize();
    fclose(phn);
    FILE *w = fopen(argv[4], "wb");
    fwrite("RIFF", 1, 4, w); put32(w, 36 + n * 2); fwrite("WAVEfmt ", 1, 8, w);
    put32(w, 16); put16(w, 1); put16(w, 1); put32(w, rate); put32(w, rate * 2); put16(w, 2); put16(w, 16);
    fwrite("data", 1, 4, w); put32(w, n * 2); fwrite(pcm, 2, n, w); fclose(w);
    return 0;
}
