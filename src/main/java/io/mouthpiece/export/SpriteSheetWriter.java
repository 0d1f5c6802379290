package io.mouthpiece.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mouthpiece.core.time.FrameRate;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One PNG atlas, frames left to right then top to bottom, plus a JSON frame table (TexturePacker-like "frames" array
 * with pixel rectangles, exact start times and durations). The whole atlas is held in memory, so its size is
 * capped at {@link ExportSettings#MAX_SIZE} per side, the usual GPU texture limit.
 */
final class SpriteSheetWriter {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SpriteSheetWriter() {}

    record Layout(int columns, int rows, int frameW, int frameH) {
        int sheetW() { return columns * frameW; }

        int sheetH() { return rows * frameH; }
    }

    /** Columns ≈ square sheet, limited by the texture size; throws with a clear message if it cannot fit. */
    static Layout layout(long frames, int w, int h) {
        int maxCols = Math.max(1, ExportSettings.MAX_SIZE / w);
        long cols = Math.min(Math.min(frames, maxCols), Math.max(1, (long) Math.ceil(Math.sqrt(frames * (double) h / w))));
        long rows = (frames + cols - 1) / cols;
        if (rows * h > ExportSettings.MAX_SIZE) {
            throw new IllegalArgumentException("a sprite sheet of " + frames + " frames at " + w + "x" + h + " needs "
                    + cols * w + "x" + rows * h + " pixels, above the " + ExportSettings.MAX_SIZE
                    + " px texture limit: export a shorter range or a smaller size");
        }
        return new Layout((int) cols, (int) rows, w, h);
    }

    @JsonPropertyOrder({"app", "version", "image", "format", "size", "frameSize", "frameRate", "frameCount", "columns", "rows",
            "aiGenerated", "comment"})
    record Meta(String app, String version, String image, String format, Size size, Size frameSize, String frameRate,
                long frameCount, int columns, int rows, boolean aiGenerated, String comment) { }

    record Size(int w, int h) { }

    record Rect(int x, int y, int w, int h) { }

    @JsonPropertyOrder({"index", "filename", "frame", "time", "durationMs"})
    record FrameEntry(int index, String filename, Rect frame, String time, double durationMs) { }

    record Sheet(Meta meta, List<FrameEntry> frames) { }

    static void write(Path pngTmp, Path jsonTmp, String imageName, String base, FramePipeline pipe, long frames,
                      FrameRate rate, int zlibLevel, Map<String, String> text, String appVersion, ProgressMeter meter)
            throws IOException {
        Layout l = layout(frames, pipe.width(), pipe.height());
        BufferedImage sheet = new BufferedImage(l.sheetW(), l.sheetH(), BufferedImage.TYPE_INT_ARGB);
        int[] px = ((DataBufferInt) sheet.getRaster().getDataBuffer()).getData();
        List<FrameEntry> entries = new ArrayList<>();
        double durMs = rate.frameDuration().toDouble() * 1000;
        for (int n = 0; n < frames; n++) {
            pipe.produce(n);
            int x0 = (n % l.columns()) * l.frameW();
            int y0 = (n / l.columns()) * l.frameH();
            for (int y = 0; y < l.frameH(); y++) {
                pipe.ints().get(y * l.frameW(), px, (y0 + y) * l.sheetW() + x0, l.frameW());
            }
            entries.add(new FrameEntry(n, String.format("%s_%05d", base, n), new Rect(x0, y0, l.frameW(), l.frameH()),
                    rate.timeOf(n).toString(), Math.round(durMs * 1000) / 1000.0));
            meter.frameDone(n + 1);
        }
        PngFiles.write(sheet, pngTmp, zlibLevel, text);
        Meta meta = new Meta("Mouthpiece", appVersion, imageName, "RGBA8888", new Size(l.sheetW(), l.sheetH()),
                new Size(l.frameW(), l.frameH()), rate.toString(), frames, l.columns(), l.rows(), true,
                text.getOrDefault("Comment", ""));
        Files.write(jsonTmp, JSON.writeValueAsBytes(new Sheet(meta, entries)));
    }
}
