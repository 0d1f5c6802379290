package io.mouthpiece.export;

import io.mouthpiece.media.EncodeSpec;
import io.mouthpiece.media.VideoEncoder;

import java.io.IOException;
import java.nio.file.Path;

/** MP4 / MOV / WebM: every frame and its slice of sound go straight into one FFmpeg muxer. */
final class ContainerWriter {
    private ContainerWriter() {}

    static void write(Path tmp, EncodeSpec spec, FramePipeline pipe, AudioPump audio, long frames, ProgressMeter meter)
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
