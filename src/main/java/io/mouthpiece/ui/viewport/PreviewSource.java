package io.mouthpiece.ui.viewport;

import io.mouthpiece.core.time.Rational;
import io.mouthpiece.render.ChannelValues;
import io.mouthpiece.render.preview.PreviewRequest;
import io.mouthpiece.service.TakeScene;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the preview loop should render now, read on the loop thread: the current {@link TakeScene}, the playhead's
 * time and the A/B choice. The FX thread writes the three fields; each is one immutable value, so the loop sees a
 * consistent scene and time (a frame may pair the new time with the old scene for one pulse, never garbage).
 */
public final class PreviewSource implements Supplier<PreviewRequest> {
    /** Pictures with a longer side are previewed scaled down to it (CPU GL cost grows with the pixels). */
    static final int MAX_SIDE = 1280;

    /** The request last handed to the loop: what the newest frame shows. */
    public record Served(Rational time, boolean source) {}

    private volatile TakeScene scene;
    private volatile Rational time = Rational.ZERO;
    private volatile boolean showSource;
    private volatile Served served;

    public void setScene(TakeScene s) { scene = s; }
    public TakeScene scene() { return scene; }
    public void setTime(Rational t) { time = t; }
    public void setShowSource(boolean b) { showSource = b; }
    public Served served() { return served; }

    @Override
    public PreviewRequest get() {
        TakeScene s = scene;
        if (s == null) return null;
        Rational t = time;
        boolean src = showSource;
        List<ChannelValues> poses = src || s.characters().isEmpty()
                ? Collections.nCopies(s.characters().size(), ChannelValues.rest())
                : s.channelsAt(t);
        int[] size = size(s.scene().image().width(), s.scene().image().height());
        served = new Served(t, src);
        return new PreviewRequest(s.scene(), poses, size[0], size[1]);
    }

    /** The preview size: the picture's own, or scaled so the longer side is {@link #MAX_SIDE}. */
    static int[] size(int w, int h) {
        int longest = Math.max(w, h);
        if (longest <= MAX_SIDE) return new int[]{w, h};
        double k = (double) MAX_SIDE / longest;
        return new int[]{Math.max(1, (int) Math.round(w * k)), Math.max(1, (int) Math.round(h * k))};
    }
}
