package io.mouthpiece.media;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@link VideoEncoder} needs to open a container: FFmpeg names (muxer, codecs, pixel format) and options.
 * Built by the export layer from its presets, so the encoder itself holds no policy. Frame rate is exact
 * ({@code fpsNum/fpsDen}); audio is optional ({@code audioCodec == null} or {@code audioChannels == 0}: none).
 *
 * @param pixelFormat FFmpeg pixel format name of the encoded picture ("yuv420p", "yuva420p", "yuva444p10le")
 * @param videoBitrate bits per second, or 0 for constant-quality codecs driven by {@code videoOptions} (crf)
 * @param colour the matrix the pictures are converted with and the stream is tagged with; null: by picture size
 *               ({@link VideoColour#forSize})
 */
public record EncodeSpec(String container, String videoCodec, String pixelFormat, int width, int height,
                         long fpsNum, long fpsDen, int videoBitrate, int gopSize, Map<String, String> videoOptions,
                         String audioCodec, int sampleRate, int audioChannels, int audioBitrate,
                         Map<String, String> muxerOptions, Map<String, String> metadata, VideoColour colour) {
    public EncodeSpec {
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(videoCodec, "videoCodec");
        Objects.requireNonNull(pixelFormat, "pixelFormat");
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("picture size must be positive: " + width + "x" + height);
        if (fpsNum <= 0 || fpsDen <= 0) throw new IllegalArgumentException("frame rate must be positive: " + fpsNum + "/" + fpsDen);
        videoOptions = copy(videoOptions);
        muxerOptions = copy(muxerOptions);
        metadata = copy(metadata);
        if (audioCodec == null) audioChannels = 0;
        if (colour == null) colour = VideoColour.forSize(width, height);
    }

    public boolean hasAudio() { return audioChannels > 0; }

    private static Map<String, String> copy(Map<String, String> m) {
        return m == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
