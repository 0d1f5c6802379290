package io.mouthpiece.ui.mediabin;

import io.mouthpiece.ui.mediabin.MediaBinViewModel.Item;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Lists the project's media; import and thumbnails come with the media-bin issue. */
public final class MediaBinController {
    private final MediaBinViewModel vm;
    @FXML private ListView<Item> mediaList;
    @FXML private Label countLabel;

    public MediaBinController(MediaBinViewModel vm) { this.vm = vm; }

    @FXML
    private void initialize() {
        mediaList.setItems(vm.items());
        mediaList.setCellFactory(list -> new MediaCell());
        countLabel.textProperty().bind(vm.countProperty());
    }

    private static final class MediaCell extends ListCell<Item> {
        private final FontIcon icon = new FontIcon();
        private final Label name = new Label();
        private final Label detail = new Label();
        private final HBox box = new HBox(10, icon, new VBox(2, name, detail));

        MediaCell() {
            box.getStyleClass().add("media-cell");
            name.getStyleClass().add("media-name");
            detail.getStyleClass().add("media-meta");
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            icon.setIconLiteral(switch (item.kind()) {
                case IMAGE -> "mdi2f-file-image-outline";
                case VIDEO -> "mdi2m-movie-open-outline";
                case AUDIO -> "mdi2f-file-music-outline";
            });
            name.setText(item.name());
            detail.setText(item.detail());
            box.getStyleClass().remove("missing");
            if (item.missing()) box.getStyleClass().add("missing");
            setGraphic(box);
        }
    }
}
