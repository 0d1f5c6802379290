package io.mouthpiece.ui.mediabin;

import io.mouthpiece.core.persist.MediaStatus;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.service.MediaThumbnails.Thumbnail;
import io.mouthpiece.ui.mediabin.MediaBinViewModel.Item;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The media bin: thumbnails with name and details, a context menu (New Character from Portrait, Add to Timeline under
 * a character, Import Media…), dragging an item onto a dialogue lane, and the focused clip's transcript below the list.
 */
public final class MediaBinController {
    /** Shown thumbnail box: the service makes 96 x 64, drawn at 2:3 for sharpness on HiDPI screens. */
    private static final double THUMB_W = 64, THUMB_H = 42;
    private final MediaBinViewModel vm;
    private final MediaBinActions actions;
    private final ClipTranscriptViewModel transcript;
    /** FX images of thumbnails, made once per thumbnail. */
    private final Map<Thumbnail, Image> images = new WeakHashMap<>();
    @FXML private ListView<Item> mediaList;
    @FXML private Label countLabel;
    @FXML private Button importButton;
    @FXML private VBox clipBox;
    @FXML private Label clipLabel;
    @FXML private TextArea transcriptArea;
    @FXML private Button applyTranscript;

    public MediaBinController(MediaBinViewModel vm) { this(vm, MediaBinActions.NONE, null); }

    /** @param transcript the focused clip's transcript (null: no transcript panel) */
    public MediaBinController(MediaBinViewModel vm, MediaBinActions actions, ClipTranscriptViewModel transcript) {
        this.vm = vm;
        this.actions = actions;
        this.transcript = transcript;
    }

    @FXML
    private void initialize() {
        mediaList.setItems(vm.items());
        mediaList.setCellFactory(list -> new MediaCell());
        countLabel.textProperty().bind(vm.countProperty());
        importButton.setOnAction(e -> actions.importMedia());
        mediaList.getSelectionModel().selectedItemProperty().subscribe(vm::select);
        // files may be moved, deleted or re-recorded while the studio is in the background: look again on its return
        mediaList.sceneProperty().flatMap(javafx.scene.Scene::windowProperty).flatMap(javafx.stage.Window::focusedProperty)
                .subscribe(focused -> { if (Boolean.TRUE.equals(focused)) vm.recheck(); });
        if (transcript != null) {
            clipBox.visibleProperty().bind(transcript.activeProperty());
            clipBox.managedProperty().bind(transcript.activeProperty());
            clipLabel.textProperty().bind(transcript.clipLabelProperty());
            transcriptArea.textProperty().bindBidirectional(transcript.textProperty());
            applyTranscript.setOnAction(e -> transcript.apply());
        } else {
            clipBox.setVisible(false);
            clipBox.setManaged(false);
        }
    }

    /**
     * Screenshot staging (the studio calls it once ready): opens the context menu of the first changed or missing item,
     * else of the first. The menu is a popup window of its own, so only a capture of the whole screen shows it.
     */
    public void showMenuForScreenshot() {
        Item item = vm.items().stream().filter(i -> i.state() != MediaStatus.OK).findFirst()
                .orElse(vm.items().isEmpty() ? null : vm.items().getFirst());
        if (item == null) return;
        mediaList.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof MediaCell c && c.getItem() != null && c.getItem().id().equals(item.id()))
                .findFirst().ifPresent(n -> {
                    var b = n.localToScreen(n.getBoundsInLocal());
                    menuFor(item).show(n, b.getMinX() + 40, b.getMaxY() - 8);
                });
    }

    private Image image(Thumbnail t) {
        return images.computeIfAbsent(t, k -> {
            WritableImage img = new WritableImage(k.width(), k.height());
            img.getPixelWriter().setPixels(0, 0, k.width(), k.height(), PixelFormat.getIntArgbInstance(), k.argb(), 0, k.width());
            return img;
        });
    }

    private ContextMenu menuFor(Item item) {
        ContextMenu menu = new ContextMenu();
        MediaRef m = vm.media(item.id()).orElse(null);
        if (m != null && m.kind() != MediaKind.AUDIO) {
            MenuItem character = new MenuItem("New Character from Portrait", new FontIcon("mdi2a-account-plus-outline"));
            character.setOnAction(e -> actions.newCharacter(item.id()));
            menu.getItems().add(character);
        }
        if (m != null && m.kind() != MediaKind.IMAGE && vm.project() != null) {
            for (Actor a : vm.project().actors()) {
                MenuItem add = new MenuItem("Add to Timeline under " + a.name(), new FontIcon("mdi2t-timeline-plus-outline"));
                add.setMnemonicParsing(false);
                add.setOnAction(e -> actions.addToTimeline(item.id(), a.id()));
                menu.getItems().add(add);
            }
            if (vm.project().actors().isEmpty()) {
                MenuItem none = new MenuItem("Add to Timeline: make a character first");
                none.setDisable(true);
                menu.getItems().add(none);
            }
        }
        if (!menu.getItems().isEmpty()) menu.getItems().add(new SeparatorMenuItem());
        if (m != null) {
            MenuItem relink = new MenuItem(item.missing() ? "Locate Missing File\u2026" : "Relink\u2026",
                    new FontIcon("mdi2l-link-variant"));
            relink.setOnAction(e -> actions.relink(item.id()));
            menu.getItems().add(relink);
            if (item.state() == MediaStatus.CHANGED) {
                MenuItem changed = new MenuItem("Use Changed File", new FontIcon("mdi2f-file-refresh-outline"));
                changed.setOnAction(e -> actions.useChangedFile(item.id()));
                menu.getItems().add(changed);
            }
        }
        MenuItem more = new MenuItem("Import Media\u2026", new FontIcon("mdi2f-file-import-outline"));
        more.setOnAction(e -> actions.importMedia());
        menu.getItems().add(more);
        return menu;
    }

    /** What is wrong with an item and what to do about it; null when nothing is. */
    static Tooltip tooltip(Item item) {
        String text = switch (item.state()) {
            case MISSING -> "The file is missing. Right-click \u2192 Locate Missing File\u2026 to point this item at it again.";
            case CHANGED -> "The file changed on disk since it was imported (the curves were made from the old content). "
                    + "Right-click \u2192 Use Changed File to take it, or Relink\u2026 to pick another.";
            case OK -> null;
        };
        if (item.problem() != null) text = text == null ? item.problem() : text + "\n" + item.problem();
        return text == null ? null : new Tooltip(text);
    }

    private final class MediaCell extends ListCell<Item> {
        private final FontIcon icon = new FontIcon();
        private final ImageView thumb = new ImageView();
        private final StackPane picture = new StackPane(icon, thumb);
        private final Label name = new Label();
        private final Label detail = new Label();
        private final HBox box = new HBox(8, picture, new VBox(2, name, detail));

        MediaCell() {
            box.getStyleClass().add("media-cell");
            picture.getStyleClass().add("media-thumb");
            picture.setMinSize(THUMB_W, THUMB_H);
            picture.setPrefSize(THUMB_W, THUMB_H);
            picture.setMaxSize(THUMB_W, THUMB_H);
            thumb.setFitWidth(THUMB_W);
            thumb.setFitHeight(THUMB_H);
            thumb.setPreserveRatio(true);
            thumb.setSmooth(true);
            name.getStyleClass().add("media-name");
            detail.getStyleClass().add("media-meta");
            box.setAlignment(Pos.CENTER_LEFT);
            setOnDragDetected(e -> {
                Item item = getItem();
                if (item == null || item.kind() == MediaKind.IMAGE) return;
                var board = startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.put(MediaDrag.FORMAT, item.id());
                board.setContent(content);
                if (thumb.getImage() != null) board.setDragView(thumb.getImage());
                e.consume();
            });
        }

        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setContextMenu(null);
                setTooltip(null);
                return;
            }
            icon.setIconLiteral(switch (item.kind()) {
                case IMAGE -> "mdi2f-file-image-outline";
                case VIDEO -> "mdi2m-movie-open-outline";
                case AUDIO -> "mdi2f-file-music-outline";
            });
            thumb.setImage(item.thumbnail() == null ? null : image(item.thumbnail()));
            icon.setVisible(item.thumbnail() == null);
            name.setText(item.name());
            detail.setText(item.detail());
            box.getStyleClass().removeAll("missing", "changed");
            if (item.state() == MediaStatus.MISSING) box.getStyleClass().add("missing");
            if (item.state() == MediaStatus.CHANGED) box.getStyleClass().add("changed");
            setTooltip(tooltip(item));
            setContextMenu(menuFor(item));
            setGraphic(box);
        }
    }
}
