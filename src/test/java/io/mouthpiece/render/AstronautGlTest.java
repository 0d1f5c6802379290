package io.mouthpiece.render;

import io.mouthpiece.render.gl.GlThread;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the GL rig tests: one GL thread and renderer per test class, over the astronaut portrait and its rig. */
abstract class AstronautGlTest {
    static GlThread gl;
    static GlRigRenderer renderer;
    static SourceImage image;
    static RigGeometry rig;
    static RenderScene scene;

    @BeforeAll
    static void start() {
        gl = GlThread.start("gl-rig-test");
        renderer = new GlRigRenderer(gl);
        image = TestPortraits.astronaut();
        rig = TestPortraits.astronautRig();
        scene = new RenderScene(image, List.of(rig));
    }

    @AfterAll
    static void stop() {
        renderer.close();
        gl.close();
    }
}
