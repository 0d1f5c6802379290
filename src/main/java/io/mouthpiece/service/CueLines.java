package io.mouthpiece.service;

import io.mouthpiece.core.cues.Cue;
import io.mouthpiece.core.cues.CueSheet;
import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.Ids;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places the lines of a cue sheet on a character's dialogue track, each cue becoming one clip at the cue's start
 * whose transcript is the cue's text (so lip sync aligns to the words). Two ways to get the audio:
 * <ul>
 *   <li>{@link #splitFile}: one long dub file laid against the take (its time 0 at the take's time 0): every clip
 *       plays that file from the cue's start ({@code sourceIn}) for the cue's duration;</li>
 *   <li>{@link #perLineFiles}: one file per line, in cue order ({@link #filesByNumber} matches files named after the
 *       cue numbers): each clip plays its whole file from the cue's start.</li>
 * </ul>
 * The media must already be in the project or imported by an edit composed before this one
 * ({@link MediaImporter#edit}); the clip ids are chosen now, so redo reuses them. The result is one undo step.
 */
public final class CueLines {
    /** The edit, the ids of the clips it adds (in cue order), and what was adjusted, in words for the user. */
    public record Placement(Edit edit, List<String> clipIds, List<String> notices) {}

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** How the audio files given with a cue sheet are laid out. */
    public enum Mode {
        /** One long dub file; the cues cut it. */
        SPLIT,
        /** One file per line, named after the line numbers ({@link #filesByNumber}). */
        PER_LINE_BY_NUMBER,
        /** One file per line, in the order given. */
        PER_LINE_IN_ORDER
    }

    private CueLines() {}

    /**
     * Imports {@code audio} into the project folder (a file whose content the project already holds is used as it is)
     * and places the lines: one undo step that adds the media and the clips. A file that cannot be imported refuses the
     * whole placement with the importer's reason; copies already made stay unreferenced in the media folder, as after
     * an undone import.
     */
    public static Placement importAndPlace(MediaImporter importer, Project project, Path folder, String takeId, String actorId,
                                           CueSheet cues, Mode mode, List<Path> audio, Progress progress) throws IOException {
        List<Path> files = switch (mode) {
            case SPLIT -> {
                if (audio.size() != 1) throw new IllegalArgumentException("one dub file is split by the cues; " + audio.size() + " were given");
                yield audio;
            }
            case PER_LINE_BY_NUMBER -> filesByNumber(cues, audio);
            case PER_LINE_IN_ORDER -> audio;
        };
        Map<String, MediaRef> held = new HashMap<>();
        project.media().forEach(m -> { if (m.sha256() != null) held.putIfAbsent(m.sha256(), m); });
        List<Path> fresh = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (Path f : files) {
            String sha = Hashing.sha256(f);
            if (!held.containsKey(sha) && !hashes.contains(sha)) fresh.add(f);
            hashes.add(sha);
        }
        MediaImporter.Result r = importer.importFiles(project, folder, fresh, progress);
        if (!r.failures().isEmpty()) throw new IllegalArgumentException(r.failureText());
        for (MediaRef m : r.media()) held.putIfAbsent(m.sha256(), m);
        List<MediaRef> media = hashes.stream().map(held::get).toList();
        Placement p = mode == Mode.SPLIT ? splitFile(takeId, actorId, media.getFirst(), cues)
                : perLineFiles(takeId, actorId, cues, media);
        if (r.media().isEmpty()) return p;
        Edit both = Edit.compose(p.edit().description(), List.of(MediaImporter.edit(r.media()), p.edit()));
        return new Placement(both, p.clipIds(), p.notices());
    }

    /**
     * Cuts {@code dub} into one clip per cue. A cue that starts at or after the end of the file is refused; one that
     * runs past it is shortened to the file's end, with a notice.
     */
    public static Placement splitFile(String takeId, String actorId, MediaRef dub, CueSheet cues) {
        requireSound(dub);
        List<Edit> steps = new ArrayList<>();
        List<String> ids = new ArrayList<>(), notices = new ArrayList<>();
        for (Cue c : cues.cues()) {
            Rational end = c.end();
            if (dub.duration() != null) {
                if (!c.start().isBefore(dub.duration())) {
                    throw new IllegalArgumentException(where(cues, c) + " starts at " + clock(c.start()) + ", after the end of "
                            + dub.fileName() + " (" + clock(dub.duration()) + ")");
                }
                if (end.isAfter(dub.duration())) {
                    end = dub.duration();
                    notices.add(where(cues, c) + " ends after " + dub.fileName() + " does; its clip stops at " + clock(end));
                }
            }
            String id = Ids.next("clip");
            ids.add(id);
            steps.add(TakeEdits.addClip(takeId, actorId, new AudioClip(id, dub.id(), TimeRange.between(c.start(), end),
                    c.start(), c.transcript(), Map.of())));
        }
        return new Placement(Edit.compose(description(cues), steps), List.copyOf(ids), List.copyOf(notices));
    }

    /**
     * One clip per cue from {@code files} (the i-th file speaks the i-th cue), each playing its whole file from the
     * cue's start (the cue's length when the file's length is unknown). A file that runs into the next cue's start is
     * cut there, with a notice, so the lines stay on one track.
     */
    public static Placement perLineFiles(String takeId, String actorId, CueSheet cues, List<MediaRef> files) {
        if (files.size() != cues.size()) {
            throw new IllegalArgumentException(cues.fileName() + " has " + cues.size() + " line(s) but " + files.size()
                    + " audio file(s) were given: one file per line is needed");
        }
        List<Edit> steps = new ArrayList<>();
        List<String> ids = new ArrayList<>(), notices = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            MediaRef m = files.get(i);
            requireSound(m);
            Rational length = m.duration() != null ? m.duration() : c.range().duration();
            Rational end = c.start().add(length);
            if (i + 1 < cues.size() && end.isAfter(cues.get(i + 1).start())) {
                end = cues.get(i + 1).start();
                notices.add(where(cues, c) + ": " + m.fileName() + " (" + clock(length) + ") runs into the next line; "
                        + "its clip stops at " + clock(end));
            }
            String id = Ids.next("clip");
            ids.add(id);
            steps.add(TakeEdits.addClip(takeId, actorId, new AudioClip(id, m.id(), TimeRange.between(c.start(), end),
                    Rational.ZERO, c.transcript(), Map.of())));
        }
        return new Placement(Edit.compose(description(cues), steps), List.copyOf(ids), List.copyOf(notices));
    }

    /**
     * {@code files} in cue order, matched by name: a file whose name (without extension) equals a cue's identifier,
     * or whose last number equals the cue's number ("line_012.wav", "12 hello.wav" → cue 12; the SRT counter, or the
     * cue's position when the file has no numeric identifiers). Every cue needs exactly one file and every file a cue.
     */
    public static List<Path> filesByNumber(CueSheet cues, List<Path> files) {
        Map<Integer, Path> byCue = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (Path f : files) {
            int cue = cueFor(cues, stem(f));
            if (cue < 0) {
                unmatched.add(f.getFileName().toString());
                continue;
            }
            Path before = byCue.putIfAbsent(cue, f);
            if (before != null) {
                throw new IllegalArgumentException("two files for " + cues.get(cue).label() + ": " + before.getFileName()
                        + " and " + f.getFileName());
            }
        }
        if (!unmatched.isEmpty()) {
            throw new IllegalArgumentException("no line of " + cues.fileName() + " matches " + String.join(", ", unmatched)
                    + " (name each file after its line's number, such as line_007.wav)");
        }
        List<String> missing = new ArrayList<>();
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            if (byCue.containsKey(i)) out.add(byCue.get(i));
            else missing.add(cues.get(i).label());
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no audio file for " + (missing.size() > 10
                    ? String.join(", ", missing.subList(0, 10)) + " and " + (missing.size() - 10) + " more"
                    : String.join(", ", missing)));
        }
        return out;
    }

    /** Index of the cue {@code stem} names, or -1. */
    private static int cueFor(CueSheet cues, String stem) {
        for (int i = 0; i < cues.size(); i++) if (!cues.get(i).id().isEmpty() && cues.get(i).id().equalsIgnoreCase(stem)) return i;
        Matcher m = DIGITS.matcher(stem);
        String last = null;
        while (m.find()) last = m.group();
        if (last == null || last.length() > 9) return -1;
        int n = Integer.parseInt(last);
        boolean numericIds = cues.cues().stream().allMatch(c -> DIGITS.matcher(c.id()).matches());
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            if (numericIds ? c.id().replaceFirst("^0+(?=.)", "").equals(Integer.toString(n)) : c.number() == n) return i;
        }
        return -1;
    }

    private static String stem(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void requireSound(MediaRef m) {
        if (m.kind() == MediaKind.IMAGE) throw new IllegalArgumentException(m.fileName() + " is a picture, not dialogue audio");
    }

    private static String description(CueSheet cues) {
        return "Place " + cues.size() + (cues.size() == 1 ? " Line" : " Lines") + " from " + cues.fileName();
    }

    private static String where(CueSheet cues, Cue c) {
        return c.label() + " (" + cues.fileName() + " line " + c.line() + ")";
    }

    static String clock(Rational t) {
        long ms = t.multiply(1000).round();
        return String.format(Locale.ROOT, "%d:%02d.%03d", ms / 60_000, ms / 1000 % 60, ms % 1000);
    }
}
