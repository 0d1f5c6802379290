package io.mouthpiece.ui.export;

import io.mouthpiece.core.task.Progress;
import io.mouthpiece.export.ExportResult;
import io.mouthpiece.render.gl.GlThread;
import io.mouthpiece.service.EngineTracks;
import io.mouthpiece.service.RenderService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders queued exports on the queue's OWN GL thread, never the preview's, so the live preview keeps playing while
 * an export runs. The thread starts with the first job and is closed when the queue runs dry (a context holds memory
 * and, on a GPU, a driver context). Engine tracks are computed before the video (a take without lip sync fails early)
 * and written beside it after the video is in place; a cancelled or failed job therefore writes nothing.
 */
public final class QueueRenderer implements ExportQueueViewModel.Renderer {
    private static final Logger log = LoggerFactory.getLogger(QueueRenderer.class);

    /** The render service bound to a GL thread (TakeServices::render). */
    @FunctionalInterface
    public interface Services {
        RenderService on(GlThread gl) throws IOException;
    }

    private final Supplier<GlThread> glFactory;
    private final Services services;
    private GlThread gl;

    /** @param glFactory starts a GL thread, e.g. {@code () -> GlThread.start("mouthpiece-export")} */
    public QueueRenderer(Supplier<GlThread> glFactory, Services services) {
        this.glFactory = glFactory;
        this.services = services;
    }

    private synchronized GlThread gl() {
        if (gl == null) {
            long t0 = System.nanoTime();
            gl = glFactory.get();
            log.info("export GL thread started in {} ms: {}", (System.nanoTime() - t0) / 1_000_000, gl.description());
        }
        return gl;
    }

    /** True while the export GL thread exists (for tests). */
    public synchronized boolean hasGl() { return gl != null; }

    @Override
    public ExportResult render(ExportOrder order, Progress progress) throws Exception {
        ExportSpec spec = order.spec();
        Path out = spec.output().toAbsolutePath();
        Path folder = out.getParent();
        if (folder != null) Files.createDirectories(folder);
        String sound = order.scene().take().name();
        Map<String, String> tracks = EngineTracks.render(order.scene(), spec.tracks(), spec.rate(), spec.baseName(), sound);
        progress.checkCancelled();
        ExportResult r = services.on(gl()).render(order.scene(), order.projectFolder(), spec.toOutput(), progress);
        if (!tracks.isEmpty()) EngineTracks.write(folder, tracks);
        return r;
    }

    /** Closes the GL thread off the calling (FX) thread: closing waits for the context to go. */
    @Override
    public synchronized void idle() {
        GlThread g = gl;
        gl = null;
        if (g == null) return;
        Thread t = new Thread(g::close, "export-gl-close");
        t.setDaemon(true);
        t.start();
    }

    /** Closes the GL thread now (studio shutdown). */
    public synchronized void close() {
        if (gl != null) gl.close();
        gl = null;
    }
}
