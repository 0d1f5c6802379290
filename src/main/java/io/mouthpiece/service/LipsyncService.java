package io.mouthpiece.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.audio.SpeechFeatures;
import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.SampledCurve;
import io.mouthpiece.core.persist.AnalysisCache;
import io.mouthpiece.core.persist.CacheLocator;
import io.mouthpiece.core.persist.MediaCheck;
import io.mouthpiece.core.persist.ProjectJson;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.MotionDials;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.SampleRate;
import io.mouthpiece.lipsync.LipsyncAnalyzer;
import io.mouthpiece.lipsync.text.Pronouncer;
import io.mouthpiece.core.speech.Transcript;
import io.mouthpiece.lipsync.VisemeClassifier;
import io.mouthpiece.lipsync.motion.AutoMotion;
import io.mouthpiece.lipsync.motion.Coarticulation;
import io.mouthpiece.lipsync.motion.MotionCurves;
import io.mouthpiece.media.ClipAudioReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lip sync for one character on one take: each dialogue clip's sound (from its source in-point, over its range) →
 * viseme track, placed at the clip's timeline position in one take-wide track (silence between clips) → mouth
 * curves (coarticulation) + auto motion (blinks, gaze, head, brows, breath) with the character's dials, sampled at
 * the project rate → {@code MotionEdits.setGenerated}. Per-clip viseme tracks are cached by the clip's media SHA-256,
 * in-point and length, and the classifier's identity. A file that no longer holds the recorded SHA-256 (changed on disk
 * and not yet taken into the project) is analysed as it is now and bypasses the cache both ways: its result neither comes
 * from nor goes to the recorded content's entry. Thread-safe (the classifier is read-only).
 */
public final class LipsyncService {
    static final String CACHE_KIND = "visemes";
    static final String ANALYSER = "mouthpiece.lipsync.2"; // 2: audio-only smoothing by mouth shape (model card, Round 5)
    /** Channels the mouth-amplitude dial scales: how far the mouth opens and shapes, not whether lips close. */
    private static final Set<Channel> AMPLITUDE = Set.of(Channel.JAW_OPEN, Channel.MOUTH_LOWER_DOWN, Channel.MOUTH_UPPER_UP,
            Channel.MOUTH_FUNNEL, Channel.MOUTH_PUCKER, Channel.MOUTH_STRETCH);
    private static final ObjectMapper JSON = ProjectJson.mapper();

    private final VisemeClassifier classifier;
    private final VisemeClassifier alignClassifier;
    private final String classifierId;
    private final Pronouncer pronouncer;
    private final CacheLocator caches;
    private final MediaCheck check;

    /** @param classifierId identifies the classifier's weights in cache keys (e.g. its file's SHA-256) */
    public LipsyncService(VisemeClassifier classifier, String classifierId) {
        this(classifier, classifierId, null);
    }

    /**
     * @param pronouncer turns a clip's transcript into phones for forced alignment (English); null analyses the audio
     *                   alone even where a transcript exists
     */
    public LipsyncService(VisemeClassifier classifier, String classifierId, Pronouncer pronouncer) {
        this(classifier, classifierId, pronouncer, CacheLocator.IN_PROJECT);
    }

    /** @param caches where each project's per-clip results are cached */
    public LipsyncService(VisemeClassifier classifier, String classifierId, Pronouncer pronouncer, CacheLocator caches) {
        this(classifier, classifier, classifierId, pronouncer, caches, new MediaCheck());
    }

    /**
     * @param alignClassifier scores the frames when a transcript is aligned ({@code classifier} otherwise); the
     *                        shipped pair is models/lipsync/viseme-mlp.bin and viseme-align-mlp.bin
     * @param classifierId    identifies both classifiers' weights in cache keys
     * @param check           tells whether a clip's sound still holds its recorded content (the studio shares the project
     *                        store's, so a file is hashed once per change)
     */
    public LipsyncService(VisemeClassifier classifier, VisemeClassifier alignClassifier, String classifierId,
                          Pronouncer pronouncer, CacheLocator caches, MediaCheck check) {
        this.check = check;
        this.classifier = classifier;
        this.alignClassifier = alignClassifier;
        this.classifierId = classifierId;
        this.pronouncer = pronouncer;
        this.caches = caches;
    }

    /** Analyses {@code actorId}'s dialogue on {@code takeId}; a character with no clips gets silence + idle motion. */
    public Edit analyse(Project project, Path projectFolder, String takeId, String actorId, Progress progress) throws IOException {
        Take take = project.take(takeId);
        Actor actor = project.actor(actorId);
        List<AudioClip> clips = take.dialogueOf(actorId).map(d -> d.clips()).orElse(List.of());
        List<VisemeSegment> segs = new ArrayList<>();
        Rational end = take.duration();
        Rational t = Rational.ZERO;
        for (int i = 0; i < clips.size(); i++) {
            AudioClip c = clips.get(i);
            if (!c.range().start().isBefore(end)) break;
            Progress p = progress.slice((double) i / clips.size(), (double) (i + 1) / clips.size());
            VisemeTrack clipTrack = clipVisemes(project, projectFolder, c, p);
            Rational offset = c.range().start();
            if (offset.isAfter(t)) segs.add(new VisemeSegment(t, offset, Viseme.SIL, 0));
            for (VisemeSegment s : clipTrack.segments()) {
                Rational a = s.start().add(offset), b = s.end().add(offset).min(end);
                if (!b.isAfter(a)) break;
                segs.add(new VisemeSegment(a, b, s.viseme(), s.intensity()));
            }
            t = offset.add(clipTrack.duration()).min(end);
        }
        if (end.isAfter(t)) segs.add(new VisemeSegment(t, end, Viseme.SIL, 0));
        VisemeTrack track = new VisemeTrack(segs, end);
        Map<Channel, SampledCurve> curves = curves(track, project.frameRate(), actor.dials());
        progress.update(1, "lip sync done");
        return MotionEdits.setGenerated(takeId, actorId, curves, track);
    }

    /** The generated layer for a take-wide viseme track: mouth curves + auto motion with the character's dials. */
    public static Map<Channel, SampledCurve> curves(VisemeTrack track, FrameRate rate, MotionDials dials) {
        if (track.duration().isZero()) return Map.of();
        MotionCurves mouth = new Coarticulation().apply(track, rate).curves();
        AutoMotion.Settings auto = new AutoMotion.Settings(dials.blinkRate(), dials.gazeActivity(), dials.headMotion(),
                dials.browMotion(), dials.breathing(), dials.seed());
        MotionCurves all = mouth.with(AutoMotion.generate(track, rate, auto));
        Map<Channel, SampledCurve> out = new EnumMap<>(Channel.class);
        for (Channel c : all.channels()) {
            float[] v = all.samples(c).clone();
            if (AMPLITUDE.contains(c) && dials.mouthAmplitude() != 1) {
                for (int i = 0; i < v.length; i++) v[i] = (float) c.clamp(v[i] * dials.mouthAmplitude());
            }
            // the curves are sampled at frame centres (Coarticulation, AutoMotion): place each sample there
            out.put(c, new SampledCurve(rate.frameDuration().divide(2), rate, v));
        }
        return out;
    }

    /** One clip's visemes over [0, clip duration), from the cache or analysed now. */
    VisemeTrack clipVisemes(Project project, Path projectFolder, AudioClip clip, Progress progress) throws IOException {
        MediaRef media = project.mediaById(clip.mediaId()).orElseThrow(() ->
                new IllegalArgumentException("clip '" + clip.id() + "' uses media '" + clip.mediaId() + "', which the project lacks"));
        AnalysisCache cache = projectFolder == null ? null : caches.forProject(projectFolder);
        Path file = (projectFolder == null ? Path.of("") : projectFolder).resolve(media.path());
        boolean cacheable = cache != null && check.cachesUnderRecordedHash(file, media);
        String transcript = pronouncer == null ? "" : clip.transcript().strip();
        String key = AnalysisCache.key(ANALYSER + "|" + classifierId, media.sha256(), clip.sourceIn().toString(),
                clip.range().duration().toString(), "text=" + transcript);
        if (cacheable) {
            var hit = cache.get(CACHE_KIND, key);
            if (hit.isPresent()) {
                try {
                    VisemeTrack v = JSON.readValue(hit.get(), VisemeTrack.class);
                    if (v.duration().equals(clip.range().duration())) return v;
                } catch (IOException | RuntimeException unreadable) {
                    // a damaged entry is a miss
                }
            }
        }
        VisemeTrack v = analyseClip(file, clip.sourceIn(), clip.range().duration(), transcript, progress);
        if (cacheable) cache.put(CACHE_KIND, key, JSON.writeValueAsBytes(v));
        return v;
    }

    /**
     * Visemes of {@code length} of {@code file}'s sound from {@code sourceIn}; where the media ends first the rest is
     * silence, so the track is exactly {@code length} long.
     */
    public VisemeTrack analyseClip(Path file, Rational sourceIn, Rational length, Progress progress) throws IOException {
        return analyseClip(file, sourceIn, length, "", progress);
    }

    /** As above; a non-blank {@code transcript} (English) is force-aligned to the audio for sharper timing. */
    public VisemeTrack analyseClip(Path file, Rational sourceIn, Rational length, String transcript, Progress progress)
            throws IOException {
        int hz = SpeechFeatures.SAMPLE_RATE;
        long want = new SampleRate(hz).sampleAt(length);
        LipsyncAnalyzer analyzer = pronouncer != null && !transcript.isBlank()
                ? new LipsyncAnalyzer(classifier, alignClassifier, pronouncer, new Transcript(transcript, Locale.US))
                : new LipsyncAnalyzer(classifier);
        float[] buf = new float[8192];
        long got = 0;
        try (ClipAudioReader r = ClipAudioReader.open(file, sourceIn, hz)) {
            while (got < want) {
                progress.checkCancelled();
                int n = r.read(buf, 0, (int) Math.min(buf.length, want - got));
                if (n < 0) break;
                analyzer.accept(buf, n);
                got += n;
                progress.update(0.95 * got / want, "analysing speech");
            }
        }
        java.util.Arrays.fill(buf, 0f);
        while (got < want) {   // media shorter than the clip: silence
            int n = (int) Math.min(buf.length, want - got);
            analyzer.accept(buf, n);
            got += n;
        }
        VisemeTrack samples = analyzer.finish(want);
        return retime(samples, length);
    }

    /** The analyser's duration is whole samples; stretch the last segment to the clip's exact length. */
    private static VisemeTrack retime(VisemeTrack t, Rational length) {
        if (t.duration().equals(length)) return t;
        List<VisemeSegment> s = new ArrayList<>();
        for (VisemeSegment g : t.segments()) {
            if (!g.start().isBefore(length)) break;
            s.add(g.end().isAfter(length) ? new VisemeSegment(g.start(), length, g.viseme(), g.intensity()) : g);
        }
        if (s.isEmpty()) return VisemeTrack.silent(length);
        VisemeSegment last = s.removeLast();
        s.add(new VisemeSegment(last.start(), length, last.viseme(), last.intensity()));
        return new VisemeTrack(s, length);
    }
}
