package io.mouthpiece.lipsync.cues;

/** Engine-track formats the lip-sync result can be written as. */
public enum CueFormat {
    TSV("tsv"), JSON("json"), XML("xml"), DAT("dat"), OCULUS("json"), ARKIT("csv");

    private final String extension;

    CueFormat(String extension) { this.extension = extension; }

    public String extension() { return extension; }
}
