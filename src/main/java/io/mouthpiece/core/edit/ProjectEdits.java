package io.mouthpiece.core.edit;

import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.time.FrameRate;

import java.util.ArrayList;
import java.util.List;

/** Edits of the project itself and its media list. */
public final class ProjectEdits {
    private ProjectEdits() {}

    public static Edit rename(String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a project needs a name");
        return Edit.of("Rename Project", p -> p.withName(name.strip()));
    }

    public static Edit setFormat(FrameRate rate, int width, int height) {
        return Edit.of("Change Project Format", p -> p.withFormat(rate, width, height));
    }

    /** The background exports use unless told otherwise: "keep", "transparent" or "#rrggbb". */
    public static Edit setBackground(String background) {
        String b = Project.normaliseBackground(background);
        return Edit.of("Set Export Background", p -> p.withBackground(b));
    }

    public static Edit addMedia(MediaRef media) {
        return Edit.of("Import " + media.fileName(), p -> {
            List<MediaRef> m = new ArrayList<>(p.media());
            m.add(media);
            return p.withMedia(m);
        });
    }

    /** Points a (missing or moved) media item at another file. */
    public static Edit relinkMedia(String mediaId, String newPath, String sha256, long bytes) {
        return Edit.of("Relink Media", p -> p.updateMedia(mediaId, m -> m.withPath(newPath, sha256, bytes)));
    }

    /** Removes media no character, picture track or clip uses. */
    public static Edit removeMedia(String mediaId) {
        return Edit.of("Remove Media", p -> {
            if (isUsed(p, mediaId)) throw new IllegalArgumentException("media '" + mediaId + "' is still in use");
            List<MediaRef> m = new ArrayList<>(p.media());
            if (!m.removeIf(x -> x.id().equals(mediaId))) throw new IllegalArgumentException("no media '" + mediaId + "'");
            return p.withMedia(m);
        });
    }

    static boolean isUsed(Project p, String mediaId) {
        return p.actors().stream().anyMatch(a -> mediaId.equals(a.sourceMediaId()))
                || p.takes().stream().anyMatch(t -> mediaId.equals(t.pictureMediaId())
                || t.dialogue().stream().flatMap(d -> d.clips().stream()).anyMatch(c -> c.mediaId().equals(mediaId)));
    }
}
