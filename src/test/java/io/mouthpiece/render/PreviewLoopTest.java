package io.mouthpiece.render;

import static org.junit.jupiter.api.Assertions.*;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.render.gl.Frame;
import io.mouthpiece.render.gl.GlThread;
import io.mouthpiece.render.preview.PreviewLoop;
import io.mouthpiece.render.preview.PreviewRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PreviewLoopTest {

    @Test
    void rendersOneFramePerPermitAndHandsOverTheNewest() throws Exception {
        SourceImage image = TestPortraits.astronaut();
        RenderScene scene = new RenderScene(image, List.of(TestPortraits.astronautRig()));
        AtomicReference<PreviewRequest> now = new AtomicReference<>(
                new PreviewRequest(scene, List.of(ChannelValues.rest().with(Channel.JAW_OPEN, 0.6)), 160, 160));
        AtomicReference<Throwable> error = new AtomicReference<>();
        try (GlThread gl = GlThread.start("gl-preview-test");
             GlRigRenderer renderer = new GlRigRenderer(gl);
             PreviewLoop loop = new PreviewLoop(renderer, now::get, error::set)) {
            Thread.sleep(200);
            assertEquals(0, loop.renderedFrames(), "no frame without a permit");
            assertNull(loop.mailbox().take());

            loop.requestFrame();
            Frame f = awaitFrame(loop);
            int[] expected = renderer.renderArgb(scene, now.get().poses(), 160, 160);
            assertArrayEquals(expected, f.toArgbArray(), "preview shows the renderer's frame");
            f.release();

            loop.requestFrame();                       // same request: nothing new to draw
            Thread.sleep(200);
            assertEquals(1, loop.renderedFrames());

            now.set(new PreviewRequest(scene, List.of(ChannelValues.rest().with(Channel.EYE_BLINK_LEFT, 1)), 160, 160));
            loop.requestFrame();
            Frame g = awaitFrame(loop);
            assertArrayEquals(renderer.renderArgb(scene, now.get().poses(), 160, 160), g.toArgbArray());
            g.release();
            assertEquals(2, loop.renderedFrames());
            assertNull(error.get());
        }
    }

    @Test
    void rendererErrorsAreReportedAndTheLoopKeepsRunning() throws Exception {
        SourceImage image = TestPortraits.astronaut();
        RenderScene scene = new RenderScene(image, List.of(TestPortraits.astronautRig()));
        AtomicReference<PreviewRequest> now = new AtomicReference<>(new PreviewRequest(scene, List.of(), 64, 64));
        AtomicReference<Throwable> error = new AtomicReference<>();
        try (GlThread gl = GlThread.start("gl-preview-test-2");
             GlRigRenderer renderer = new GlRigRenderer(gl);
             PreviewLoop loop = new PreviewLoop(renderer, now::get, error::set)) {
            loop.requestFrame();
            for (int i = 0; i < 100 && error.get() == null; i++) Thread.sleep(20);
            assertInstanceOf(IllegalArgumentException.class, error.get(), "1 character but 0 poses");
            now.set(new PreviewRequest(scene, List.of(ChannelValues.rest()), 64, 64));
            loop.requestFrame();
            awaitFrame(loop).release();
        }
    }

    private static Frame awaitFrame(PreviewLoop loop) throws InterruptedException {
        for (int i = 0; i < 250; i++) {
            Frame f = loop.mailbox().take();
            if (f != null) return f;
            Thread.sleep(20);
        }
        throw new AssertionError("no frame within 5 s");
    }
}
