package org.articleatlas.ui.search;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.articleatlas.ui.app.Messages;
import org.articleatlas.ui.search.SearchViewModel.Result;

/**
 * A search field above another view (the place list): while a query is typed its results replace that
 * view. Down goes from the field to the results, Enter chooses, Escape clears the search.
 */
public final class SearchPane extends VBox {

    private final TextField field = new TextField();
    private final ListView<Result> results;

    public SearchPane(Messages messages, SearchViewModel search, Node whenIdle) {
        super(6);
        field.setId("searchField");
        field.setPromptText(messages.get("search.prompt"));
        field.textProperty().bindBidirectional(search.queryProperty());
        results = new ListView<>(search.results());
        results.setId("searchResults");
        results.setPlaceholder(new Label(messages.get("search.none")));
        results.setCellFactory(v -> new ResultCell(messages));
        results.visibleProperty().bind(field.textProperty().length().greaterThanOrEqualTo(SearchViewModel.MIN_LENGTH));
        whenIdle.visibleProperty().bind(results.visibleProperty().not());
        StackPane stack = new StackPane(whenIdle, results);
        VBox.setVgrow(stack, Priority.ALWAYS);
        getChildren().addAll(field, stack);

        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !search.results().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !search.results().isEmpty()) {
                search.choose(search.results().get(0));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                e.consume();
            }
        });
        results.setOnKeyPressed(e -> {
            Result chosen = results.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                search.choose(chosen);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                field.requestFocus();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            Result chosen = results.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && chosen != null) {
                search.choose(chosen);
            }
        });
    }

    /** Puts the cursor in the search field, as Ctrl+F does. */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    private static final class ResultCell extends ListCell<Result> {

        private final Messages messages;

        ResultCell(Messages messages) {
            this.messages = messages;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Result r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            if (r.isPlace()) {
                Region dot = new Region();
                dot.getStyleClass().addAll("kind-dot", "kind-" + r.place().place().kind().label());
                dot.setMinSize(10, 10);
                dot.setMaxSize(10, 10);
                Label name = new Label(r.place().place().name(messages.language()));
                name.getStyleClass().add("place-name");
                Label kind = new Label(messages.get("places.cell",
                        messages.get("kind." + r.place().place().kind().label()), r.place().mentions().size()));
                kind.getStyleClass().add("article-details");
                HBox box = new HBox(8, dot, new VBox(0, name, kind));
                box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                setGraphic(box);
            } else {
                Text before = new Text(r.snippet().substring(0, r.matchStart()));
                Text match = new Text(r.snippet().substring(r.matchStart(), r.matchEnd()));
                match.getStyleClass().add("excerpt-mention");
                Text after = new Text(r.snippet().substring(r.matchEnd()));
                TextFlow flow = new TextFlow(before, match, after);
                flow.maxWidthProperty().bind(widthProperty().subtract(24));
                Label source = new Label(r.article().title());
                source.getStyleClass().add("article-details");
                source.maxWidthProperty().bind(widthProperty().subtract(24));
                VBox box = new VBox(1, flow, source);
                setGraphic(box);
            }
        }
    }
}
