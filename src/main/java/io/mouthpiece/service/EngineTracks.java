package io.mouthpiece.service;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.MotionLayers;
import io.mouthpiece.core.persist.AtomicFiles;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.MotionTrack;
import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.lipsync.cues.ArkitCsvWriter;
import io.mouthpiece.lipsync.cues.CueFormat;
import io.mouthpiece.lipsync.cues.MouthCue;
import io.mouthpiece.lipsync.cues.OculusWriter;
import io.mouthpiece.lipsync.cues.RhubarbWriters;
import io.mouthpiece.lipsync.motion.Coarticulation;
import io.mouthpiece.lipsync.motion.MotionCurves;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Engine tracks beside a rendered take: the lip-sync of every animated character over the export range, shifted so
 * the range starts at 0 (the video's first frame). Rhubarb / Oculus formats come from the viseme lane; ARKit CSV
 * samples the take's evaluated motion (generated layer + the user's keys), so hand edits reach the game engine too.
 * Files are named {@code <base>[.<character>].<kind>.<ext>} so they never collide with a sprite sheet's own JSON.
 */
public final class EngineTracks {
    private EngineTracks() {}

    /** The file name tail for each format: {@code .rhubarb.tsv}, {@code .oculus.json}, {@code .arkit.csv}, … */
    public static String suffix(CueFormat f) {
        return switch (f) {
            case TSV, JSON, XML -> ".rhubarb." + f.extension();
            case DAT -> ".moho.dat";
            case OCULUS -> ".oculus.json";
            case ARKIT -> ".arkit.csv";
        };
    }

    /** True when some animated character of {@code scene} has a viseme lane (the take was lip-synced). */
    public static boolean available(TakeScene scene) {
        return !speakers(scene).isEmpty();
    }

    /**
     * The track texts, by file name (without folder), for {@code formats} over the scene's range at {@code rate}.
     * @param base the output's name without extension
     * @throws IllegalArgumentException when no character has been lip-synced yet
     */
    public static Map<String, String> render(TakeScene scene, Set<CueFormat> formats, FrameRate rate, String base,
                                             String soundName) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (formats.isEmpty()) return out;
        List<Actor> speakers = speakers(scene);
        if (speakers.isEmpty()) {
            throw new IllegalArgumentException("engine tracks need the take's lip sync: analyse the take first (Take \u2192 Analyse)");
        }
        TimeRange range = scene.range();
        for (Actor a : speakers) {
            MotionTrack m = scene.take().motionOf(a.id()).orElseThrow();
            VisemeTrack lane = slice(m.visemes(), range);
            String stem = speakers.size() == 1 ? base : base + "." + safe(a.name());
            for (CueFormat f : formats) {
                StringBuilder sb = new StringBuilder();
                switch (f) {
                    case TSV -> RhubarbWriters.tsv(MouthCue.fromTrack(lane), sb);
                    case JSON -> RhubarbWriters.json(MouthCue.fromTrack(lane), soundName, lane.duration(), sb);
                    case XML -> RhubarbWriters.xml(MouthCue.fromTrack(lane), soundName, lane.duration(), sb);
                    case DAT -> RhubarbWriters.dat(MouthCue.fromTrack(lane), rate, false, sb);
                    case OCULUS -> OculusWriter.write(new Coarticulation().apply(lane, rate).visemeWeights(), rate, sb);
                    case ARKIT -> ArkitCsvWriter.write(sample(m.motion(), range, rate), sb);
                }
                out.put(stem + suffix(f), sb.toString());
            }
        }
        return out;
    }

    /** Writes each track atomically into {@code folder}; returns the paths written. */
    public static List<Path> write(Path folder, Map<String, String> tracks) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> e : tracks.entrySet()) {
            Path p = folder.resolve(e.getKey());
            AtomicFiles.writeString(p, e.getValue());
            written.add(p);
        }
        return written;
    }

    private static List<Actor> speakers(TakeScene scene) {
        return scene.characters().stream()
                .filter(a -> scene.take().motionOf(a.id()).map(MotionTrack::visemes).isPresent())
                .toList();
    }

    /** The part of {@code track} inside {@code range}, moved to start at 0 (silence where the track is shorter). */
    static VisemeTrack slice(VisemeTrack track, TimeRange range) {
        Rational start = range.start(), end = range.end();
        List<VisemeSegment> out = new ArrayList<>();
        Rational t = Rational.ZERO;
        for (VisemeSegment s : track.segments()) {
            Rational a = s.start().max(start), b = s.end().min(end);
            if (!a.isBefore(b)) continue;
            out.add(new VisemeSegment(a.subtract(start), b.subtract(start), s.viseme(), s.intensity()));
            t = b.subtract(start);
        }
        Rational d = range.duration();
        if (t.isBefore(d)) out.add(new VisemeSegment(t, d, io.mouthpiece.core.speech.Viseme.SIL, 0));
        return new VisemeTrack(out, d);
    }

    /** The evaluated motion on the output's frame grid over {@code range}. */
    static MotionCurves sample(MotionLayers motion, TimeRange range, FrameRate rate) {
        int n = Math.toIntExact(rate.framesCovering(range.duration()));
        Channel[] all = Channel.values();
        float[][] v = new float[all.length][n];
        for (int i = 0; i < n; i++) {
            float[] at = motion.evaluateAll(range.start().add(rate.timeOf(i)));
            for (Channel c : all) v[c.ordinal()][i] = at[c.ordinal()];
        }
        Map<Channel, float[]> m = new EnumMap<>(Channel.class);
        for (Channel c : all) m.put(c, v[c.ordinal()]);
        return new MotionCurves(rate, n, m);
    }

    private static String safe(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "character" : s;
    }
}
