package io.mouthpiece.core.cues;

import java.util.List;

/** The cues of one file, in time order, never overlapping (the parsers refuse anything else). */
public record CueSheet(String fileName, Format format, List<Cue> cues) {
    public enum Format { SRT, WEBVTT }

    public CueSheet {
        cues = List.copyOf(cues);
    }

    public int size() { return cues.size(); }

    public Cue get(int i) { return cues.get(i); }
}
