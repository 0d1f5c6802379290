package io.mouthpiece.service;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.ProjectEdits;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.media.MediaInfo;
import io.mouthpiece.core.media.MediaProber;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.task.CancelledException;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.media.ImageReader;
import io.mouthpiece.media.PictureLimits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Imports files into an existing project folder the way {@link ProjectCreator} does for a new one: each file is
 * probed, checked (pictures are decoded once, so a truncated PNG is refused now and not at face fitting), copied under
 * {@code media/} and hashed. A bad file is reported with a human message and contributes nothing; the good files of
 * the same batch still come in. The caller applies {@link #edit} as one undo step. Copies made before a cancel are
 * removed again; copies stay on disk after an undo (redo needs them; they are small next to the project's renders).
 * A picture over the {@link PictureLimits} comes in with a notice: it is read downscaled wherever it is used.
 */
public final class MediaImporter {
    /** Longest side of a video the face models and the GL rig can take without a huge allocation. */
    public static final int MAX_SIDE = PictureLimits.MAX_SIDE;
    /** 64 megapixels a video frame: a 20k × 20k frame would need 1.6 GB decoded. */
    public static final long MAX_PIXELS = PictureLimits.MAX_PIXELS;

    /** A file brought in, with what the probe learned about it and a notice for the user (null when none). */
    public record Imported(Path source, MediaRef media, MediaInfo info, String notice) {}

    /** A file left out, and why, in words for the user. */
    public record Failure(Path source, String message) {}

    public record Result(List<Imported> imported, List<Failure> failures) {
        public List<MediaRef> media() { return imported.stream().map(Imported::media).toList(); }

        /** One paragraph for a dialog: the files left out and why. Empty when every file came in. */
        public String failureText() {
            StringBuilder b = new StringBuilder();
            for (Failure f : failures) b.append(f.source().getFileName()).append(": ").append(f.message()).append('\n');
            return b.toString().strip();
        }

        /** The notices of the files brought in (a picture read downscaled), one a line; empty when none. */
        public String noticeText() {
            StringBuilder b = new StringBuilder();
            for (Imported m : imported) if (m.notice() != null) b.append(m.notice()).append('\n');
            return b.toString().strip();
        }
    }

    /** What {@link #check} learned: the probe, and a notice for the user (null when none). */
    public record Checked(MediaInfo info, String notice) {}

    private final MediaProber prober;
    private final ProjectCreator creator;

    public MediaImporter(MediaProber prober, ProjectCreator creator) {
        this.prober = prober;
        this.creator = creator;
    }

    /**
     * Probes, checks, copies and hashes {@code files} for {@code project} in {@code folder}. A file whose content the
     * project already holds (same SHA-256) is reported as a failure rather than imported twice.
     *
     * @throws CancelledException when cancelled; files copied so far are deleted
     */
    public Result importFiles(Project project, Path folder, List<Path> files, Progress progress) throws IOException {
        if (folder == null) throw new IllegalArgumentException("Save the project first: media is copied into the project folder.");
        List<Imported> done = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        Set<String> known = new HashSet<>();
        project.media().forEach(m -> { if (m.sha256() != null) known.add(m.sha256()); });
        try {
            for (int i = 0; i < files.size(); i++) {
                progress.checkCancelled();
                Path file = files.get(i);
                progress.update((double) i / files.size(), "importing " + file.getFileName());
                try {
                    Checked checked = checkWithNotice(file);
                    MediaInfo info = checked.info();
                    String sha = Hashing.sha256(file);
                    if (!known.add(sha)) {
                        failed.add(new Failure(file, "the project already holds this file"));
                        continue;
                    }
                    progress.checkCancelled();
                    done.add(new Imported(file, creator.importMedia(folder, file, info), info, checked.notice()));
                } catch (MediaException e) {
                    failed.add(new Failure(file, e.getMessage()));
                } catch (IOException e) {
                    failed.add(new Failure(file, "could not copy it into the project (" + e.getMessage() + ")"));
                }
            }
        } catch (CancelledException e) {
            for (Imported m : done) deleteCopy(folder, m);
            throw e;
        }
        progress.update(1, "imported " + done.size() + " file(s)");
        return new Result(List.copyOf(done), List.copyOf(failed));
    }

    /** What {@code file} is, or a {@link MediaException} saying why the studio cannot use it. */
    public MediaInfo check(Path file) throws IOException {
        return checkWithNotice(file).info();
    }

    /** As {@link #check}, with the notice to show when the file comes in (a picture read downscaled). */
    public Checked checkWithNotice(Path file) throws IOException {
        String name = file.getFileName().toString();
        MediaInfo info;
        try {
            info = prober.probe(file); // FFmpeg, or the header of a picture too large for FFmpeg
        } catch (MediaException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            if (m.contains("not a media file") || m.contains("neither pictures nor sound")) {
                throw new MediaException(name + " is not a picture, video or sound file Mouthpiece can read "
                        + "(it may be damaged, or in a format FFmpeg does not know)", e);
            }
            throw e;
        }
        String notice = null;
        if (info.kind() == MediaKind.VIDEO) checkSize(name, info.width(), info.height());
        if (info.kind() == MediaKind.IMAGE) {
            try {
                // a header that probes fine over broken pixel data fails here (read small: every pixel is decoded, few
                // are kept); a giant picture will be read downscaled wherever it is used
                PictureLimits.Plan plan = ImageReader.verify(file);
                if (plan.downscaled()) {
                    notice = PictureLimits.notice(name, plan.sourceWidth(), plan.sourceHeight(), plan.width(), plan.height());
                }
            } catch (MediaException e) {
                throw e; // too large for the memory given, or a giant picture cut off: the message names the size
            } catch (IOException | RuntimeException e) {
                throw new MediaException(name + " is damaged or not a picture Mouthpiece can read", e);
            }
        }
        if (info.kind() == MediaKind.AUDIO && (info.duration() == null || info.duration().signum() <= 0)) {
            throw new MediaException(name + " holds no sound");
        }
        return new Checked(info, notice);
    }

    private static void checkSize(String name, int w, int h) throws MediaException {
        if (w > MAX_SIDE || h > MAX_SIDE || (long) w * h > MAX_PIXELS) {
            throw new MediaException(String.format(Locale.ROOT,
                    "%s is %d \u00d7 %d pixels; videos up to %d pixels on a side and %d megapixels can be used. "
                            + "Scale it down first.", name, w, h, MAX_SIDE, MAX_PIXELS >> 20));
        }
    }

    /** One undoable edit adding every imported item ("Import 3 Files", or "Import name.wav" for one). */
    public static Edit edit(List<MediaRef> media) {
        if (media.isEmpty()) throw new IllegalArgumentException("nothing to import");
        if (media.size() == 1) return ProjectEdits.addMedia(media.getFirst());
        return Edit.compose("Import " + media.size() + " Files", media.stream().map(ProjectEdits::addMedia).toList());
    }

    private static void deleteCopy(Path folder, Imported m) {
        Path copy = folder.resolve(m.media().path()).normalize();
        if (copy.equals(m.source().toAbsolutePath().normalize())) return; // the user's own file inside the folder
        try {
            Files.deleteIfExists(copy);
        } catch (IOException ignored) {
            // an unreferenced copy is harmless
        }
    }
}
