package io.mouthpiece.ui.viewport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Playhead math: frames, exact times, stepping, J/K/L, looping, against a wall clock whose time the test sets. */
class PlaybackViewModelTest {
    long nanos;
    final WallClock clock = new WallClock(() -> nanos);
    final PlaybackViewModel pb = new PlaybackViewModel(clock);

    @BeforeEach
    void take() {
        // 2 s at NTSC 30000/1001, in point at 1 s: 60 frames (the last one partial)
        pb.setTake(FrameRate.NTSC, new TimeRange(Rational.ONE, Rational.of(2)));
    }

    void advanceMillis(long ms) {
        nanos += ms * 1_000_000L;
        pb.pulse();
    }

    @Test
    void framesAndTimesAreExact() {
        assertEquals(60, pb.frameCount());
        assertEquals(Rational.ONE, pb.timeProperty().get());
        pb.step(1);
        assertEquals(1, pb.frameProperty().get());
        assertEquals(Rational.ONE.add(Rational.of(1001, 30000)), pb.timeProperty().get());
        pb.end();
        assertEquals(59, pb.frameProperty().get());
        assertEquals(Rational.ONE.add(Rational.of(59 * 1001, 30000)), pb.timeProperty().get());
        pb.step(5); // clamped at the out point
        assertEquals(59, pb.frameProperty().get());
        pb.home();
        pb.step(-1);
        assertEquals(0, pb.frameProperty().get());
        // seeking a time inside frame 10 lands on frame 10's start
        pb.seek(Rational.ONE.add(Rational.of(10 * 1001, 30000)).add(Rational.of(1, 100_000)));
        assertEquals(10, pb.frameProperty().get());
    }

    @Test
    void playFollowsTheClockFrameAccurately() {
        pb.togglePlay();
        assertTrue(pb.isPlaying());
        advanceMillis(500); // 0.5 s × 29.97 = 14.985 → frame 14
        assertEquals(14, pb.frameProperty().get());
        advanceMillis(1);   // 0.501 s → 15.01 → frame 15
        assertEquals(15, pb.frameProperty().get());
        pb.togglePlay();
        advanceMillis(1000);
        assertEquals(15, pb.frameProperty().get(), "paused: the clock no longer moves the playhead");
    }

    @Test
    void jklShuttles() {
        pb.seekFrame(30);
        pb.shuttleForward();
        assertEquals(1, pb.speedProperty().get());
        pb.shuttleForward();
        assertEquals(2, pb.speedProperty().get());
        pb.shuttleForward();
        pb.shuttleForward();
        assertEquals(4, pb.speedProperty().get(), "L tops out at 4x");
        advanceMillis(100); // 0.4 s of take time = 11.99 frames
        assertEquals(41, pb.frameProperty().get());
        pb.shuttleBackward();
        assertEquals(-1, pb.speedProperty().get(), "J while going forward reverses at 1x");
        pb.shuttleBackward();
        assertEquals(-2, pb.speedProperty().get());
        advanceMillis(200); // back 0.4 s = 11.99 frames from the start of frame 41
        assertEquals(29, pb.frameProperty().get());
        pb.pause(); // K
        assertFalse(pb.isPlaying());
        advanceMillis(500);
        assertEquals(29, pb.frameProperty().get());
    }

    @Test
    void loopsAtTheOutPointOrStopsThere() {
        pb.seekFrame(58);
        pb.togglePlay();
        advanceMillis(100); // 58 + 2.997 → past the end (60): wraps to frame 0
        assertEquals(0, pb.frameProperty().get());
        assertTrue(pb.isPlaying());
        advanceMillis(100);
        assertEquals(2, pb.frameProperty().get(), "the clock restarted at the in point");

        pb.loopProperty().set(false);
        pb.end();
        advanceMillis(100);
        assertEquals(59, pb.frameProperty().get());
        assertFalse(pb.isPlaying(), "without loop playback stops on the last frame");
        pb.togglePlay(); // from the last frame, play starts again at the in point
        assertEquals(0, pb.frameProperty().get());
    }

    @Test
    void aNewTakeKeepsThePlayheadWhereItCan() {
        pb.seekFrame(45);
        pb.setTake(FrameRate.FPS_25, new TimeRange(Rational.ZERO, Rational.of(3)));
        // the old frame 45 started at 1 + 45·1001/30000 = 2.5015 s → frame 62 at 25 fps
        assertEquals(62, pb.frameProperty().get());
        pb.setTake(FrameRate.FPS_25, new TimeRange(Rational.ZERO, Rational.ONE));
        assertEquals(24, pb.frameProperty().get(), "clamped into a shorter take");
    }
}
