package io.mouthpiece.service;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A video decoded back to straight ARGB frames and a sample count, for tests. */
public final class DecodedVideo {
    public final String videoCodec, audioCodec;
    public final int width, height, audioRate;
    public final double frameRate;
    public final Map<String, String> metadata;
    public final List<int[]> frames = new ArrayList<>();
    public long audioSamples;

    private DecodedVideo(FFmpegFrameGrabber g) {
        videoCodec = g.getVideoCodecName();
        audioCodec = g.hasAudio() ? g.getAudioCodecName() : null;
        width = g.getImageWidth();
        height = g.getImageHeight();
        frameRate = g.getFrameRate();
        audioRate = g.getSampleRate();
        metadata = new HashMap<>(g.getMetadata());
    }

    /** @param vp9Alpha decode with libvpx-vp9, the VP9 decoder that returns the alpha plane */
    public static DecodedVideo of(Path file, boolean vp9Alpha) throws Exception {
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile())) {
            if (vp9Alpha) g.setVideoCodecName("libvpx-vp9");
            g.setPixelFormat(avutil.AV_PIX_FMT_BGRA);
            g.setAudioChannels(1);
            g.start();
            DecodedVideo d = new DecodedVideo(g);
            for (Frame f; (f = g.grab()) != null; ) {
                if (f.image != null) {
                    ByteBuffer b = (ByteBuffer) f.image[0];
                    int[] px = new int[f.imageWidth * f.imageHeight];
                    for (int y = 0; y < f.imageHeight; y++) {
                        for (int x = 0; x < f.imageWidth; x++) {
                            int o = y * f.imageStride + x * 4;
                            px[y * f.imageWidth + x] = (b.get(o + 3) & 0xff) << 24 | (b.get(o + 2) & 0xff) << 16
                                    | (b.get(o + 1) & 0xff) << 8 | (b.get(o) & 0xff);
                        }
                    }
                    d.frames.add(px);
                }
                if (f.samples != null) d.audioSamples += f.samples[0].remaining();
            }
            return d;
        }
    }

    public String tag(String key) {
        return metadata.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    public double videoSeconds() { return frames.size() / frameRate; }

    public double audioSeconds() { return (double) audioSamples / audioRate; }

    public int alpha(int frame, int x, int y) { return frames.get(frame)[y * width + x] >>> 24; }
}
