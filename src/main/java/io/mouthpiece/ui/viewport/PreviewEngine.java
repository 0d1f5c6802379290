package io.mouthpiece.ui.viewport;

import io.mouthpiece.render.GlRigRenderer;
import io.mouthpiece.render.gl.GlThread;
import io.mouthpiece.render.preview.PreviewLoop;
import io.mouthpiece.render.preview.PreviewRequest;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The studio's one GL thread, its rig renderer and the paced preview loop over them. Made once per studio (off the
 * FX thread: creating the context takes a quarter of a second) and closed on exit. Exports share the GL thread.
 */
public final class PreviewEngine implements AutoCloseable {
    private final GlThread gl;
    private final GlRigRenderer renderer;
    private final PreviewLoop loop;

    private PreviewEngine(GlThread gl, GlRigRenderer renderer, PreviewLoop loop) {
        this.gl = gl;
        this.renderer = renderer;
        this.loop = loop;
    }

    /**
     * @param glFactory starts the GL thread; throws {@code GlUnavailableException} when there is no usable OpenGL
     * @param onError renderer failures (loop thread)
     */
    public static PreviewEngine start(Supplier<GlThread> glFactory, Supplier<PreviewRequest> source, Consumer<Throwable> onError) {
        GlThread gl = glFactory.get();
        try {
            GlRigRenderer r = new GlRigRenderer(gl);
            return new PreviewEngine(gl, r, new PreviewLoop(r, source, onError));
        } catch (RuntimeException e) {
            gl.close();
            throw e;
        }
    }

    public GlThread gl() { return gl; }
    public PreviewLoop loop() { return loop; }
    public String description() { return gl.description(); }

    @Override
    public void close() {
        loop.close();
        renderer.close();
        gl.close();
    }
}
