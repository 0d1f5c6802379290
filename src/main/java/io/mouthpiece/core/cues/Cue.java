package io.mouthpiece.core.cues;

import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;

import java.util.Objects;

/**
 * One subtitle cue read from an SRT or WebVTT file: one dialogue line.
 *
 * @param number  1-based position of the cue in the file
 * @param id      the cue's own identifier: the SRT counter or the WebVTT cue identifier ("" when the file gives none)
 * @param range   exact start and duration (from the millisecond timestamps)
 * @param text    the spoken text with tags and styling removed and entities decoded; lines joined by '\n'
 * @param speaker the voice name of a WebVTT {@code <v Name>} span ("" when none)
 * @param line    1-based line number of the cue's timing line in the file
 */
public record Cue(int number, String id, TimeRange range, String text, String speaker, int line) {
    public Cue {
        Objects.requireNonNull(range, "range");
        id = Objects.requireNonNullElse(id, "");
        text = Objects.requireNonNullElse(text, "");
        speaker = Objects.requireNonNullElse(speaker, "");
    }

    public Rational start() { return range.start(); }

    public Rational end() { return range.end(); }

    /** The text on one line, as a transcript for transcript-guided alignment. */
    public String transcript() { return text.replace('\n', ' ').replaceAll("\\s+", " ").strip(); }

    /** "line 12" in the user's words: the SRT counter when there is one, else the position. */
    public String label() { return "line " + (id.isEmpty() ? Integer.toString(number) : id); }
}
