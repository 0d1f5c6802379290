package io.mouthpiece.ui.viewport;

import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.SampleRate;
import io.mouthpiece.export.AudioSource;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the take's dialogue mixdown on the default audio device at 1× forward, and then <em>is</em> the playback
 * clock: take time = start + frames the device has played / rate, so picture follows sound. A feeder thread decodes
 * and writes small chunks. Without a device (CI, headless servers, a busy device) and for shuttle speeds it falls back
 * silently to the {@link WallClock}; {@code onStatus} says which clock runs. Never throws for a missing device.
 * While paused, {@link #scrub} plays short faded grains ({@link ScrubGrain}) at the scrubbed position: newest wins, and
 * a grain is only queued when the device has less than one grain left, so the sound never lags the pointer.
 */
public final class AudioClock implements PlaybackClock, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AudioClock.class);
    public static final int RATE = 48_000;
    private static final int CHUNK = 1024; // ~21 ms per write, so a stop never waits long

    /** The take's sound: a fresh stream (sample 0 = {@code origin}) each time playback starts. */
    public record Feed(Supplier<AudioSource> source, Rational origin) {}

    private final WallClock wall;
    private final Consumer<String> onStatus;
    private final Executor fx;
    private volatile Feed feed;
    private volatile SourceDataLine line;   // null until opened, or when there is no device
    private volatile boolean audio;         // the current run is timed by the device
    private volatile Rational from = Rational.ZERO;
    private volatile long baseFrames;
    private Thread feeder;
    private volatile boolean feeding;
    /** The newest scrub position not yet played (null: none), and the worker that plays it. */
    private final java.util.concurrent.atomic.AtomicReference<Rational> scrubAt = new java.util.concurrent.atomic.AtomicReference<>();
    private Thread scrubber;
    private volatile boolean closed;

    /**
     * @param onStatus receives one line for the status bar (on the {@code fx} executor)
     * @param openDevice false to never touch the sound system (tests)
     */
    public AudioClock(WallClock wall, boolean openDevice, Executor fx, Consumer<String> onStatus) {
        this.wall = wall;
        this.fx = fx;
        this.onStatus = onStatus;
        if (openDevice) {
            Thread t = new Thread(this::open, "audio-open");
            t.setDaemon(true);
            t.start();
        } else {
            status("Audio off: playback follows the wall clock");
        }
    }

    private void open() {
        AudioFormat fmt = new AudioFormat(RATE, 16, 1, true, false);
        try {
            SourceDataLine l = AudioSystem.getSourceDataLine(fmt);
            l.open(fmt, RATE / 5 * 2); // 200 ms buffer
            line = l;
            status("Audio: " + RATE / 1000 + " kHz output; picture follows the sound");
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            log.info("no audio output ({}); playback follows the wall clock", e.getMessage());
            status("No audio device: playing silently against the wall clock");
        }
    }

    private void status(String s) { fx.execute(() -> onStatus.accept(s)); }

    /** What to play from now on (the current take's mixdown); null for silence. */
    public void setFeed(Feed f) { feed = f; }

    @Override
    public synchronized void start(Rational t, int speed) {
        stopFeeder();
        wall.start(t, speed);
        SourceDataLine l = line;
        Feed f = feed;
        audio = l != null && f != null && speed == 1;
        if (!audio) return;
        from = t;
        l.flush();
        baseFrames = l.getLongFramePosition();
        long first = new SampleRate(RATE).sampleAt(t.subtract(f.origin()));
        feeding = true;
        feeder = new Thread(() -> feed(l, f, first), "audio-feed");
        feeder.setDaemon(true);
        feeder.start();
    }

    private void feed(SourceDataLine l, Feed f, long position) {
        float[] pcm = new float[CHUNK];
        byte[] bytes = new byte[CHUNK * 2];
        try (AudioSource src = f.source().get()) {
            boolean started = false;
            while (feeding) {
                src.read(position, pcm, 0, CHUNK);
                for (int i = 0; i < CHUNK; i++) {
                    int s = Math.round(Math.max(-1f, Math.min(1f, pcm[i])) * 32767f);
                    bytes[2 * i] = (byte) s;
                    bytes[2 * i + 1] = (byte) (s >> 8);
                }
                int off = 0;
                while (feeding && off < bytes.length) {
                    off += l.write(bytes, off, bytes.length - off);
                    if (!started) {
                        l.start();
                        started = true;
                    }
                }
                position += CHUNK;
            }
        } catch (IOException | RuntimeException e) {
            log.warn("audio playback stopped: {}", e.getMessage());
            // the clock keeps counting device frames; with nothing written it stalls, so hand over to the wall clock
            audio = false;
        }
    }

    @Override
    public Rational now() {
        SourceDataLine l = line;
        if (!audio || l == null) return wall.now();
        return from.add(Rational.of(l.getLongFramePosition() - baseFrames, RATE));
    }

    @Override
    public synchronized void stop() {
        stopFeeder();
        wall.stop();
        audio = false;
    }

    private void stopFeeder() {
        feeding = false;
        SourceDataLine l = line;
        if (l != null) {
            l.stop();
            l.flush(); // unblocks a pending write
        }
        if (feeder != null) {
            try {
                feeder.join(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            feeder = null;
        }
    }

    /**
     * Plays a short grain of the take's sound at {@code t} (dragging the playhead). Ignored while playing, and silent
     * without a device or a feed (headless, no dialogue). Any thread; returns at once.
     */
    public void scrub(Rational t) {
        if (audio || line == null || feed == null || closed) return;
        scrubAt.set(t);
        synchronized (this) {
            if (scrubber == null) {
                scrubber = new Thread(this::scrubLoop, "audio-scrub");
                scrubber.setDaemon(true);
                scrubber.start();
            }
            notifyAll();
        }
    }

    private void scrubLoop() {
        Feed open = null;
        AudioSource src = null;
        int grainBytes = ScrubGrain.LENGTH * 2;
        try {
            while (!closed) {
                Rational t;
                synchronized (this) {
                    while (!closed && scrubAt.get() == null) wait(500);
                    t = scrubAt.getAndSet(null);
                }
                SourceDataLine l = line;
                Feed f = feed;
                if (t == null || l == null || f == null || audio) continue;
                // wait until less than a grain is queued: a newer position may replace this one meanwhile
                while (!closed && !audio && l.getBufferSize() - l.available() > grainBytes) Thread.sleep(5);
                Rational newest = scrubAt.getAndSet(null);
                if (newest != null) t = newest;
                if (f != open) {
                    if (src != null) src.close();
                    src = f.source().get();
                    open = f;
                }
                byte[] b = ScrubGrain.pcm16(ScrubGrain.read(src, new SampleRate(RATE).sampleAt(t.subtract(f.origin()))));
                if (audio) continue;
                l.start();
                l.write(b, 0, b.length);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            log.warn("audio scrubbing stopped: {}", e.getMessage());
        } finally {
            try {
                if (src != null) src.close();
            } catch (IOException e) {
                log.debug("closing the scrub source: {}", e.getMessage());
            }
            synchronized (this) {
                scrubber = null;
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
        stopFeeder();
        SourceDataLine l = line;
        line = null;
        if (l != null) l.close();
    }
}
