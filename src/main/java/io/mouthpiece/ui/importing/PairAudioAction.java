package io.mouthpiece.ui.importing;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.DialogueTrack;
import io.mouthpiece.core.project.Ids;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.ui.selection.StudioSelection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Pairs a sound with a character: puts the media as a dialogue clip on the character's lane of the current take
 * (dropped on the lane, or "Add to Timeline under NAME" at the playhead), as one undoable edit, then asks for the
 * take's lip sync and auto motion to be recomputed in the background. A clip that would overlap one already on the
 * lane slides to the first free place after it. Call on the FX thread.
 */
public final class PairAudioAction {
    private final Supplier<ProjectDocument> document;
    private final StudioSelection selection;
    private final Consumer<Edit> execute;
    private final Runnable reanalyse;
    private final BiConsumer<String, String> showError;

    /** @param reanalyse recomputes the current take's lip sync (the studio's Analyse action, queued if one runs) */
    public PairAudioAction(Supplier<ProjectDocument> document, StudioSelection selection, Consumer<Edit> execute,
                           Runnable reanalyse, BiConsumer<String, String> showError) {
        this.document = document;
        this.selection = selection;
        this.execute = execute;
        this.reanalyse = reanalyse;
        this.showError = showError;
    }

    /** True when the item has sound to pair (audio, or a video's sound track). */
    public static boolean canUse(MediaRef m) {
        return m != null && m.kind() != MediaKind.IMAGE && m.duration() != null && m.duration().signum() > 0;
    }

    /**
     * Adds media {@code mediaId} under character {@code actorId} at {@code at} on the current take.
     * @return the new clip's id, or empty when nothing was added (the user was told why)
     */
    public Optional<String> add(String mediaId, String actorId, Rational at) {
        ProjectDocument doc = document.get();
        if (doc == null) return Optional.empty();
        Project p = doc.project();
        String title = "Cannot add to the timeline";
        Take take = StudioSelection.resolve(p, selection.takeIdProperty().get());
        MediaRef media = p.mediaById(mediaId).orElse(null);
        if (media == null) return Optional.empty();
        if (take == null) {
            showError.accept(title, "There is no take yet: make a character from a portrait first (right-click the picture "
                    + "in the media bin), then add its dialogue.");
            return Optional.empty();
        }
        if (!canUse(media)) {
            showError.accept(title, media.fileName() + " has no sound to put on a dialogue lane.");
            return Optional.empty();
        }
        if (p.actors().stream().noneMatch(a -> a.id().equals(actorId))) return Optional.empty();
        List<AudioClip> lane = take.dialogueOf(actorId).map(DialogueTrack::clips).orElse(List.of());
        Rational start = freeStart(lane, at.max(Rational.ZERO), media.duration());
        String clipId = Ids.next("clp");
        long before = doc.revision();
        execute.accept(TakeEdits.addClip(take.id(), actorId,
                new AudioClip(clipId, mediaId, new TimeRange(start, media.duration()))));
        if (doc.revision() == before) return Optional.empty();
        selection.focus(new StudioSelection.Focus.OfClip(clipId));
        reanalyse.run();
        return Optional.of(clipId);
    }

    /** The first start at or after {@code at} where a clip of {@code length} overlaps none on the lane. */
    static Rational freeStart(List<AudioClip> lane, Rational at, Rational length) {
        Rational start = at;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (AudioClip c : lane) {
                Rational end = start.add(length);
                if (start.isBefore(c.range().end()) && c.range().start().isBefore(end)) {
                    start = c.range().end();
                    moved = true;
                }
            }
        }
        return start;
    }
}
