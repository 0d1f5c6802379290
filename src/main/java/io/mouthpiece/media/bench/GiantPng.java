package io.mouthpiece.media.bench;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes huge RGB PNGs (for {@code bench picture} and the tests) without holding them in memory. The picture is one flat colour with {@code centre}
 * pasted in the middle, each of its pixels blown up to a {@code scale}×{@code scale} block. Each distinct row is
 * deflated once (Sub filter, then a full flush so no later data refers back to it); a repeated row is PNG's Up filter,
 * all zeros, whose deflated bytes are made once and copied, and the zlib checksum of those runs is worked out
 * arithmetically. A 20000×20000 picture is a few megabytes, written in well under a second.
 */
public final class GiantPng {
    private static final int ADLER = 65521, RUN = 256;

    private GiantPng() {}

    /** Writes {@code out} (through a temp file, then renamed). */
    public static void write(Path out, int width, int height, int background, BufferedImage centre, int scale) throws IOException {
        int cw = centre == null ? 0 : centre.getWidth() * scale, ch = centre == null ? 0 : centre.getHeight() * scale;
        int x0 = (width - cw) / 2, y0 = (height - ch) / 2;
        int lineLength = 1 + 3 * width;
        byte[] up = new byte[lineLength], line = new byte[lineLength];
        up[0] = 2;                                                    // Up: a repeated row is all zeros
        byte[] upRun = rawDeflate(up, RUN), upOne = rawDeflate(up, 1);
        Deflater d = new Deflater(Deflater.BEST_SPEED, true);
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        z.write(0x78);
        z.write(0x01);
        long a = 1, b = 0;                                            // Adler-32 of everything deflated
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (DataOutputStream file = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            header(file, width, height);
            int last = Integer.MIN_VALUE, repeats = 0;
            for (int y = 0; y <= height; y++) {
                int cy = y - y0;
                int key = y == height ? Integer.MAX_VALUE : cy >= 0 && cy < ch ? cy / scale : -1;
                if (y > 0 && key == last) {
                    repeats++;
                    continue;
                }
                for (; repeats >= RUN; repeats -= RUN) z.write(upRun);
                for (; repeats > 0; repeats--) z.write(upOne);
                if (y == height) break;
                last = key;
                rowLine(line, key, width, x0, cw, scale, centre, background);
                d.setInput(line);
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH)) > 0) z.write(buf, 0, n);
                if (z.size() > 1 << 20) flush(file, z);
            }
            // checksum: every row in order; an Up row [2, 0 …] adds 2 to A and L·A + 2L to B
            last = Integer.MIN_VALUE;
            for (int y = 0; y < height; y++) {
                int cy = y - y0;
                int key = cy >= 0 && cy < ch ? cy / scale : -1;
                if (y > 0 && key == last) {
                    b = (b + (long) lineLength * a + 2L * lineLength) % ADLER;
                    a = (a + 2) % ADLER;
                    continue;
                }
                last = key;
                long[] ab = adler(a, b, rowLine(line, key, width, x0, cw, scale, centre, background));
                a = ab[0];
                b = ab[1];
            }
            d.setInput(new byte[0]);
            d.finish();
            byte[] buf = new byte[1 << 10];
            while (!d.finished()) z.write(buf, 0, d.deflate(buf));
            d.end();
            z.write((int) (b >> 8));
            z.write((int) b);
            z.write((int) (a >> 8));
            z.write((int) a);
            flush(file, z);
            chunk(file, "IEND", new byte[0]);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The row {@code key} of the centre (-1: background), Sub-filtered: a flat run is all zeros. */
    private static byte[] rowLine(byte[] line, int key, int width, int x0, int cw, int scale, BufferedImage centre, int background) {
        line[0] = 1;
        int before = 0;
        for (int x = 0; x < width; x++) {
            int cx = x - x0;
            int rgb = key >= 0 && cx >= 0 && cx < cw ? centre.getRGB(cx / scale, key) : background;
            line[1 + 3 * x] = (byte) ((rgb >> 16) - (before >> 16));
            line[2 + 3 * x] = (byte) ((rgb >> 8) - (before >> 8));
            line[3 + 3 * x] = (byte) (rgb - before);
            before = rgb;
        }
        return line;
    }

    private static long[] adler(long a, long b, byte[] data) {
        for (byte v : data) {
            a = (a + (v & 255)) % ADLER;
            b = (b + a) % ADLER;
        }
        return new long[]{a, b};
    }

    /** {@code times} copies of {@code row}, raw-deflated and ending on a full flush (so the bytes can be spliced in). */
    private static byte[] rawDeflate(byte[] row, int times) {
        Deflater d = new Deflater(Deflater.BEST_SPEED, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        for (int i = 0; i < times; i++) {
            d.setInput(row);
            int n;
            while ((n = d.deflate(buf, 0, buf.length, i == times - 1 ? Deflater.FULL_FLUSH : Deflater.NO_FLUSH)) > 0 || !d.needsInput()) {
                out.write(buf, 0, n);
            }
        }
        d.end();
        return out.toByteArray();
    }

    private static void flush(DataOutputStream file, ByteArrayOutputStream z) throws IOException {
        if (z.size() == 0) return;
        chunk(file, "IDAT", z.toByteArray());
        z.reset();
    }

    /** A PNG whose header claims {@code width}×{@code height} but whose pixel data stops after a row or two. */
    public static void writeTruncated(Path out, int width, int height) throws IOException {
        try (DataOutputStream file = new DataOutputStream(Files.newOutputStream(out))) {
            header(file, width, height);
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(b)) {
                z.write(new byte[1 + 3 * Math.min(width, 4096)]);
            }
            chunk(file, "IDAT", b.toByteArray());
            chunk(file, "IEND", new byte[0]);
        }
    }

    private static void header(DataOutputStream file, int width, int height) throws IOException {
        file.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[]{8, 2, 0, 0, 0}); // 8-bit RGB, deflate, adaptive filters, not interlaced
        chunk(file, "IHDR", ihdr.toByteArray());
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        CRC32 crc = new CRC32();
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        crc.update(t);
        crc.update(data);
        out.writeInt(data.length);
        out.write(t);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
