package io.mouthpiece.service;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Small media files written by the tests themselves: a two-colour PNG, a sine WAV, a PNG that claims 20k × 20k. */
public final class MediaFixtures {
    private MediaFixtures() {}

    /** {@code w}×{@code h}: left half red, right half blue. */
    public static Path png(Path file, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, w / 2, h);
        g.setColor(Color.BLUE);
        g.fillRect(w / 2, 0, w - w / 2, h);
        g.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /**
     * 16-bit mono PCM: {@code seconds} of a 440 Hz sine at {@code amplitude}, silent in the first half when
     * {@code silentFirstHalf}.
     */
    public static Path wav(Path file, double seconds, double amplitude, boolean silentFirstHalf) throws IOException {
        int rate = 16000;
        int n = (int) Math.round(seconds * rate);
        ByteBuffer data = ByteBuffer.allocate(n * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            double v = silentFirstHalf && i < n / 2 ? 0 : amplitude * Math.sin(2 * Math.PI * 440 * i / rate);
            data.putShort((short) Math.round(v * 32767));
        }
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes()).putInt(36 + n * 2).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(n * 2);
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] out = new byte[44 + n * 2];
        System.arraycopy(h.array(), 0, out, 0, 44);
        System.arraycopy(data.array(), 0, out, 44, n * 2);
        Files.write(file, out);
        return file;
    }

    /** A well-formed PNG whose header says {@code w}×{@code h} but whose pixel data is a single row of zeros. */
    public static Path hugePngHeader(Path file, int w, int h) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater d = new Deflater();
        d.setInput(new byte[1 + 3 * Math.min(w, 64)]);
        d.finish();
        byte[] z = new byte[4096];
        int len = d.deflate(z);
        chunk(out, "IDAT", java.util.Arrays.copyOf(z, len));
        chunk(out, "IEND", new byte[0]);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        out.writeInt(data.length);
        byte[] t = type.getBytes();
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
