package io.mouthpiece.export.audio;

import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.media.ClipAudioReader;

import java.nio.file.Path;
import java.util.function.Function;

/** {@link ClipDecoder} over FFmpeg; {@code resolve} maps a project media id to its file. */
public final class FfmpegClipDecoder implements ClipDecoder {
    private final Function<String, Path> resolve;

    public FfmpegClipDecoder(Function<String, Path> resolve) { this.resolve = resolve; }

    @Override
    public Stream open(String mediaId, Rational sourceTime, int sampleRate) throws MediaException {
        Path file = resolve.apply(mediaId);
        if (file == null) throw new MediaException("No file for media '" + mediaId + "'");
        ClipAudioReader r = ClipAudioReader.open(file, sourceTime, sampleRate);
        return new Stream() {
            @Override public int read(float[] dst, int off, int len) throws MediaException { return r.read(dst, off, len); }
            @Override public void close() { r.close(); }
        };
    }
}
