package io.mouthpiece.core.cues;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads SRT and WebVTT files into {@link CueSheet}s of dialogue lines. Text is UTF-8 (a byte-order mark is dropped;
 * UTF-16 with a mark is read too; bytes that are not UTF-8 are read as Windows-1252, as older SRT files are).
 * Lines end in LF, CRLF or CR. The cues must be in time order and must not overlap, since each becomes a clip on
 * one dialogue track: anything else is a {@link CueParseException} naming the file's line.
 */
public final class CueSheets {
    /** Larger than any subtitle file of a feature film by two orders of magnitude. */
    static final long MAX_BYTES = 32L << 20;

    private CueSheets() {}

    /** Reads {@code file}; the format comes from the extension (.srt, .vtt), else from a "WEBVTT" first line. */
    public static CueSheet read(Path file) throws IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        if (size > MAX_BYTES) throw new CueParseException(name, 0, "is " + (size >> 20) + " MB, too large for a subtitle file");
        return parse(name, Files.readAllBytes(file));
    }

    public static CueSheet parse(String fileName, byte[] data) throws CueParseException {
        for (int i = 0, n = Math.min(data.length, 4096); i < n; i++) {
            if (data[i] == 0 && !(data.length >= 2 && ((data[0] & 0xff) == 0xff || (data[0] & 0xff) == 0xfe))) {
                throw new CueParseException(fileName, 0, "is not a text file (an SRT or WebVTT subtitle file was expected)");
            }
        }
        String text = decode(data);
        String lower = fileName.toLowerCase(Locale.ROOT);
        CueSheet.Format format = lower.endsWith(".vtt") || lower.endsWith(".webvtt") ? CueSheet.Format.WEBVTT
                : lower.endsWith(".srt") ? CueSheet.Format.SRT
                : text.startsWith("WEBVTT") ? CueSheet.Format.WEBVTT : CueSheet.Format.SRT;
        return parse(fileName, format, text);
    }

    /** Parses already-decoded {@code text} (a leading U+FEFF is dropped). */
    public static CueSheet parse(String fileName, CueSheet.Format format, String text) throws CueParseException {
        if (text.startsWith("\ufeff")) text = text.substring(1);
        List<String> lines = lines(text);
        if (lines.stream().allMatch(String::isBlank)) throw new CueParseException(fileName, lines.isEmpty() ? 0 : 1, "the file is empty: no cues");
        List<Cue> cues = format == CueSheet.Format.SRT ? SrtParser.parse(fileName, lines) : VttParser.parse(fileName, lines);
        if (cues.isEmpty()) throw new CueParseException(fileName, lines.size(), "no cue in the file (end of file reached)");
        checkOrder(fileName, format, cues);
        return new CueSheet(fileName, format, cues);
    }

    /** Each cue must start at or after the previous start (order) and at or after the previous end (no overlap). */
    static void checkOrder(String file, CueSheet.Format format, List<Cue> cues) throws CueParseException {
        for (int i = 1; i < cues.size(); i++) {
            Cue prev = cues.get(i - 1), c = cues.get(i);
            if (c.start().isBefore(prev.start())) {
                throw new CueParseException(file, c.line(), "the cue starts at " + CueTimes.format(c.start(), format)
                        + ", before the previous cue (line " + prev.line() + ") at " + CueTimes.format(prev.start(), format)
                        + ": cues must be in time order");
            }
            if (c.start().isBefore(prev.end())) {
                throw new CueParseException(file, c.line(), "the cue starts at " + CueTimes.format(c.start(), format)
                        + ", before the previous cue (line " + prev.line() + ") ends at " + CueTimes.format(prev.end(), format)
                        + ": dialogue lines on one track cannot overlap");
            }
        }
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0, n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                out.add(text.substring(start, i));
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < n) out.add(text.substring(start));
        return out;
    }

    static String decode(byte[] data) {
        if (data.length >= 2 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe) {
            return new String(data, 2, data.length - 2, StandardCharsets.UTF_16LE);
        }
        if (data.length >= 2 && (data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff) {
            return new String(data, 2, data.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            return new String(data, Charset.forName("windows-1252"));
        }
    }
}
