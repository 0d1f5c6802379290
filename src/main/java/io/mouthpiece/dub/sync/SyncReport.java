package io.mouthpiece.dub.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mouthpiece.core.persist.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The per-line sync report of a dubbed shot: one {@link LineSync} per line, plus the shot's calibration (the offset
 * and confidence measured on the original picture with the original audio). Written as JSON to a temporary name
 * and renamed, so a reader never sees half a report.
 */
@JsonPropertyOrder({"schema", "source", "frame_rate", "baseline_offset_frames", "baseline_confidence", "lines"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SyncReport(String schema, String source,
                         @JsonProperty("frame_rate") String frameRate,
                         @JsonProperty("baseline_offset_frames") Integer baselineOffsetFrames,
                         @JsonProperty("baseline_confidence") Double baselineConfidence,
                         List<LineSync> lines) {
    public static final String SCHEMA = "mouthpiece-sync-report/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SyncReport {
        schema = schema == null ? SCHEMA : schema;
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public SyncReport(String source, String frameRate, SyncScorer.Correlation baseline, List<LineSync> lines) {
        this(SCHEMA, source, frameRate, baseline == null ? null : baseline.offset(),
                baseline == null ? null : SyncScorer.round(baseline.confidence()), lines);
    }

    public void write(Path file) throws IOException {
        AtomicFiles.write(file, out -> JSON.writeValue(new NonClosing(out), this));
    }

    public static SyncReport read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), SyncReport.class);
    }

    /** Jackson closes the stream it writes; the atomic writer still has to flush and sync it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) { super(out); }

        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override public void close() throws IOException { flush(); }
    }
}
