package io.mouthpiece.media;

import io.mouthpiece.media.bench.GiantPng;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Giant pictures the tests share, written once per build under {@code target/}. */
public final class GiantFixtures {
    private GiantFixtures() {}

    /** 20000×20000: the sample portrait blown up 32 times (16384 pixels of it) in the middle of a flat 0x808890. */
    public static synchronized Path astronaut20k() throws IOException {
        Path out = Path.of("target/giant-fixtures/astronaut-20000.png");
        if (Files.isRegularFile(out)) return out;
        Files.createDirectories(out.getParent());
        BufferedImage face = javax.imageio.ImageIO.read(Path.of("assets/samples/astronaut/media/astronaut.png").toFile());
        GiantPng.write(out, 20_000, 20_000, 0x808890, face, 32);
        return out;
    }
}
