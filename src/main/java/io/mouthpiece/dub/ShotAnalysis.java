package io.mouthpiece.dub;

import io.mouthpiece.core.face.TrackedFrame;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.media.ShotInfo;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.face.FaceAnalyzer;
import io.mouthpiece.face.FaceTracker;
import io.mouthpiece.face.FrameCache;
import io.mouthpiece.face.RgbImage;
import io.mouthpiece.media.ShotProber;
import io.mouthpiece.media.ShotReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the dubbing engine learns from a shot in one decoding pass: the probe (and what to tell the user
 * about it), the face tracked on every frame, and every frame's mouth descriptor. Pictures are not kept; the
 * tracking keeps the 468 landmarks per frame (about 6 KB a frame).
 */
public record ShotAnalysis(Path file, ShotProber.Probe probe, List<String> notices, List<TrackedFrame> tracked,
                           List<MouthDescriptor> descriptors) {

    public ShotAnalysis {
        tracked = List.copyOf(tracked);
        descriptors = List.copyOf(descriptors);
        notices = List.copyOf(notices);
    }

    /**
     * Probes, checks and analyses {@code file}. A variable-rate shot is conformed (with a notice) or refused, as
     * {@code policy} says; the face to follow is chosen by {@code options}.
     *
     * @throws MediaException naming the file when it cannot be read, or when the policy refuses it
     */
    public static ShotAnalysis of(Path file, FaceAnalyzer analyzer, FaceTracker.Options options, FrameCache cache,
                                  ShotInfo.VariableRatePolicy policy, Progress progress) throws MediaException {
        ShotProber.Probe probe = ShotProber.probe(file);
        List<String> notices = probe.info().notices(policy);
        List<TrackedFrame> tracked = new ArrayList<>();
        List<MouthDescriptor> descriptors = new ArrayList<>();
        try (ShotReader reader = ShotReader.open(file, probe, policy == ShotInfo.VariableRatePolicy.CONFORM)) {
            FaceTracker tracker = new FaceTracker(analyzer, options, cache);
            long n = reader.frameCount();
            for (long i = 0; i < n; i++) {
                progress.checkCancelled();
                ShotReader.Picture p = reader.frame(i);
                RgbImage img = new RgbImage(p.width(), p.height(), p.rgb());
                TrackedFrame t = tracker.next(i, p.time(), img);
                tracked.add(t);
                descriptors.add(MouthMeasure.describe(t, img));
                progress.update((i + 1.0) / n, "Analysing frame " + (i + 1) + " of " + n);
            }
        }
        return new ShotAnalysis(file, probe, notices, tracked, descriptors);
    }

    public ShotInfo info() { return probe.info(); }

    /** Frames where the face was lost, for the user's list of flags. */
    public List<Long> lostFrames() {
        return tracked.stream().filter(TrackedFrame::lost).map(TrackedFrame::index).toList();
    }
}
