package io.mouthpiece.cli;

import io.mouthpiece.media.ImageReader;
import io.mouthpiece.media.PictureLimits;
import io.mouthpiece.media.bench.GiantPng;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code mouthpiece bench picture}: how long a giant picture takes to read downscaled, and the most heap the read
 * used. Without {@code --file} it writes a {@code --side}² PNG (a pattern blown up in a flat field) to a temp folder.
 * Run it with a small heap to see the bound, e.g. {@code java -Xmx512m -jar mouthpiece.jar bench picture}.
 */
@Command(name = "picture", mixinStandardHelpOptions = true,
        description = "Giant picture read: time and peak heap of reading a huge PNG downscaled.")
public final class BenchPictureCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--side", description = "side of the square PNG to write (default ${DEFAULT-VALUE})", defaultValue = "20000")
    int side;

    @Option(names = "--file", description = "read this picture instead of writing one")
    Path file;

    @Option(names = "--runs", description = "timed reads (default ${DEFAULT-VALUE})", defaultValue = "3")
    int runs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (runs < 1 || side < 16) throw new IllegalArgumentException("--runs must be at least 1 and --side at least 16");
        Path tmp = null;
        Path picture = file;
        if (picture == null) {
            tmp = Files.createTempDirectory("mouthpiece-bench-picture");
            picture = tmp.resolve("giant-" + side + ".png");
            long t0 = System.nanoTime();
            GiantPng.write(picture, side, side, 0x808890, pattern(), Math.max(1, side * 4 / 5 / 512));
            out.printf(Locale.ROOT, "wrote %s (%,d bytes) in %d ms%n", picture.getFileName(), Files.size(picture), ms(t0));
        }
        try {
            out.printf(Locale.ROOT, "heap given (-Xmx): %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
            ImageReader.Header h = ImageReader.header(picture);
            if (h != null) {
                PictureLimits.Plan p = PictureLimits.plan(h.width(), h.height());
                out.printf(Locale.ROOT, "%s %d x %d, read every %d%s pixel: %d x %d%n", h.format(), h.width(), h.height(),
                        p.step(), p.step() == 1 ? "st" : p.step() == 2 ? "nd" : p.step() == 3 ? "rd" : "th", p.width(), p.height());
            }
            for (int i = 0; i < runs; i++) {
                System.gc();
                long base = heapUsed();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                long t0 = System.nanoTime();
                ImageReader.Picture read;
                try {
                    read = ImageReader.decode(picture);
                } catch (IOException e) {
                    out.println("refused: " + e.getMessage());
                    return Cli.EXIT_BAD_INPUT;
                }
                long took = ms(t0);
                out.printf(Locale.ROOT, "read %d: %d x %d in %d ms, peak heap %d MB (%d MB before the read)%n", i + 1,
                        read.image().getWidth(), read.image().getHeight(), took, peakHeap() >> 20, base >> 20);
            }
            long t0 = System.nanoTime();
            ImageReader.Picture thumb = ImageReader.decode(picture, 2048, 2048L * 2048);
            out.printf(Locale.ROOT, "thumbnail read: %d x %d in %d ms%n", thumb.image().getWidth(), thumb.image().getHeight(), ms(t0));
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(picture);
                Files.deleteIfExists(tmp);
            }
        }
        out.flush();
        return 0;
    }

    /** 512² of smooth colour with rings, so the file holds real pixel data to inflate, not only flat rows. */
    private static BufferedImage pattern() {
        BufferedImage img = new BufferedImage(512, 512, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 512; y++)
            for (int x = 0; x < 512; x++) {
                int ring = (int) Math.hypot(x - 256, y - 256) / 16 % 2 == 0 ? 40 : 0;
                img.setRGB(x, y, (x / 2) << 16 | (y / 2 + ring) << 8 | ((x + y) / 4));
            }
        return img;
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        }
        return peak;
    }
}
