package io.mouthpiece.service;

import io.mouthpiece.core.persist.LoadedProject;
import io.mouthpiece.core.persist.MediaStatus;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.Timecode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A project's summary for people (text) and tools (a JSON-ready map): format, characters, takes, media states. */
public final class ProjectSummary {
    private ProjectSummary() {}

    public static String text(LoadedProject lp) {
        Project p = lp.project();
        StringBuilder sb = new StringBuilder();
        sb.append("Project    ").append(p.name()).append('\n');
        sb.append("Folder     ").append(lp.folder()).append('\n');
        sb.append("Format     ").append(p.width()).append('x').append(p.height()).append(" @ ")
                .append(fps(p)).append(" fps (").append(p.frameRate()).append(")\n");
        sb.append("Characters ").append(p.actors().size()).append('\n');
        for (Actor a : p.actors()) {
            sb.append("  - ").append(a.name()).append("  [").append(a.id()).append("]  source: ")
                    .append(p.mediaById(a.sourceMediaId()).map(MediaRef::path).orElse("(none)"))
                    .append("  consent: ").append(consent(a)).append('\n');
        }
        sb.append("Takes      ").append(p.takes().size()).append('\n');
        for (Take t : p.takes()) {
            sb.append("  - ").append(t.name()).append("  ").append(duration(p, t.duration()))
                    .append("  dialogue clips: ").append(t.dialogue().stream().mapToInt(d -> d.clips().size()).sum())
                    .append("  user keys: ").append(t.motion().stream().flatMap(m -> m.motion().user().values().stream())
                            .mapToInt(c -> c.keys().size()).sum())
                    .append('\n');
            for (var d : t.dialogue()) {
                for (AudioClip c : d.clips()) {
                    sb.append("      ").append(p.mediaById(c.mediaId()).map(MediaRef::path).orElse(c.mediaId()))
                            .append(" at ").append(Timecode.format(c.range().start(), p.frameRate(), true))
                            .append(", ").append(seconds(c.range().duration())).append(" s");
                    if (!c.transcript().isBlank()) sb.append("  \"").append(c.transcript().strip()).append('"');
                    sb.append('\n');
                }
            }
        }
        sb.append("Media      ").append(p.media().size());
        List<String> missing = lp.missingMediaIds();
        sb.append(missing.isEmpty() ? ", all present" : ", " + missing.size() + " MISSING OR CHANGED").append('\n');
        for (MediaRef m : p.media()) {
            MediaStatus s = lp.media().getOrDefault(m.id(), MediaStatus.OK);
            sb.append("  - ").append(m.path()).append("  ").append(m.kind().id());
            if (m.duration() != null) sb.append(", ").append(seconds(m.duration())).append(" s");
            if (s != MediaStatus.OK) sb.append("  ** ").append(s.name()).append(" **");
            sb.append('\n');
        }
        return sb.toString();
    }

    public static Map<String, Object> json(LoadedProject lp) {
        Project p = lp.project();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("folder", lp.folder().toString());
        m.put("frameRate", p.frameRate().toString());
        m.put("width", p.width());
        m.put("height", p.height());
        List<Map<String, Object>> actors = new ArrayList<>();
        for (Actor a : p.actors()) {
            actors.add(Map.of("id", a.id(), "name", a.name(), "realPerson", a.consent().realPerson(),
                    "consentRecorded", a.consent().isRecorded()));
        }
        m.put("characters", actors);
        List<Map<String, Object>> takes = new ArrayList<>();
        for (Take t : p.takes()) {
            takes.add(Map.of("id", t.id(), "name", t.name(), "duration", t.duration().toString(),
                    "durationSeconds", t.duration().toDouble(),
                    "frames", p.frameRate().framesCovering(t.duration())));
        }
        m.put("takes", takes);
        List<Map<String, Object>> media = new ArrayList<>();
        for (MediaRef r : p.media()) {
            media.add(Map.of("id", r.id(), "path", r.path(), "kind", r.kind().id(),
                    "status", lp.media().getOrDefault(r.id(), MediaStatus.OK).name().toLowerCase(Locale.ROOT)));
        }
        m.put("media", media);
        m.put("missingMedia", lp.missingMediaIds().size());
        return m;
    }

    private static String consent(Actor a) {
        var c = a.consent();
        if (!c.isRecorded()) return "not recorded";
        return c.realPerson() ? "real person, statement recorded " + c.recordedAt() : "declared not a real person";
    }

    private static String fps(Project p) { return String.format(Locale.ROOT, "%.3f", p.frameRate().toDouble()).replaceAll("\\.?0+$", ""); }

    private static String duration(Project p, Rational d) {
        return Timecode.format(p.frameRate().framesCovering(d), p.frameRate(), true) + " (" + seconds(d) + " s)";
    }

    private static String seconds(Rational r) { return String.format(Locale.ROOT, "%.3f", r.toDouble()); }
}
