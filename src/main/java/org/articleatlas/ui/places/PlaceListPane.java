package org.articleatlas.ui.places;

import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.ui.app.Messages;
import org.articleatlas.ui.places.PlacesViewModel.Origin;

/**
 * The places the articles name, the most named first, each with its kind's colour (as on the map), its
 * kind and how often it is named. Choosing one selects it everywhere; Enter or a double click opens its
 * excerpts.
 */
public final class PlaceListPane extends ListView<PlaceResult> {

    private final SortedList<PlaceResult> sorted;
    private boolean following;

    /** @param openChosen what Enter and a double click do on the chosen place */
    public PlaceListPane(Messages messages, PlacesViewModel places, Runnable openChosen) {
        sorted = new SortedList<>(places.places(), PlacesViewModel.listOrder(messages.language()));
        setItems(sorted);
        setId("placeList");
        Label empty = new Label(messages.get("places.empty"));
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(8));
        setPlaceholder(empty);
        setCellFactory(v -> new PlaceCell(messages));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!following && now != null && now != places.selectedProperty().get()) {
                places.select(now, Origin.LIST);
            }
        });
        places.selectedProperty().addListener((obs, old, now) -> {
            following = true;
            try {
                if (now == null) {
                    getSelectionModel().clearSelection();
                } else if (getSelectionModel().getSelectedItem() != now) {
                    getSelectionModel().select(now);
                    scrollTo(Math.max(0, getSelectionModel().getSelectedIndex() - 3));
                }
            } finally {
                following = false;
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                openChosen.run();
                e.consume();
            }
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && getSelectionModel().getSelectedItem() != null) {
                openChosen.run();
            }
        });
    }

    /** The places in the list's order, which Tab on the map follows too. */
    public SortedList<PlaceResult> sorted() {
        return sorted;
    }

    private static final class PlaceCell extends ListCell<PlaceResult> {

        private final Messages messages;
        private final Region dot = new Region();
        private final Label name = new Label();
        private final Label details = new Label();
        private final HBox box;

        PlaceCell(Messages messages) {
            this.messages = messages;
            dot.getStyleClass().add("kind-dot");
            dot.setMinSize(10, 10);
            dot.setMaxSize(10, 10);
            name.getStyleClass().add("place-name");
            // Long names wrap instead of ending in « … »: two bases of the same army often differ only in their last words.
            name.setWrapText(true);
            details.getStyleClass().add("article-details");
            VBox text = new VBox(0, name, details);
            HBox.setHgrow(text, Priority.ALWAYS);
            box = new HBox(8, dot, text);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(PlaceResult place, boolean empty) {
            super.updateItem(place, empty);
            if (empty || place == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            dot.getStyleClass().setAll("kind-dot", "kind-" + place.place().kind().label());
            name.setText(place.place().name(messages.language()));
            details.setText(messages.get("places.cell", messages.get("kind." + place.place().kind().label()),
                    place.mentions().size()));
            setText(null);
            setGraphic(box);
        }
    }
}
