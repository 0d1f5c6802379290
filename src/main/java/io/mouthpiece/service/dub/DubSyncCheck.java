package io.mouthpiece.service.dub;

import io.mouthpiece.core.face.TrackedFrame;
import io.mouthpiece.core.interchange.DubLine;
import io.mouthpiece.core.interchange.DubbedShot;
import io.mouthpiece.core.interchange.FrameSpan;
import io.mouthpiece.core.interchange.MediaFile;
import io.mouthpiece.core.interchange.SourceShot;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.media.ShotInfo;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.dub.sync.LineSync;
import io.mouthpiece.dub.sync.MouthAperture;
import io.mouthpiece.dub.sync.SyncReport;
import io.mouthpiece.dub.sync.SyncScorer;
import io.mouthpiece.face.FaceAnalyzer;
import io.mouthpiece.face.FaceTracker;
import io.mouthpiece.face.RgbImage;
import io.mouthpiece.media.ShotProber;
import io.mouthpiece.media.ShotReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dub checked the way a reviewer would: the output's frames of each line tracked by FaceMesh, the mouth aperture
 * scored against the line's dub audio (offset, confidence), against the shot's own sound under it (leak), with the
 * original picture and sound as the baseline; and the interchange files that place the dub in an edit.
 */
final class DubSyncCheck {
    static final int HZ = 16_000;

    private DubSyncCheck() {}

    /** A line's dub sound at {@link #HZ} and its bilabial closures (relative to the line's start). */
    record Heard(float[] audio, VisemeTrack visemes) {}

    /**
     * Scores every line of the encoded output {@code file}.
     *
     * @param original the shot's own sound at {@link #HZ} from its first frame, or null when it has none
     */
    static SyncReport score(Path file, String sourceName, ShotInfo shot, List<TrackedFrame> shotTracking, DubLines.Plan plan,
                            List<Heard> heard, float[] original, FaceAnalyzer analyzer, FaceTracker.Options options,
                            Progress progress) throws MediaException {
        FrameRate rate = shot.rate();
        SyncScorer scorer = new SyncScorer(rate.fps());
        double[] aperture = new double[(int) shot.frameCount()];
        Arrays.fill(aperture, Double.NaN);
        ShotProber.Probe probe = ShotProber.probe(file);
        long total = plan.lines().stream().mapToLong(DubLines.Line::frames).sum(), done = 0;
        try (ShotReader out = ShotReader.open(file, probe, false)) {
            for (DubLines.Line line : plan.lines()) {
                FaceTracker tracker = new FaceTracker(analyzer, options, null);
                for (long f = line.first(); f < line.end(); f++) {
                    progress.checkCancelled();
                    ShotReader.Picture p = out.frame(f - plan.first());
                    TrackedFrame t = tracker.next(f, rate.timeOf(f), new RgbImage(p.width(), p.height(), p.rgb()));
                    aperture[(int) f] = t.lost() ? Double.NaN : MouthAperture.of(t.face().landmarks());
                    progress.update(++done / (double) total, "Checking sync, frame " + done + " of " + total);
                }
            }
        }
        SyncScorer.Correlation baseline = original == null ? null
                : scorer.baseline(MouthAperture.perFrame(shotTracking), original, HZ);
        List<LineSync> scored = new ArrayList<>();
        for (int i = 0; i < plan.lines().size(); i++) {
            DubLines.Line line = plan.lines().get(i);
            Heard h = heard.get(i);
            float[] under = original == null ? null : slice(original, rate.timeOf(line.first()), h.audio().length);
            SyncScorer.Line l = scorer.line(line.id(), line.range(rate), aperture, h.audio(), HZ, under,
                    SyncScorer.bilabialClosures(h.visemes()));
            scored.add(scorer.score(l, baseline));
        }
        return new SyncReport(sourceName, rate.toString(), baseline, scored);
    }

    /** {@code n} samples of {@code pcm} from time {@code at} (zeros past its end). */
    static float[] slice(float[] pcm, Rational at, int n) {
        int a = (int) at.multiply(HZ).round();
        float[] out = new float[n];
        if (a < pcm.length) System.arraycopy(pcm, a, out, 0, Math.min(n, pcm.length - a));
        return out;
    }

    /** The timeline (OTIO) and EDL that place the dub over its source. */
    static DubbedShot interchange(DubRequest request, ShotInfo shot, DubLines.Plan plan, SyncReport report, Rational audioLength) {
        FrameRate rate = shot.rate();
        MediaFile source = MediaFile.of(request.video().toAbsolutePath());
        SourceShot src = shot.hasTimecode() ? SourceShot.of(source, rate, shot.timecode(), shot.frameCount())
                : new SourceShot(source, rate, 0, false, shot.frameCount());
        List<FrameSpan> rendered = plan.lines().stream().map(l -> new FrameSpan(l.first(), l.end())).toList();
        long audioFirst = rate.frameAt(plan.audioAt());
        long audioEnd = Math.min(shot.frameCount(), audioFirst + rate.framesCovering(audioLength));
        DubbedShot.PlacedMedia dub = audioEnd > audioFirst
                ? new DubbedShot.PlacedMedia(MediaFile.of(request.audio().toAbsolutePath()), new FrameSpan(audioFirst, audioEnd)) : null;
        List<DubLine> lines = new ArrayList<>();
        for (int i = 0; i < plan.lines().size(); i++) {
            DubLines.Line l = plan.lines().get(i);
            LineSync s = report.lines().get(i);
            lines.add(new DubLine(l.id(), rate.timeOf(l.first()), rate.timeOf(l.end()), s.offsetFrames(), s.confidence(),
                    s.leak() == null ? Double.NaN : s.leak(), s.flags()));
        }
        return new DubbedShot(request.output().getFileName().toString(), src, MediaFile.of(request.output().toAbsolutePath()),
                new FrameSpan(plan.first(), plan.end()), rendered, dub, lines);
    }
}
