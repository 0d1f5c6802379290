package io.mouthpiece.export;

import java.nio.IntBuffer;

/** Small per-pixel helpers on ARGB int frames. */
public final class Pixels {
    private Pixels() {}

    /** Premultiplied ARGB → straight ARGB, in place, for {@code n} pixels from index 0. */
    public static void unpremultiply(IntBuffer argb, int n) {
        for (int i = 0; i < n; i++) {
            int p = argb.get(i);
            int a = p >>> 24;
            if (a == 255) continue;
            if (a == 0) {
                argb.put(i, 0);
                continue;
            }
            int r = Math.min(255, (((p >> 16) & 0xff) * 255 + a / 2) / a);
            int g = Math.min(255, (((p >> 8) & 0xff) * 255 + a / 2) / a);
            int b = Math.min(255, ((p & 0xff) * 255 + a / 2) / a);
            argb.put(i, a << 24 | r << 16 | g << 8 | b);
        }
    }

    /** Straight-alpha "source over destination" for one pixel. */
    static int over(int src, int dst) {
        int sa = src >>> 24;
        if (sa == 255) return src;
        if (sa == 0) return dst;
        int da = dst >>> 24;
        int inv = 255 - sa;
        int oa255 = sa * 255 + da * inv;              // output alpha × 255
        if (oa255 == 0) return 0;
        int r = (((src >> 16) & 0xff) * sa * 255 + ((dst >> 16) & 0xff) * da * inv + oa255 / 2) / oa255;
        int g = (((src >> 8) & 0xff) * sa * 255 + ((dst >> 8) & 0xff) * da * inv + oa255 / 2) / oa255;
        int b = ((src & 0xff) * sa * 255 + (dst & 0xff) * da * inv + oa255 / 2) / oa255;
        return ((oa255 + 127) / 255) << 24 | r << 16 | g << 8 | b;
    }
}
