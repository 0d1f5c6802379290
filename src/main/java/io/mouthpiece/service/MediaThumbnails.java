package io.mouthpiece.service;

import io.mouthpiece.audio.PeaksBuilder;
import io.mouthpiece.audio.PeaksCache;
import io.mouthpiece.audio.WaveformPeaks;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.media.AudioDecoder;
import io.mouthpiece.media.ImageReader;
import io.mouthpiece.media.VideoFrameReader;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Small pictures for the media bin: a picture scaled down, a video's first frame, or a waveform drawn from the sound's
 * min/max peaks. Made off the UI thread; kept in memory (a small LRU) and on disk under {@code cacheDir} keyed by the
 * file's SHA-256, so reopening a project decodes nothing. Thread-safe.
 */
public final class MediaThumbnails {
    /** Thumbnail box in pixels; pictures keep their aspect ratio inside it. */
    public static final int WIDTH = 96;
    public static final int HEIGHT = 64;
    /** Peak buckets per second of sound at the coarsest stored level: enough for a 96-pixel strip of any length. */
    static final int PEAK_RATE = 8000;
    static final int PEAK_BUCKET = 32;
    private static final int WAVE = 0xff4fb3d9;
    private static final int WAVE_BG = 0xff1c1d21;
    private static final int MEMORY_ITEMS = 256;
    /** A picture is read at most this large for its thumbnail (a giant one subsampled on read, in little memory). */
    private static final int READ_SIDE = ImageReader.VERIFY_SIDE;

    /**
     * ARGB pixels of a thumbnail, row by row; {@code sourceWidth/Height} are the picture's own size (0 for sound),
     * {@code peaks} the sound's peaks (null for pictures).
     */
    public record Thumbnail(int width, int height, int[] argb, int sourceWidth, int sourceHeight, WaveformPeaks peaks) {
        public int pixel(int x, int y) { return argb[y * width + x]; }
    }

    private final Path cacheDir;
    private final PeaksCache peaksCache;
    private final Map<String, Thumbnail> memory = new LinkedHashMap<>(64, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Thumbnail> e) { return size() > MEMORY_ITEMS; }
    };

    /** @param cacheDir where thumbnails and peaks are kept between sessions (null: memory only) */
    public MediaThumbnails(Path cacheDir) {
        this.cacheDir = cacheDir;
        this.peaksCache = cacheDir == null ? null : new PeaksCache(cacheDir.resolve("peaks"));
    }

    /** The thumbnail of {@code media} in {@code folder}, from a cache or made now. */
    public Thumbnail thumbnail(Path folder, MediaRef media, Progress progress) throws IOException {
        String key = key(media);
        synchronized (memory) {
            Thumbnail hit = key == null ? null : memory.get(key);
            if (hit != null) return hit;
        }
        Path file = folder.resolve(media.path());
        if (!Files.isRegularFile(file)) throw new MediaException(media.path() + " is missing from the project folder");
        Thumbnail t = media.kind() == MediaKind.AUDIO ? waveform(file, key, progress) : picture(file, media, key);
        if (key != null) synchronized (memory) { memory.put(key, t); }
        return t;
    }

    private Thumbnail picture(Path file, MediaRef media, String key) throws IOException {
        Path disk = cacheDir == null || key == null ? null : cacheDir.resolve("thumbs").resolve(key + ".png");
        if (disk != null && Files.isRegularFile(disk)) {
            try {
                BufferedImage cached = ImageIO.read(disk.toFile());
                int[] size = sizeOf(disk);
                if (cached != null && size != null) return of(cached, size[0], size[1]);
            } catch (IOException | RuntimeException damaged) {
                // rebuilt below
            }
        }
        BufferedImage full;
        int sw, sh; // the size of the picture in the file, which the bin shows
        if (media.kind() == MediaKind.VIDEO) {
            try (VideoFrameReader r = VideoFrameReader.open(file)) {
                VideoFrameReader.VideoFrame f = r.next();
                if (f == null) throw new MediaException(media.path() + " has no frames");
                full = f.image();
            }
            sw = full.getWidth();
            sh = full.getHeight();
        } else {
            ImageReader.Picture p = ImageReader.decode(file, READ_SIDE, (long) READ_SIDE * READ_SIDE);
            full = p.image();
            sw = p.sourceWidth();
            sh = p.sourceHeight();
        }
        BufferedImage small = scaled(full, WIDTH, HEIGHT);
        if (disk != null) store(disk, small, sw, sh);
        return of(small, sw, sh);
    }

    /** Scales down in halving steps (each one bilinear), which averages like an area filter and stays fast. */
    static BufferedImage scaled(BufferedImage src, int boxW, int boxH) {
        double s = Math.min(1, Math.min((double) boxW / src.getWidth(), (double) boxH / src.getHeight()));
        int tw = Math.max(1, (int) Math.round(src.getWidth() * s));
        int th = Math.max(1, (int) Math.round(src.getHeight() * s));
        BufferedImage cur = src;
        int w = src.getWidth(), h = src.getHeight();
        do {
            w = Math.max(tw, w / 2);
            h = Math.max(th, h / 2);
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(cur, 0, 0, w, h, null);
            g.dispose();
            cur = next;
        } while (w != tw || h != th);
        return cur;
    }

    private Thumbnail waveform(Path file, String key, Progress progress) throws IOException {
        WaveformPeaks peaks = null;
        if (peaksCache != null && key != null) peaks = peaksCache.load(key).orElse(null);
        if (peaks == null) {
            PeaksBuilder b = new PeaksBuilder(PEAK_RATE, PEAK_BUCKET);
            try {
                new AudioDecoder().decode(file, PEAK_RATE, b::accept, progress);
            } catch (io.mouthpiece.media.AudioDecodeException e) {
                throw new MediaException(e.getMessage(), e);
            }
            peaks = b.build();
            if (peaksCache != null && key != null) peaksCache.store(key, peaks);
        }
        return new Thumbnail(WIDTH, HEIGHT, drawWave(peaks, WIDTH, HEIGHT), 0, 0, peaks);
    }

    /** One column per pixel: a vertical bar from the column's lowest to its highest sample. */
    static int[] drawWave(WaveformPeaks p, int w, int h) {
        int[] px = new int[w * h];
        java.util.Arrays.fill(px, WAVE_BG);
        double perPixel = Math.max(1, p.sampleCount() / (double) w);
        int level = p.levelFor(perPixel);
        long per = p.samplesPerBucket(level);
        int mid = h / 2;
        for (int x = 0; x < w; x++) {
            int b0 = (int) (x * perPixel / per);
            int b1 = Math.max(b0 + 1, (int) Math.ceil((x + 1) * perPixel / per));
            float lo = 0, hi = 0;
            for (int b = b0; b < Math.min(b1, p.buckets(level)); b++) {
                lo = Math.min(lo, p.min(level, b));
                hi = Math.max(hi, p.max(level, b));
            }
            int top = (int) Math.round(mid - hi * (mid - 1));
            int bottom = (int) Math.round(mid - lo * (mid - 1));
            for (int y = Math.max(0, top); y <= Math.min(h - 1, bottom); y++) px[y * w + x] = WAVE;
        }
        return px;
    }

    private static Thumbnail of(BufferedImage img, int sw, int sh) {
        int w = img.getWidth(), h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < argb.length; i++) argb[i] |= 0xff000000;
        return new Thumbnail(w, h, argb, sw, sh, null);
    }

    /** Cache key: the content hash (a changed file gets a new thumbnail); null when the project lacks one. */
    private static String key(MediaRef m) {
        String sha = m.sha256();
        return sha == null || !sha.matches("[0-9a-f]{16,128}") ? null : sha.substring(0, 32) + "-" + m.bytes();
    }

    // The source size travels in a tiny sidecar so a cached thumbnail can still say "1024 × 1024".
    private static void store(Path disk, BufferedImage small, int sw, int sh) {
        try {
            Files.createDirectories(disk.getParent());
            Path tmp = Files.createTempFile(disk.getParent(), "thumb", ".tmp");
            ImageIO.write(small, "png", tmp.toFile());
            Files.move(tmp, disk, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Path size = disk.resolveSibling(disk.getFileName() + ".size");
            Path stmp = Files.createTempFile(disk.getParent(), "size", ".tmp");
            Files.writeString(stmp, sw + "x" + sh);
            Files.move(stmp, size, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException ignored) {
            // the cache is an optimisation: failing to write it only costs a decode next time
        }
    }

    private static int[] sizeOf(Path disk) {
        try {
            String[] p = Files.readString(disk.resolveSibling(disk.getFileName() + ".size")).strip().split("x");
            return new int[]{Integer.parseInt(p[0]), Integer.parseInt(p[1])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** For tests: how many thumbnails sit in memory. */
    int inMemory() {
        synchronized (memory) { return memory.size(); }
    }

    Optional<Thumbnail> cached(MediaRef m) {
        String key = key(m);
        synchronized (memory) { return Optional.ofNullable(key == null ? null : memory.get(key)); }
    }
}
