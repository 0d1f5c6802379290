package io.mouthpiece.export;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.SampleRate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Hands out the sound that belongs with each frame: after frame n, the samples up to the exact start of frame n+1
 * (floor(time·rate)). Over a whole export the sound is therefore exactly as long as the picture, to the sample.
 */
final class AudioPump {
    private final AudioSource source;
    private final FrameRate frameRate;
    private final SampleRate rate;
    private final int channels;
    private final float[] chunk;
    private final FloatBuffer direct;
    private long written;

    AudioPump(AudioSource source, FrameRate frameRate) {
        this.source = source;
        this.frameRate = frameRate;
        this.rate = new SampleRate(source.sampleRate());
        this.channels = source.channels();
        int perFrame = (int) frameRate.frameDuration().multiply(source.sampleRate()).ceil() + 1;
        this.chunk = new float[Math.max(1, perFrame * Math.max(1, channels))];
        this.direct = ByteBuffer.allocateDirect(chunk.length * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    boolean hasSound() { return channels > 0; }

    int channels() { return channels; }

    int sampleRate() { return rate.hz(); }

    /** Total sample frames for {@code frames} pictures. */
    long samplesFor(long frames) { return rate.sampleAt(frameRate.timeOf(frames)); }

    /** The interleaved samples that end at the start of frame {@code frame + 1}; positioned at 0, limit = length. */
    FloatBuffer afterFrame(long frame) throws IOException {
        direct.clear();
        if (!hasSound()) {
            direct.limit(0);
            return direct;
        }
        long upTo = samplesFor(frame + 1);
        int n = (int) (upTo - written);
        source.read(written, chunk, 0, n);
        written = upTo;
        direct.put(chunk, 0, n * channels).flip();
        return direct;
    }

    /** Same as {@link #afterFrame} but into a plain array (valid up to the returned sample-frame count × channels). */
    int afterFrame(long frame, float[][] out) throws IOException {
        FloatBuffer b = afterFrame(frame);
        int n = b.remaining();
        b.get(chunk, 0, n);
        out[0] = chunk;
        return n / Math.max(1, channels);
    }
}
