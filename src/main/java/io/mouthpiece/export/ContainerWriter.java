package io.mouthpiece.export;

import io.mouthpiece.media.ContainerRemux;
import io.mouthpiece.media.EncodeSpec;
import io.mouthpiece.media.VideoEncoder;

import java.io.IOException;
import java.nio.file.Path;

/**
 * MP4 / MOV / WebM: every frame and its slice of sound go straight into one FFmpeg muxer. A WebM with sound is
 * encoded into {@code scratch} first and then packet-copied into {@code tmp} ({@link ContainerRemux}): JavaCV
 * 1.5.13 gets the Opus packet durations wrong for Matroska, so the directly written header overstates the length.
 */
final class ContainerWriter {
    private ContainerWriter() {}

    /** True when the file has to go through {@link ContainerRemux} before its header states the right durations. */
    static boolean needsRemux(EncodeSpec spec) {
        return spec.container().equals("webm") && spec.hasAudio();
    }

    static void write(Path tmp, Path scratch, EncodeSpec spec, FramePipeline pipe, AudioPump audio, long frames,
                      ProgressMeter meter) throws IOException {
        boolean remux = needsRemux(spec);
        encode(remux ? scratch : tmp, spec, pipe, audio, frames, meter);
        if (remux) ContainerRemux.copy(scratch, tmp, spec.container());
    }

    private static void encode(Path tmp, EncodeSpec spec, FramePipeline pipe, AudioPump audio, long frames, ProgressMeter meter)
            throws IOException {
        try (VideoEncoder enc = VideoEncoder.open(tmp, spec)) {
            for (long n = 0; n < frames; n++) {
                pipe.produce(n);
                enc.writeFrame(pipe.bytes());
                enc.writeAudio(audio.afterFrame(n));
                meter.frameDone(n + 1);
            }
            enc.finish();
        }
    }
}
