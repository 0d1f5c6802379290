package io.mouthpiece.ui.importing;

import io.mouthpiece.core.edit.ActorEdits;
import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.RigCorrections;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.core.project.Ids;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.MotionDials;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.service.FaceService;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.task.FxJobRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "New Character from Portrait" on a picture or video in the media bin: asks for the consent declaration, fits the face
 * in the background ({@link FaceService}: detection + mesh, cached by the picture's hash), then adds the character with
 * its face and consent as one undoable edit. A picture with no face adds nothing and says so.
 *
 * <p>Which take shows the character, as an editor user expects to see what they just made: the current take when it
 * has no picture yet (the portrait becomes its picture), the current take when it already shows this picture (a second
 * character on the same picture takes the next face), otherwise a new take on this picture, which becomes current.
 * A project with no take gets "Take 1".
 */
public final class CharacterFromPortraitAction {
    /** Length of a new take on a still: long enough to drop a line of dialogue on. */
    static final Rational STILL_TAKE = Rational.of(5);

    private final FxJobRunner runner;
    private final Callable<FaceService> faces;
    private final Supplier<ProjectDocument> document;
    private final StudioSelection selection;
    private final Consumer<Edit> execute;
    private final MediaDialogs dialogs;
    private final BiConsumer<String, String> showError;
    private final Runnable afterAdded;

    /**
     * @param faces the face service, made on first use (on the worker: it loads models)
     * @param afterAdded runs after the character was added (the studio analyses the take so the new face moves)
     */
    public CharacterFromPortraitAction(FxJobRunner runner, Callable<FaceService> faces, Supplier<ProjectDocument> document,
                                       StudioSelection selection, Consumer<Edit> execute, MediaDialogs dialogs,
                                       BiConsumer<String, String> showError, Runnable afterAdded) {
        this.runner = runner;
        this.faces = faces;
        this.document = document;
        this.selection = selection;
        this.execute = execute;
        this.dialogs = dialogs;
        this.showError = showError;
        this.afterAdded = afterAdded;
    }

    /** True when the item can become a character (a picture or video). */
    public static boolean canUse(MediaRef m) {
        return m != null && m.kind() != MediaKind.AUDIO;
    }

    /** Starts the workflow for media {@code mediaId} (FX thread). */
    public void run(String mediaId) {
        ProjectDocument doc = document.get();
        if (doc == null) return;
        Optional<MediaRef> found = doc.project().mediaById(mediaId);
        if (found.isEmpty()) return;
        MediaRef media = found.get();
        String title = "Cannot make a character";
        if (!canUse(media)) {
            showError.accept(title, media.fileName() + " is sound; a character needs a portrait picture or a video.");
            return;
        }
        Path folder = doc.folder().orElse(null);
        if (folder == null) {
            showError.accept(title, "Save the project first: the face is read from the project folder.");
            return;
        }
        Optional<ConsentRecord> consent = dialogs.askConsent(media.fileName());
        if (consent.isEmpty()) return;
        int faceIndex = (int) doc.project().actors().stream().filter(a -> mediaId.equals(a.sourceMediaId())).count();
        runner.submit("Finding the face in " + media.fileName(),
                progress -> faces.call().face(folder, media, faceIndex, progress),
                face -> added(doc, media, faceIndex, consent.get(), face),
                e -> showError.accept(title, e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    private void added(ProjectDocument doc, MediaRef media, int faceIndex, ConsentRecord consent, FaceAnalysis face) {
        if (document.get() != doc) return;
        Project p = doc.project();
        if (p.mediaById(media.id()).isEmpty()) return; // the import was undone meanwhile
        String actorId = Ids.next("act");
        Actor actor = new Actor(actorId, characterName(p, media), media.id(), faceIndex, consent, List.of(),
                MotionDials.DEFAULT, face, RigCorrections.NONE, Map.of());
        List<Edit> steps = new ArrayList<>();
        steps.add(ActorEdits.add(actor));
        Take take = StudioSelection.resolve(p, selection.takeIdProperty().get());
        String showTake = null;
        if (take == null || (take.pictureMediaId() != null && !take.pictureMediaId().equals(media.id()))) {
            showTake = Ids.next("tk");
            Rational length = media.duration() != null ? media.duration() : take != null ? take.duration().max(STILL_TAKE) : STILL_TAKE;
            steps.add(TakeEdits.add(new Take(showTake, "Take " + (p.takes().size() + 1), length, media.id())));
        } else if (take.pictureMediaId() == null) {
            String takeId = take.id();
            steps.add(Edit.of("Set Take Picture", q -> q.updateTake(takeId, t -> t.withPicture(media.id()))));
        }
        long before = doc.revision();
        execute.accept(Edit.compose("New Character from Portrait", steps));
        if (doc.revision() == before) return;
        if (showTake != null) selection.selectTake(showTake);
        selection.focus(new StudioSelection.Focus.OfCharacter(actorId));
        afterAdded.run();
    }

    /** The file's name without extension, capitalised; "Name 2" when a character has that name already. */
    static String characterName(Project p, MediaRef m) {
        String n = m.fileName();
        int dot = n.lastIndexOf('.');
        String base = dot > 0 ? n.substring(0, dot) : n;
        base = base.isBlank() ? "Character" : Character.toUpperCase(base.charAt(0)) + base.substring(1);
        String name = base;
        for (int i = 2; taken(p, name); i++) name = base + " " + i;
        return name;
    }

    private static boolean taken(Project p, String name) {
        return p.actors().stream().anyMatch(a -> a.name().equals(name));
    }
}
