package io.mouthpiece.export;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A whole (tiny) media file decoded back with FFmpeg: every picture as ARGB ints, all sound as mono floats. */
public final class Decoded {
    public final String format;
    public final String videoCodec;
    public final String audioCodec;
    public final int width;
    public final int height;
    public final double frameRate;
    public final int audioRate;
    public final Map<String, String> metadata;
    public final List<int[]> frames = new ArrayList<>();
    public long audioSamples;
    public float audioPeak;
    public double audioSumSq;

    private Decoded(FFmpegFrameGrabber g) {
        format = g.getFormat();
        videoCodec = g.getVideoCodecName();
        audioCodec = g.hasAudio() ? g.getAudioCodecName() : null;
        width = g.getImageWidth();
        height = g.getImageHeight();
        frameRate = g.getFrameRate();
        audioRate = g.getSampleRate();
        metadata = new HashMap<>(g.getMetadata());
    }

    /** @param vp9Alpha decode with libvpx-vp9, the only VP9 decoder that returns the alpha plane */
    public static Decoded of(Path file, boolean vp9Alpha) throws Exception {
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile())) {
            if (vp9Alpha) g.setVideoCodecName("libvpx-vp9");
            g.setPixelFormat(avutil.AV_PIX_FMT_BGRA);
            g.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
            g.setAudioChannels(1);
            g.start();
            Decoded d = new Decoded(g);
            for (Frame f; (f = g.grab()) != null; ) {
                if (f.image != null) {
                    ByteBuffer b = (ByteBuffer) f.image[0];
                    int[] px = new int[f.imageWidth * f.imageHeight];
                    for (int y = 0; y < f.imageHeight; y++) {
                        for (int x = 0; x < f.imageWidth; x++) {
                            int o = y * f.imageStride + x * 4;
                            int bl = b.get(o) & 0xff, gr = b.get(o + 1) & 0xff, r = b.get(o + 2) & 0xff, a = b.get(o + 3) & 0xff;
                            px[y * f.imageWidth + x] = a << 24 | r << 16 | gr << 8 | bl;
                        }
                    }
                    d.frames.add(px);
                }
                if (f.samples != null) {
                    FloatBuffer s = (FloatBuffer) f.samples[0];
                    d.audioSamples += s.remaining();
                    for (int i = s.position(); i < s.limit(); i++) { d.audioPeak = Math.max(d.audioPeak, Math.abs(s.get(i))); d.audioSumSq += s.get(i) * (double) s.get(i); }
                }
            }
            return d;
        }
    }

    public double audioRms() { return audioSamples == 0 ? 0 : Math.sqrt(audioSumSq / audioSamples); }

    /** A container tag, case-insensitively (Matroska stores tag names upper-case). */
    public String tag(String key) {
        return metadata.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    public int pixel(int frame, int x, int y) { return frames.get(frame)[y * width + x]; }

    public int alpha(int frame, int x, int y) { return pixel(frame, x, y) >>> 24; }

    public double videoSeconds() { return frames.size() / frameRate; }

    public double audioSeconds() { return (double) audioSamples / audioRate; }

    public int[] alphaMinMax() {
        int min = 255, max = 0;
        for (int[] f : frames) for (int p : f) { min = Math.min(min, p >>> 24); max = Math.max(max, p >>> 24); }
        return new int[] {min, max};
    }

    public static int maxChannelDiff(int a, int b) {
        int m = 0;
        for (int s = 0; s < 24; s += 8) m = Math.max(m, Math.abs(((a >> s) & 0xff) - ((b >> s) & 0xff)));
        return m;
    }
}
