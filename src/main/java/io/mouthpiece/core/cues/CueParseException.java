package io.mouthpiece.core.cues;

import java.io.IOException;

/**
 * A cue file that cannot be read as dialogue lines: the message names the file and the 1-based line where the
 * problem is ("lines.srt line 12: end 00:00:01,000 is not after start 00:00:02,000"), {@link #line()} gives the line
 * alone (0 when the problem is the whole file).
 */
public final class CueParseException extends IOException {
    private final String file;
    private final int line;
    private final String problem;

    public CueParseException(String file, int line, String problem) {
        super((file == null || file.isBlank() ? "cue file" : file) + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The file's name as given to the parser. */
    public String file() { return file; }

    /** 1-based line number in the file, 0 when the problem concerns the whole file. */
    public int line() { return line; }

    /** What is wrong, without the file and line. */
    public String problem() { return problem; }
}
