package org.articleatlas.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.articleatlas.corpus.LoadProblem;
import org.articleatlas.model.Article;
import org.articleatlas.ui.map.AtlasMapPane;
import org.articleatlas.ui.map.MapLayersViewModel;
import org.articleatlas.ui.map.TileSourceViewModel;
import org.articleatlas.ui.places.ExcerptPanel;
import org.articleatlas.ui.places.PlacesViewModel;

/** The main window's layout: menus, the article list beside the map, a status line, and notifications over them. */
public final class MainWindow {

    private final BorderPane layout = new BorderPane();
    private final StackPane root = new StackPane();
    private final AtlasMapPane map;

    public MainWindow(Messages messages, ArticleListViewModel articles, PlacesViewModel places, MapLayersViewModel layers,
            TileSourceViewModel tiles, NotificationsViewModel notices, BackgroundTasks tasks, WindowActions actions) {
        ListView<Article> list = new ListView<>(articles.articles());
        list.setId("articleList");
        list.setCellFactory(v -> new ArticleCell(messages));
        list.setPlaceholder(new Label(messages.get("articles.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> articles.selectedProperty().set(now));
        VBox.setVgrow(list, Priority.ALWAYS);

        Label heading = new Label(messages.get("articles.heading"));
        heading.getStyleClass().add("side-heading");
        VBox side = new VBox(6, heading, list);
        side.setPadding(new Insets(8));
        side.setMinWidth(220);

        map = new AtlasMapPane(messages, places, layers, tiles);
        ExcerptPanel excerpts = new ExcerptPanel(messages, places);
        excerpts.setMinWidth(220);
        SplitPane split = new SplitPane(side, map, excerpts);
        split.setDividerPositions(0.26, 0.77);
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(excerpts, false);

        layout.setTop(new AtlasMenus(messages, actions, () -> root.getScene().getWindow())
                .bar(layers, tiles, () -> map.layerPanel().setVisible(!map.layerPanel().isVisible())));
        layout.setCenter(split);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("progress");
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(tasks.busyProperty());
        HBox bottom = new HBox(4, progress, statusLine(messages, articles, places));
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(0, 0, 0, 6));
        layout.setBottom(bottom);
        NotificationArea notifications = new NotificationArea(notices, messages);
        StackPane.setAlignment(notifications, Pos.TOP_CENTER);
        root.getChildren().addAll(layout, notifications);
        acceptDroppedFiles(actions);
        root.getStylesheets().add(MainWindow.class.getResource("/org/articleatlas/ui/atlas.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    public AtlasMapPane map() {
        return map;
    }

    /** Files dropped on the window: GeoJSON files become layers, the others articles. */
    private void acceptDroppedFiles(WindowActions actions) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<Path> files = e.getDragboard().hasFiles()
                    ? e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList() : List.of();
            List<Path> layerFiles = files.stream().filter(AtlasMenus::isLayerFile).toList();
            List<Path> articleFiles = files.stream().filter(f -> !AtlasMenus.isLayerFile(f)).toList();
            if (!articleFiles.isEmpty()) {
                actions.openArticles(articleFiles);
            }
            if (!layerFiles.isEmpty()) {
                actions.addLayers(layerFiles);
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    private static Label statusLine(Messages messages, ArticleListViewModel articles, PlacesViewModel places) {
        Label status = new Label();
        status.setId("statusLine");
        status.setPadding(new Insets(3, 8, 3, 8));
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            if (articles.loadingProperty().get()) {
                return messages.get("articles.loading");
            }
            String loaded = messages.get("articles.loaded", articles.articles().size());
            int problems = articles.problems().size();
            String line = problems == 0 ? loaded : loaded + " \u2014 " + messages.get("articles.problems", problems);
            return places.statusProperty().get().isEmpty() ? line : line + " \u00b7 " + places.statusProperty().get();
        }, articles.loadingProperty(), articles.articles(), articles.problems(), places.statusProperty()));
        Tooltip problemsTip = new Tooltip();
        problemsTip.textProperty().bind(Bindings.createStringBinding(() -> articles.problems().stream()
                .map(LoadProblem::message).collect(Collectors.joining("\n")), articles.problems()));
        status.tooltipProperty().bind(Bindings.when(Bindings.isEmpty(articles.problems()))
                .then((Tooltip) null).otherwise(problemsTip));
        return status;
    }
}
