package io.mouthpiece.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One export: pictures, sound ({@link AudioSource#NONE} for none), settings, what went in, and where to write.
 * {@code output} is the file (MP4/MOV/WebM/sprite-sheet PNG) or the folder (PNG sequence) to create.
 */
public record ExportRequest(FrameSource frames, AudioSource audio, ExportSettings settings, Provenance provenance,
                            Path output) {
    public ExportRequest {
        Objects.requireNonNull(frames, "frames");
        audio = Objects.requireNonNullElse(audio, AudioSource.NONE);
        Objects.requireNonNull(settings, "settings");
        provenance = Objects.requireNonNullElse(provenance, new Provenance(List.of(), null, null));
        Objects.requireNonNull(output, "output");
    }
}
