package io.mouthpiece.service.dub;

import io.mouthpiece.core.cues.CueSheet;
import io.mouthpiece.core.cues.CueSheets;
import io.mouthpiece.core.face.TrackedFrame;
import io.mouthpiece.core.interchange.Cmx3600Writer;
import io.mouthpiece.core.interchange.DubbedShot;
import io.mouthpiece.core.interchange.OtioWriter;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.media.ShotInfo;
import io.mouthpiece.core.persist.AtomicFiles;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.dub.DubSynthesis;
import io.mouthpiece.dub.FootageDubber;
import io.mouthpiece.dub.MouthSelector;
import io.mouthpiece.dub.ShapeMapping;
import io.mouthpiece.dub.ShotAnalysis;
import io.mouthpiece.dub.sync.LineSync;
import io.mouthpiece.dub.sync.SyncReport;
import io.mouthpiece.face.FaceAnalyzer;
import io.mouthpiece.face.FaceTracker;
import io.mouthpiece.face.FrameCache;
import io.mouthpiece.lipsync.motion.Coarticulation;
import io.mouthpiece.lipsync.motion.MotionCurves;
import io.mouthpiece.media.AudioDecodeException;
import io.mouthpiece.media.AudioDecoder;
import io.mouthpiece.media.EncodeSpec;
import io.mouthpiece.media.ShotReader;
import io.mouthpiece.service.FaceService;
import io.mouthpiece.service.LipsyncService;
import io.mouthpiece.service.NoFaceException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * Dubs a filmed shot with new dialogue: the shot analysed once, each line lip-synced from its audio (and words),
 * the shot's own mouths chosen and composited for the line's frames, every other frame of the range passed through,
 * encoded at the source's size, rate, frame count and timecode with the dub mixed in; then each line is checked on
 * the output (sync report) and placed in an edit (OTIO, EDL). Everything is written under temporary names and
 * renamed into place at the end, so a failed or killed run leaves nothing at the output's name.
 */
public final class DubService {
    /** What one dub produced. */
    public record Result(Path output, Path report, Path otio, Path edl, Path provenance, ShotInfo shot,
                         List<DubLines.Line> lines, List<LineSync> scores, List<int[]> statusCounts, long frames,
                         List<String> notices) {}

    private final FaceService faces;
    private final LipsyncService lipsync;
    private final AudioDecoder decoder = new AudioDecoder();

    public DubService(FaceService faces, LipsyncService lipsync) {
        this.faces = faces;
        this.lipsync = lipsync;
    }

    /**
     * @param notices told what the user should know as it happens (a conformed frame rate, skipped cues)
     * @throws NoFaceException when no frame of the shot shows the face
     * @throws MediaException  naming the file when an input cannot be read or does not fit (a dub longer than the shot)
     */
    public Result dub(DubRequest req, Consumer<String> notices, Progress progress) throws IOException {
        for (Path p : new Path[] {req.video(), req.audio(), req.cues()}) {
            if (p != null && !Files.isRegularFile(p)) throw new NoSuchFileException(p.toString());
        }
        DubRequest.Container container = req.container();
        CueSheet cues = req.cues() == null ? null : CueSheets.read(req.cues());
        FaceTracker.Options options = new FaceTracker.Options(req.face(), FaceTracker.Options.DEFAULT.smoothing(),
                FaceTracker.Options.DEFAULT.cutThreshold());
        List<String> told = new ArrayList<>();
        Consumer<String> tell = n -> { told.add(n); notices.accept(n); };
        try (FaceAnalyzer analyzer = faces.openAnalyzer()) {
            ShotAnalysis shot = ShotAnalysis.of(req.video(), analyzer, options, new FrameCache(),
                    ShotInfo.VariableRatePolicy.CONFORM, progress.slice(0, 0.35));
            shot.notices().forEach(tell);
            ShotInfo info = shot.info();
            String name = req.video().getFileName().toString();
            if (shot.tracked().stream().allMatch(TrackedFrame::lost)) {
                throw new NoFaceException("No face found in any frame of " + name
                        + (req.face() > 0 ? " (asked for face " + req.face() + ")" : "") + ".");
            }
            if (!shot.lostFrames().isEmpty()) {
                tell.accept("The face is lost on " + shot.lostFrames().size() + " of " + info.frameCount()
                        + " frames; those frames are left as they are");
            }
            long[] range = DubLines.range(info, req.from(), req.to());
            float[] dub48 = decode(req.audio(), DubEncoding.SAMPLE_RATE, info);
            Rational audioLength = Rational.of(dub48.length, DubEncoding.SAMPLE_RATE);
            String audioName = req.audio().getFileName().toString();
            DubLines.Plan plan = cues == null
                    ? DubLines.whole(info, range[0], range[1], audioLength, req.transcript(), audioName)
                    : DubLines.cued(info, range[0], range[1], cues, audioLength, audioName);
            plan.notices().forEach(tell);

            FrameRate rate = info.rate();
            float[] dub16 = decode(req.audio(), DubSyncCheck.HZ, info);
            List<DubSyncCheck.Heard> heard = new ArrayList<>();
            List<List<ShapeMapping.ChannelSource>> channels = new ArrayList<>();
            for (int i = 0; i < plan.lines().size(); i++) {
                DubLines.Line l = plan.lines().get(i);
                Progress p = progress.slice(0.35 + 0.1 * i / plan.lines().size(), 0.35 + 0.1 * (i + 1) / plan.lines().size());
                VisemeTrack v = lipsync.analyseClip(req.audio(), l.audioIn(), rate.timeOf(l.frames()), l.transcript(), p);
                channels.add(frames(new Coarticulation().apply(v, rate).curves(), l.frames()));
                heard.add(new DubSyncCheck.Heard(DubSyncCheck.slice(dub16, l.audioIn(), (int) rate.timeOf(l.frames())
                        .multiply(DubSyncCheck.HZ).round()), v));
            }

            boolean hasSound = info.audioChannels() > 0;
            float[] original16 = hasSound ? decode(req.video(), DubSyncCheck.HZ, info) : null;
            float[] mix = mix(dub48, plan, rate, req.keepOriginal() && hasSound ? decode(req.video(), DubEncoding.SAMPLE_RATE, info) : null);
            EncodeSpec spec = DubEncoding.spec(req, info, info.hasTimecode() ? info.timecodeOf(plan.first()) : null, true);

            Path out = req.output().toAbsolutePath();
            Files.createDirectories(out.getParent());
            List<Path[]> staged = new ArrayList<>();
            boolean committed = false;
            try {
                Path tmp = stage(staged, out);
                List<int[]> counts = encode(shot, plan, channels, spec, tmp, mix, progress.slice(0.45, 0.8));
                SyncReport report = DubSyncCheck.score(tmp, name, info, shot.tracked(), plan, heard, original16, analyzer,
                        options, progress.slice(0.8, 1));
                Path reportFile = req.reportFile().toAbsolutePath();
                report.write(stage(staged, reportFile));
                DubbedShot edit = DubSyncCheck.interchange(req, info, plan, report, audioLength);
                Path otio = req.sibling(".otio").toAbsolutePath(), edl = req.sibling(".edl").toAbsolutePath();
                OtioWriter.write(edit, stage(staged, otio));
                Cmx3600Writer.write(edit, stage(staged, edl));
                Path sidecar = io.mouthpiece.export.ExportService.sidecarOf(out);
                DubProvenance.write(stage(staged, sidecar), req, info, plan, tmp, spec);
                for (Path[] s : staged) AtomicFiles.moveIntoPlace(s[0], s[1]);
                committed = true;
                return new Result(out, reportFile, otio, edl, sidecar, info, plan.lines(), report.lines(), counts,
                        plan.frames(), List.copyOf(told));
            } finally {
                if (!committed) for (Path[] s : staged) Files.deleteIfExists(s[0]);
            }
        }
    }

    private static Path stage(List<Path[]> staged, Path target) {
        Path tmp = AtomicFiles.tempSibling(target);
        staged.add(new Path[] {tmp, target});
        return tmp;
    }

    /** Every output frame in order: dubbed lines from the synthesis, the rest the decoded source frame. */
    private static List<int[]> encode(ShotAnalysis shot, DubLines.Plan plan, List<List<ShapeMapping.ChannelSource>> channels,
                                      EncodeSpec spec, Path tmp, float[] mix, Progress progress) throws MediaException {
        FootageDubber dubber = new FootageDubber(shot, new MouthSelector());
        List<int[]> counts = new ArrayList<>();
        long n = plan.frames();
        try (ShotReader reader = ShotReader.open(shot.file(), shot.probe(), shot.info().timing().variable());
             DubEncoding enc = DubEncoding.open(tmp, spec, shot.info().rate(), mix)) {
            long next = plan.first();
            for (int i = 0; i < plan.lines().size(); i++) {
                DubLines.Line l = plan.lines().get(i);
                while (next < l.first()) {
                    progress.checkCancelled();
                    enc.write(reader.frame(next++).rgb());
                    progress.update(enc.written() / (double) n, "Writing frame " + enc.written() + " of " + n);
                }
                // the line's own frames may not stand in for its mouths, unless that would leave too few
                IntPredicate excluded = l.frames() * 2 <= shot.tracked().size()
                        ? f -> f >= l.first() && f < l.end() : null;
                FootageDubber.Report r = dubber.dub(l.first(), channels.get(i), null, excluded, (f, rgb, st) -> {
                    enc.write(rgb);
                    progress.update(enc.written() / (double) n, "Dubbing frame " + enc.written() + " of " + n);
                }, Progress.NONE);
                int[] c = new int[DubSynthesis.Status.values().length];
                for (DubSynthesis.Status s : DubSynthesis.Status.values()) c[s.ordinal()] = r.count(s);
                counts.add(c);
                next = l.end();
            }
            while (next < plan.end()) {
                progress.checkCancelled();
                enc.write(reader.frame(next++).rgb());
                progress.update(enc.written() / (double) n, "Writing frame " + enc.written() + " of " + n);
            }
            enc.finish();
        }
        return counts;
    }

    /** The line's mouth channels per frame (lip sync → coarticulated curves, as for takes). */
    private static List<ShapeMapping.ChannelSource> frames(MotionCurves curves, long frames) {
        List<ShapeMapping.ChannelSource> out = new ArrayList<>();
        for (int k = 0; k < frames; k++) {
            int i = Math.min(k, curves.frames() - 1);
            out.add(ch -> i >= 0 && curves.channels().contains(ch) ? curves.value(ch, i) : 0);
        }
        return out;
    }

    /** The output's sound: the dub where it sits on the shot's timeline, over the shot's own sound when kept. */
    private static float[] mix(float[] dub, DubLines.Plan plan, FrameRate rate, float[] original) {
        int hz = DubEncoding.SAMPLE_RATE;
        int n = (int) rate.timeOf(plan.frames()).multiply(hz).round();
        long outStart = rate.timeOf(plan.first()).multiply(hz).round();
        long dubOffset = outStart - plan.audioAt().multiply(hz).round();
        float[] out = new float[n];
        for (int s = 0; s < n; s++) {
            long d = s + dubOffset, o = s + outStart;
            float v = d >= 0 && d < dub.length ? dub[(int) d] : 0;
            if (original != null && o < original.length) v += original[(int) o];
            out[s] = Math.max(-1, Math.min(1, v));
        }
        return out;
    }

    private float[] decode(Path file, int hz, ShotInfo shot) throws MediaException {
        try {
            return decoder.decodeAll(file, hz, shot.duration().toDouble() + 3600).samples();
        } catch (AudioDecodeException | IllegalStateException e) {
            throw new MediaException("Cannot read the sound of " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
