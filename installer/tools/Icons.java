import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Draws the Mouthpiece app icon (a speech bubble holding an open mouth) with Java2D and writes it in every form the
 * installers need: PNGs at 16..1024 px (Linux, docs), a Windows {@code .ico} and a macOS {@code .icns}. Both container
 * formats here hold PNG payloads, which Windows Vista+ and macOS 10.7+ read, so no ImageMagick or iconutil is needed.
 * The icon is vector-drawn at each size, so small sizes stay sharp instead of being downscaled.
 *
 * <p>Run: {@code java -Djava.awt.headless=true installer/tools/Icons.java <out-folder>}
 */
public final class Icons {
    static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
    static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Icons <out-folder>");
            System.exit(2);
        }
        write(Path.of(args[0]));
    }

    /** Writes mouthpiece-N.png for each size, mouthpiece.png (512), mouthpiece.ico and mouthpiece.icns into out. */
    public static void write(Path out) throws IOException {
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int s : PNG_SIZES) {
            png.put(s, encode(draw(s)));
            Files.write(out.resolve("mouthpiece-" + s + ".png"), png.get(s));
        }
        Files.write(out.resolve("mouthpiece.png"), png.get(512));
        Files.write(out.resolve("mouthpiece.ico"), ico(png));
        Files.write(out.resolve("mouthpiece.icns"), icns(png));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 100.0, size / 100.0); // draw in a 100x100 design space
        // tile: rounded square with a warm gradient
        g.setPaint(new GradientPaint(0, 0, new Color(0xF2, 0x6B, 0x5B), 100, 100, new Color(0xB8, 0x2E, 0x6E)));
        g.fill(new RoundRectangle2D.Double(2, 2, 96, 96, 26, 26));
        // speech bubble: ellipse + tail at the lower left
        Area bubble = new Area(new Ellipse2D.Double(12, 16, 76, 60));
        Path2D tail = new Path2D.Double();
        tail.moveTo(24, 62);
        tail.lineTo(16, 88);
        tail.lineTo(42, 72);
        tail.closePath();
        bubble.add(new Area(tail));
        g.setColor(Color.WHITE);
        g.fill(bubble);
        // open mouth: lips outline, dark cavity, a band of upper teeth
        Path2D lips = new Path2D.Double();
        lips.moveTo(26, 44);
        lips.curveTo(36, 30, 44, 33, 50, 36);
        lips.curveTo(56, 33, 64, 30, 74, 44);
        lips.curveTo(66, 62, 34, 62, 26, 44);
        lips.closePath();
        g.setColor(new Color(0xC8, 0x2B, 0x4A));
        g.fill(lips);
        Path2D cavity = new Path2D.Double();
        cavity.moveTo(32, 44);
        cavity.curveTo(42, 40, 58, 40, 68, 44);
        cavity.curveTo(60, 55, 40, 55, 32, 44);
        cavity.closePath();
        g.setColor(new Color(0x3A, 0x0D, 0x1C));
        g.fill(cavity);
        if (size >= 32) { // teeth only where they are more than a smudge
            Area teeth = new Area(new RoundRectangle2D.Double(37, 41, 26, 4.5, 2, 2));
            teeth.intersect(new Area(cavity));
            g.setColor(new Color(0xF7, 0xF3, 0xEE));
            g.fill(teeth);
        }
        if (size >= 64) {
            g.setStroke(new BasicStroke(0.8f));
            g.setColor(new Color(0x9A, 0x1E, 0x38));
            g.draw(lips);
        }
        g.dispose();
        return img;
    }

    static byte[] encode(BufferedImage img) throws IOException {
        var bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(img, "png", bytes)) throw new IOException("no PNG writer");
        return bytes.toByteArray();
    }

    /** ICO with PNG entries: 6-byte header, 16-byte directory entries, then the PNG files (little endian). */
    static byte[] ico(Map<Integer, byte[]> png) {
        int n = ICO_SIZES.length;
        int total = 6 + 16 * n;
        for (int s : ICO_SIZES) total += png.get(s).length;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) n);
        int offset = 6 + 16 * n;
        for (int s : ICO_SIZES) {
            byte[] data = png.get(s);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)); // 0 means 256
            b.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            b.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : ICO_SIZES) b.put(png.get(s));
        return b.array();
    }

    /** ICNS with PNG entries: 'icns' + length, then (type, length incl. 8-byte header, PNG) blocks (big endian). */
    static byte[] icns(Map<Integer, byte[]> png) {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        int total = 8;
        for (int s : types.values()) total += 8 + png.get(s).length;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        types.forEach((type, s) -> {
            byte[] data = png.get(s);
            b.put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + data.length).put(data);
        });
        return b.array();
    }
}
