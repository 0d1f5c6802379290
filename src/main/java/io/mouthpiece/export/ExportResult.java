package io.mouthpiece.export;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: the output files (first = the main one), the sidecar, and how long it took. */
public record ExportResult(List<Path> files, Path provenance, String sha256, long frames, double seconds) {
    public Path main() { return files.getFirst(); }

    public double fps() { return seconds > 0 ? frames / seconds : 0; }
}
