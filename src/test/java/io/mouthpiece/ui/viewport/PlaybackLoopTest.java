package io.mouthpiece.ui.viewport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** In/out looping: a 4 s take at 25 fps (100 frames) with in at frame 10 and out after frame 29, on a test clock. */
class PlaybackLoopTest {
    long nanos;
    final WallClock clock = new WallClock(() -> nanos);
    final PlaybackViewModel pb = new PlaybackViewModel(clock);
    final FrameRate rate = FrameRate.FPS_25;

    @BeforeEach
    void take() {
        pb.setTake(rate, new TimeRange(Rational.ZERO, Rational.of(4)), TimeRange.between(rate.timeOf(10), rate.timeOf(30)));
    }

    void advanceMillis(long ms) {
        nanos += ms * 1_000_000L;
        pb.pulse();
    }

    @Test
    void reachingTheOutPointReturnsToTheInPoint() {
        assertEquals(100, pb.frameCount(), "the playhead still roams the whole take");
        pb.seekFrame(28);
        pb.togglePlay();
        advanceMillis(40);   // frame 29, the last inside
        assertEquals(29, pb.frameProperty().get());
        advanceMillis(40);   // frame 30 is the out point: back to 10
        assertEquals(10, pb.frameProperty().get());
        assertEquals(rate.timeOf(10), pb.timeProperty().get(), "exactly the in point's time");
        assertTrue(pb.isPlaying());
        advanceMillis(200);  // the clock restarted at the in point: 5 frames later
        assertEquals(15, pb.frameProperty().get());
        advanceMillis(1000); // 25 frames on from 15 = 40 → wraps inside the 20-frame range to 20
        assertEquals(20, pb.frameProperty().get());
    }

    @Test
    void spaceOutsideTheRangeStartsAtTheInPointAndLoopOffRunsToTheEnd() {
        pb.seekFrame(70);
        assertEquals(70, pb.frameProperty().get(), "seeking outside in/out is allowed");
        pb.togglePlay();
        assertEquals(10, pb.frameProperty().get(), "loop on: play starts at the in point");
        pb.pause();

        pb.loopProperty().set(false);
        pb.seekFrame(28);
        pb.togglePlay();
        advanceMillis(400);  // plays through the out point
        assertEquals(38, pb.frameProperty().get());
        advanceMillis(4000);
        assertEquals(99, pb.frameProperty().get());
        assertFalse(pb.isPlaying(), "without loop playback stops on the take's last frame");
    }

    @Test
    void backwardsLoopWrapsToTheOutPoint() {
        pb.seekFrame(11);
        pb.shuttleBackward();
        advanceMillis(80); // two frames back from the end of 11: below 10 → wraps to 29
        assertEquals(29, pb.frameProperty().get());
    }

    @Test
    void theLoopRangeFollowsANewInOut() {
        pb.setTake(rate, new TimeRange(Rational.ZERO, Rational.of(4)), TimeRange.between(rate.timeOf(50), rate.timeOf(52)));
        pb.seekFrame(51);
        pb.togglePlay(); // parked on the last frame of the range: starts again at its in point
        assertEquals(50, pb.frameProperty().get());
        advanceMillis(80);
        assertEquals(50, pb.frameProperty().get(), "frame 52 is outside: back to 50");
    }
}
