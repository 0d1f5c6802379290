package io.mouthpiece.face;

import io.mouthpiece.core.face.TrackedFrame;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.media.VideoFrameReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Tracks one face through a whole clip: decode → {@link FaceTracker} per frame, with progress and cancel. */
public final class VideoTracking {
    private VideoTracking() {}

    public static List<TrackedFrame> track(Path video, FaceAnalyzer analyzer, FaceTracker.Options options,
                                           FrameCache cache, Progress progress) throws IOException {
        List<TrackedFrame> out = new ArrayList<>();
        try (VideoFrameReader reader = VideoFrameReader.open(video)) {
            FaceTracker tracker = new FaceTracker(analyzer, options, cache);
            long total = reader.frameCountHint();
            VideoFrameReader.VideoFrame f;
            while ((f = reader.next()) != null) {
                progress.checkCancelled();
                out.add(tracker.next(f.index(), f.time(), RgbImage.of(f.image())));
                if (total > 0) progress.update(Math.min(1, (double) out.size() / total), "Tracking frame " + out.size());
            }
        }
        progress.update(1, "Tracked " + out.size() + " frames");
        return out;
    }

    /** Indices of frames where the face was lost. */
    public static List<Long> lostFrames(List<TrackedFrame> frames) {
        return frames.stream().filter(TrackedFrame::lost).map(TrackedFrame::index).toList();
    }
}
