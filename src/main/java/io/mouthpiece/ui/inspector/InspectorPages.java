package io.mouthpiece.ui.inspector;

import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.DialogueTrack;
import io.mouthpiece.core.project.ExpressionPreset;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.MotionTrack;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.Timecode;
import io.mouthpiece.ui.inspector.InspectorPage.CharacterPage;
import io.mouthpiece.ui.inspector.InspectorPage.ClipPage;
import io.mouthpiece.ui.inspector.InspectorPage.KeyPage;
import io.mouthpiece.ui.inspector.InspectorPage.MediaPage;
import io.mouthpiece.ui.inspector.InspectorPage.ProjectPage;
import io.mouthpiece.ui.inspector.InspectorPage.TakePage;
import io.mouthpiece.ui.selection.StudioSelection.Focus;
import java.nio.file.Files;
import java.nio.file.Path;
import io.mouthpiece.core.persist.MediaCheck;
import io.mouthpiece.core.persist.MediaStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Builds the page for a focus; a focus whose object is gone (deleted, undone) shows the project. */
final class InspectorPages {
    private InspectorPages() {}

    static InspectorPage of(Project p, Take take, Focus focus, Path folder, MediaCheck check) {
        InspectorPage page = switch (focus) {
            case Focus.OfTake f -> p.takeById(f.takeId()).map(t -> take(p, t)).orElse(null);
            case Focus.OfCharacter f -> p.actorById(f.actorId()).map(a -> character(p, take, a)).orElse(null);
            case Focus.OfClip f -> clip(p, take, f.clipId());
            case Focus.OfMedia f -> p.mediaById(f.mediaId()).map(m -> media(m, folder, check)).orElse(null);
            case Focus.OfKey f -> key(p, take, f);
            case Focus.None n -> null;
        };
        return page != null ? page : project(p, folder);
    }

    static String tc(Rational t, FrameRate r) { return Timecode.format(t, r, Timecode.dropFrameApplies(r)); }

    private static ProjectPage project(Project p, Path folder) {
        return new ProjectPage(p.name(), p.frameRate() + " fps \u00b7 " + p.width() + "\u00d7" + p.height(),
                count(p.actors().size(), "character"), count(p.takes().size(), "take"),
                folder == null ? "(not saved yet)" : folder.toString(), p.background());
    }

    private static TakePage take(Project p, Take t) {
        FrameRate r = p.frameRate();
        List<String> chars = new ArrayList<>();
        for (Actor a : p.actors()) {
            boolean on = t.dialogueOf(a.id()).isPresent() || t.motionOf(a.id()).isPresent()
                    || Objects.equals(a.sourceMediaId(), t.pictureMediaId());
            if (on) chars.add(a.name());
        }
        String picture = t.pictureMediaId() == null ? "(none)"
                : p.mediaById(t.pictureMediaId()).map(MediaRef::fileName).orElse("(missing media)");
        return new TakePage(t.id(), t.name(), tc(t.duration(), r), tc(t.inPoint(), r),
                t.outPoint() == null ? "" : tc(t.outPoint(), r), picture, chars);
    }

    private static CharacterPage character(Project p, Take take, Actor a) {
        String source = a.sourceMediaId() == null ? "(none)"
                : p.mediaById(a.sourceMediaId()).map(MediaRef::fileName).orElse("(missing media)");
        FaceAnalysis f = a.face();
        String face = f == null ? "Not analysed yet" : switch (f.source()) {
            case MANUAL_FIT -> "Fitted by hand (six points)";
            case TRACKED -> String.format(Locale.ROOT, "Tracked \u00b7 %.0f%% confidence", f.score() * 100);
            case DETECTED -> String.format(Locale.ROOT, "Found \u00b7 %.0f%% confidence", f.score() * 100);
        };
        String pose = f == null || f.pose() == null ? "" : String.format(Locale.ROOT, "yaw %+.0f\u00b0  pitch %+.0f\u00b0  roll %+.0f\u00b0",
                f.pose().yaw(), f.pose().pitch(), f.pose().roll());
        boolean lane = take != null && take.motionOf(a.id()).map(MotionTrack::visemes).isPresent();
        return new CharacterPage(a.id(), a.name(), source, face, pose, a.consent(), a.dials(),
                ExpressionPreset.available(a).stream().map(ExpressionPreset::name).toList(),
                take == null ? "" : take.name(), lane);
    }

    private static ClipPage clip(Project p, Take current, String clipId) {
        List<Take> order = new ArrayList<>();
        if (current != null) order.add(current);
        order.addAll(p.takes());
        for (Take t : order) {
            for (DialogueTrack d : t.dialogue()) {
                for (AudioClip c : d.clips()) {
                    if (!c.id().equals(clipId)) continue;
                    FrameRate r = p.frameRate();
                    String who = d.actorId() == null ? "(nobody)" : p.actorById(d.actorId()).map(Actor::name).orElse("(deleted)");
                    String media = p.mediaById(c.mediaId()).map(MediaRef::fileName).orElse("(missing media)");
                    return new ClipPage(t.id(), c.id(), who, media, tc(c.range().start(), r), tc(c.range().end(), r),
                            tc(c.sourceIn(), r), c.transcript());
                }
            }
        }
        return null;
    }

    private static KeyPage key(Project p, Take take, Focus.OfKey f) {
        if (take == null) return null;
        Optional<Keyframe> k = take.motionOf(f.actorId()).flatMap(m -> m.motion().userCurve(f.channel()).keyAt(f.time()));
        if (k.isEmpty()) return null;
        FrameRate r = p.frameRate();
        String who = p.actorById(f.actorId()).map(Actor::name).orElse("(deleted)");
        return new KeyPage(take.id(), f.actorId(), who, f.channel(), tc(f.time(), r), r.frameAt(f.time()),
                k.get().value(), k.get().interpolation());
    }

    private static MediaPage media(MediaRef m, Path folder, MediaCheck check) {
        Path file = folder == null ? Path.of(m.path()) : folder.resolve(m.path());
        MediaStatus s = check.quick(file, m);
        String state = s == null ? "Modified since import (the bin checks its contents)" : switch (s) {
            case OK -> "OK";
            case MISSING -> "Missing";
            case CHANGED -> "Changed since import";
        };
        String duration = m.duration() == null ? "Still" : String.format(Locale.ROOT, "%.2f s", m.duration().toDouble());
        return new MediaPage(m.id(), m.path(), m.kind().id(), size(m.bytes()), duration, state);
    }

    static String size(long bytes) {
        if (bytes <= 0) return "unknown";
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String count(int n, String noun) { return n + " " + noun + (n == 1 ? "" : "s"); }
}
