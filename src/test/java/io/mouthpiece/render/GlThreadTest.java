package io.mouthpiece.render;

import static org.junit.jupiter.api.Assertions.*;
import static org.lwjgl.opengl.GL33C.*;

import io.mouthpiece.render.gl.Fbo;
import io.mouthpiece.render.gl.Frame;
import io.mouthpiece.render.gl.FramePool;
import io.mouthpiece.render.gl.GlThread;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class GlThreadTest {
    @Test
    void clearsAndReadsBackArgbOnItsOwnThread() throws Exception {
        try (GlThread gl = GlThread.start("gl-test")) {
            assertTrue(gl.description().contains("3.3") || gl.description().contains("4."), gl.description());
            FramePool pool = new FramePool(7, 5, 2);
            Frame f = pool.acquire();
            String threadName = gl.submit(() -> {
                try (Fbo fbo = new Fbo(7, 5)) {
                    fbo.bind();
                    glClearColor(1f, 0.5f, 0f, 1f);
                    glClear(GL_COLOR_BUFFER_BIT);
                    fbo.readInto(f);
                }
                return Thread.currentThread().getName();
            }).get();
            assertEquals("gl-test", threadName);
            int[] px = f.toArgbArray();
            for (int p : px) {
                assertEquals(0xFF, p >>> 24);
                assertEquals(0xFF, (p >> 16) & 0xFF);
                assertTrue(Math.abs(((p >> 8) & 0xFF) - 128) <= 1, Integer.toHexString(p));
                assertEquals(0, p & 0xFF);
            }
            f.release();
            assertEquals(2, pool.available());
        }
    }

    @Test
    void glErrorsInSubmittedWorkComeBackAsExceptions() {
        try (GlThread gl = GlThread.start("gl-test-2")) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> gl.submit(() -> new Fbo(0, 10)).get());
            assertInstanceOf(IllegalArgumentException.class, e.getCause());
            assertFalse(gl.isGlThread());
        }
    }

    @Test
    void closedThreadRefusesWork() {
        GlThread gl = GlThread.start("gl-test-3");
        gl.close();
        assertThrows(ExecutionException.class, () -> gl.submit(() -> 1).get());
    }

    @Test
    void oversizedSourcesAreRefusedWithAMessageAndCloseOrderDoesNotMatter() {
        GlThread gl = GlThread.start("gl-test-4");
        io.mouthpiece.render.GlRigRenderer r = new io.mouthpiece.render.GlRigRenderer(gl);
        SourceImage huge = new SourceImage(40000, 1, new int[40000]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> r.renderArgb(new RenderScene(huge, java.util.List.of()), java.util.List.of(), 8, 8));
        assertTrue(e.getMessage().contains("texture limit"), e.getMessage());
        // still usable afterwards
        SourceImage small = new SourceImage(2, 2, new int[]{0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0xFFFFFFFF});
        assertArrayEquals(small.argb(), r.renderArgb(new RenderScene(small, java.util.List.of()), java.util.List.of(), 2, 2));
        gl.close();
        assertDoesNotThrow(r::close);
    }
}
