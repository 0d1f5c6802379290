package io.mouthpiece.ui.importing;

import io.mouthpiece.core.time.Rational;
import io.mouthpiece.service.FaceService;
import io.mouthpiece.service.MediaImporter;
import io.mouthpiece.service.MediaRelinker;
import io.mouthpiece.service.MediaThumbnails;
import io.mouthpiece.core.task.TaskExecutor;
import io.mouthpiece.ui.dialog.Dialogs;
import io.mouthpiece.ui.mediabin.ClipTranscriptViewModel;
import io.mouthpiece.ui.mediabin.MediaBinActions;
import io.mouthpiece.ui.mediabin.MediaBinController;
import io.mouthpiece.ui.mediabin.MediaBinViewModel;
import io.mouthpiece.ui.mediabin.MediaDrag;
import io.mouthpiece.ui.mediabin.MediaVerifier;
import io.mouthpiece.ui.mediabin.ThumbnailLoader;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.shell.MainWindowViewModel;
import io.mouthpiece.ui.task.AnalyseTakeAction;
import io.mouthpiece.ui.task.FxJobRunner;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * The media branch's part of the studio, built once by {@code Studio}: import (menu, button, drops), the media bin
 * with thumbnails and the clip transcript, New Character from Portrait, and pairing sounds with characters — each
 * pairing or transcript change queues a re-analysis of the take.
 */
public final class MediaWorkflow implements MediaBinActions {
    private final MainWindowViewModel vm;
    private final StudioSelection selection;
    private final AnalyseTakeAction analyse;
    private final Supplier<Rational> playhead;
    private final ImportMediaAction importer;
    private final CharacterFromPortraitAction characters;
    private final PairAudioAction pairing;
    private final RelinkMediaAction relinker;
    private final MediaBinViewModel bin;
    private final ClipTranscriptViewModel transcript;
    private MediaBinController binView; // the bin the view loader made (screenshot staging)

    /**
     * @param workers runs thumbnails (the job runner's executor; they do not show in the status bar)
     * @param playhead the transport's time, where "Add to Timeline" puts a clip
     */
    public MediaWorkflow(FxJobRunner runner, TaskExecutor workers, Executor fxThread, MainWindowViewModel vm,
                         StudioSelection selection, Dialogs dialogs, MediaDialogs mediaDialogs, MediaImporter mediaImporter,
                         MediaThumbnails thumbnails, Callable<FaceService> faces, AnalyseTakeAction analyse,
                         Supplier<Rational> playhead) {
        this.vm = vm;
        this.selection = selection;
        this.analyse = analyse;
        this.playhead = playhead;
        java.util.function.BiConsumer<String, String> error = (title, msg) -> dialogs.showError(title, msg, null);
        importer = new ImportMediaAction(runner, mediaImporter, vm::getDocument, vm::save, vm::execute, mediaDialogs,
                error, vm::setStatus);
        characters = new CharacterFromPortraitAction(runner, faces, vm::getDocument, selection, vm::execute,
                mediaDialogs, error, this::reanalyse);
        pairing = new PairAudioAction(vm::getDocument, selection, vm::execute, this::reanalyse, error);
        relinker = new RelinkMediaAction(runner, new MediaRelinker(mediaImporter), faces, vm::getDocument, vm::execute,
                mediaDialogs, error, vm::setStatus, this::reanalyse);
        bin = new MediaBinViewModel(selection, vm.folderProperty(), ThumbnailLoader.background(thumbnails, workers, fxThread),
                vm.mediaCheck(), MediaVerifier.background(vm.mediaCheck(), workers, fxThread));
        transcript = new ClipTranscriptViewModel(selection, vm::execute, this::reanalyse);
    }

    public ImportMediaAction importAction() { return importer; }
    public CharacterFromPortraitAction characterAction() { return characters; }
    public PairAudioAction pairAction() { return pairing; }
    public RelinkMediaAction relinkAction() { return relinker; }
    public MediaBinViewModel binViewModel() { return bin; }
    public ClipTranscriptViewModel transcriptViewModel() { return transcript; }

    /** The bin's view (for the view loader's controller map). */
    public MediaBinController binController() { return binView = new MediaBinController(bin, this, transcript); }

    /** Drops of media files on the window, and pair requests from the timeline's dialogue lanes. */
    public void install(Node root) {
        MediaDropTarget.install(root, importer::importFiles);
        root.addEventHandler(MediaDrag.PairRequest.PAIR, e -> {
            pairing.add(e.mediaId(), e.actorId(), e.time());
            e.consume();
        });
    }

    @Override public void importMedia() { importer.chooseAndImport(); }

    @Override public void newCharacter(String mediaId) { characters.run(mediaId); }

    @Override public void relink(String mediaId) { relinker.chooseAndRelink(mediaId); }

    @Override public void useChangedFile(String mediaId) { relinker.useChangedFile(mediaId); }

    @Override public void addToTimeline(String mediaId, String actorId) {
        Rational t = playhead.get();
        pairing.add(mediaId, actorId, t == null ? Rational.ZERO : t);
    }

    /** System property: true focuses the current take's first dialogue clip for a screenshot (its transcript shows). */
    public static final String SCREENSHOT_PROPERTY = "mouthpiece.screenshot.mediaClip";

    /** System property: true opens the bin's context menu on the first changed or missing item for a screenshot. */
    public static final String MENU_SCREENSHOT_PROPERTY = "mouthpiece.screenshot.mediaMenu";

    /** Stages the media bin for a screenshot when {@link #SCREENSHOT_PROPERTY} or {@link #MENU_SCREENSHOT_PROPERTY} asks. */
    public void stageScreenshot() {
        if (Boolean.getBoolean(MENU_SCREENSHOT_PROPERTY) && binView != null) binView.showMenuForScreenshot();
        if (!Boolean.getBoolean(SCREENSHOT_PROPERTY) || selection.take() == null) return;
        selection.take().dialogue().stream().flatMap(d -> d.clips().stream()).findFirst()
                .ifPresent(c -> selection.focus(new StudioSelection.Focus.OfClip(c.id())));
    }

    /**
     * Re-analyses the current take after the user's edit, now or once the running analysis ends (it would miss this
     * change); the result joins that edit's undo step ({@link AnalyseTakeAction#runFollowUp}).
     */
    public void reanalyse() { analyse.runFollowUp(); }
}
