package io.mouthpiece.service;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.export.FrameSource;
import io.mouthpiece.render.ChannelValues;
import io.mouthpiece.render.FrameRenderer;
import io.mouthpiece.render.gl.Frame;

import java.nio.IntBuffer;
import java.util.List;

/**
 * A take's frames for export: each frame's time on the take's range → {@link TakeScene#channelsAt} → the renderer, at
 * the output size. A picture whose aspect differs from the output is scaled to fit and centred (letterbox or
 * pillarbox); the bars are opaque black, or transparent when a cut-out is given (a flat background colour then
 * fills them). With a cut-out ({@code matte}) the alpha of every frame is the person mask refined at the face.
 */
final class TakeFrameSource implements FrameSource {
    private final TakeScene scene;
    private final FrameRenderer renderer;
    private final FrameRate rate;
    private final int width, height;
    private final Fit fit;
    private final FaceMatte matte;
    private final Frame frame;
    private final long frames;

    /** Where the picture lands in the output: an x, y offset and its scaled size. */
    record Fit(int x, int y, int width, int height) {
        static Fit of(int srcW, int srcH, int outW, int outH) {
            // the larger scale that still fits, rounded so that an exact aspect gives exactly the full frame
            long wByH = (long) outH * srcW, hByW = (long) outW * srcH;
            int w, h;
            if (wByH <= (long) outW * srcH) { h = outH; w = (int) Math.max(1, Math.round((double) wByH / srcH)); }
            else { w = outW; h = (int) Math.max(1, Math.round((double) hByW / srcW)); }
            w = Math.min(w, outW);
            h = Math.min(h, outH);
            return new Fit((outW - w) / 2, (outH - h) / 2, w, h);
        }

        boolean full(int outW, int outH) { return x == 0 && y == 0 && width == outW && height == outH; }
    }

    TakeFrameSource(TakeScene scene, FrameRenderer renderer, FrameRate rate, int width, int height, float[] personMask) {
        this.scene = scene;
        this.renderer = renderer;
        this.rate = rate;
        this.width = width;
        this.height = height;
        this.fit = Fit.of(scene.scene().image().width(), scene.scene().image().height(), width, height);
        this.frame = Frame.standalone(fit.width(), fit.height());
        this.matte = personMask == null ? null : new FaceMatte(personMask, fit.width(), fit.height(), scene.scene().characters(),
                (float) fit.width() / scene.scene().image().width(), (float) fit.height() / scene.scene().image().height());
        this.frames = rate.framesCovering(scene.range().duration());
    }

    Fit fit() { return fit; }

    @Override public int width() { return width; }

    @Override public int height() { return height; }

    @Override public FrameRate rate() { return rate; }

    @Override public long frameCount() { return frames; }

    /** Take time of output frame {@code i}: the range start plus i frames at the output rate. */
    Rational timeOf(long i) { return scene.range().start().add(rate.timeOf(i)); }

    @Override
    public void render(long i, IntBuffer out) {
        List<ChannelValues> poses = scene.channelsAt(timeOf(i));
        renderer.render(scene.scene(), poses, frame);
        IntBuffer src = frame.ints();
        int bar = matte == null ? 0xff000000 : 0x00000000;
        if (!fit.full(width, height)) for (int k = 0; k < width * height; k++) out.put(k, bar);
        float[] alpha = matte == null ? null : matte.frame(poses);
        for (int y = 0; y < fit.height(); y++) {
            int so = y * fit.width(), o = (y + fit.y()) * width + fit.x();
            if (alpha == null) {
                out.put(o, src, so, fit.width());
            } else {
                for (int x = 0; x < fit.width(); x++) {
                    int a = Math.round(alpha[so + x] * 255f);
                    out.put(o + x, (src.get(so + x) & 0xffffff) | a << 24);
                }
            }
        }
    }
}
