package io.mouthpiece.service;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.media.MediaInfo;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.DialogueTrack;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.Rational;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Points a media item at a file again, keeping its id so every character, picture track and clip that uses it follows:
 * Relink (a missing or moved file, or another take of the line) and Use Changed File (the item's own file was
 * overwritten, e.g. re-recorded). The file is checked as an import is, must be the same kind of media, copied into the
 * project unless it is already inside, and hashed. A sound shorter than the audio its clips play is refused, so no clip
 * is left pointing past the end. The caller applies {@link #edit} as one undo step and re-analyses the takes.
 */
public final class MediaRelinker {
    private final MediaImporter importer;

    public MediaRelinker(MediaImporter importer) { this.importer = importer; }

    /** The item {@code old} of {@code project} pointed at {@code file} (copied into {@code folder} when outside it). */
    public MediaRef relink(Project project, Path folder, MediaRef old, Path file, Progress progress) throws IOException {
        progress.update(0, "checking " + file.getFileName());
        MediaInfo info = importer.check(file);
        String name = file.getFileName().toString();
        if (info.kind() != old.kind()) {
            throw new MediaException(name + " is " + article(info.kind()) + "; " + old.fileName() + " is " + article(old.kind())
                    + ". Pick " + article(old.kind()) + " to relink it.");
        }
        Rational needed = audioUsed(project, old.id());
        if (info.kind() == MediaKind.AUDIO && info.duration().compareTo(needed) < 0) {
            throw new MediaException(String.format(Locale.ROOT, "%s is %.2f s long, but the clips of %s play up to %.2f s of "
                    + "it. Pick a longer file, or shorten those clips first.", name, info.duration().toDouble(), old.fileName(),
                    needed.toDouble()));
        }
        progress.checkCancelled();
        progress.update(0.3, "copying " + name);
        Path dest = ProjectCreator.copyIntoProject(folder, file);
        try {
            progress.update(0.6, "hashing " + name);
            return describe(folder, old, dest, info);
        } catch (IOException | RuntimeException e) {
            if (!dest.equals(file.toAbsolutePath().normalize())) Files.deleteIfExists(dest);
            throw e;
        }
    }

    /** The item {@code old} taking what its own file holds now (Use Changed File). */
    public MediaRef refresh(Project project, Path folder, MediaRef old, Progress progress) throws IOException {
        return relink(project, folder, old, folder.resolve(old.path()), progress);
    }

    /** One undoable edit: "Relink line.wav". */
    public static Edit edit(MediaRef relinked) {
        return Edit.of("Relink " + relinked.fileName(), p -> p.updateMedia(relinked.id(), m -> relinked));
    }

    /** How far into media {@code mediaId} the clips of every take play (zero when no clip uses it). */
    static Rational audioUsed(Project project, String mediaId) {
        Rational end = Rational.ZERO;
        for (Take t : project.takes()) {
            for (DialogueTrack d : t.dialogue()) {
                for (AudioClip c : d.clips()) {
                    if (!c.mediaId().equals(mediaId)) continue;
                    Rational used = c.sourceIn().add(c.range().duration());
                    if (used.compareTo(end) > 0) end = used;
                }
            }
        }
        return end;
    }

    /** {@code old} with {@link ProjectStore#describe}'s path, hash, size and time for {@code dest} (id, kind, extra kept). */
    private static MediaRef describe(Path folder, MediaRef old, Path dest, MediaInfo info) throws IOException {
        MediaRef d = ProjectStore.describe(folder, dest, old.id(), old.kind(), info.duration());
        return old.relinked(d.path(), d.sha256(), d.bytes(), d.duration(), d.modified());
    }

    private static String article(MediaKind k) {
        return switch (k) {
            case IMAGE -> "a picture";
            case VIDEO -> "a video";
            case AUDIO -> "a sound";
        };
    }
}
