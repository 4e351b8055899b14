package org.articleatlas.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.articleatlas.corpus.LoadProblem;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.model.Article;
import org.articleatlas.ui.export.ExportMapAction;
import org.articleatlas.ui.map.AtlasMapPane;
import org.articleatlas.ui.map.MapCamera;
import org.articleatlas.ui.map.MapControls;
import org.articleatlas.ui.map.MapLayersViewModel;
import org.articleatlas.ui.map.MapNavigator;
import org.articleatlas.ui.map.TileSourceViewModel;
import org.articleatlas.ui.places.PlaceListPane;
import org.articleatlas.ui.project.ProjectAnnotations;
import org.articleatlas.ui.project.ProjectController;
import org.articleatlas.ui.reader.ReaderViewModel;
import org.articleatlas.ui.search.SearchPane;
import org.articleatlas.ui.search.SearchViewModel;
import org.articleatlas.ui.places.PlacesViewModel;

/**
 * The main window's layout: menus; the articles, the search box and the places beside the map; the
 * excerpts and the reader on the other side; a status line with a progress indicator; notifications
 * over them all. Each part is its own class; this one joins them.
 */
public final class MainWindow {

    /** Where the map column starts and ends, as shares of the window's width. */
    private static final double MAP_FROM = 0.22;
    private static final double MAP_TO = 0.66;
    /** The menu bar, the timeline strip under the map and the status line, about (measured: 119 px). */
    private static final double ROWS_OUTSIDE_MAP = 119;

    private final BorderPane layout = new BorderPane();
    private final StackPane root = new StackPane();
    private final AtlasMapPane map;
    private final SidePanels panels;

    public MainWindow(Messages messages, ArticleListViewModel articles, PlacesViewModel places, MapLayersViewModel layers,
            TileSourceViewModel tiles, NotificationsViewModel notices, BackgroundTasks tasks, WindowActions actions,
            Teaching teaching, ProjectController project, TextViews text) {
        ListView<Article> list = new ListView<>(articles.articles());
        list.setId("articleList");
        list.setCellFactory(v -> new ArticleCell(messages));
        list.setPlaceholder(new Label(messages.get("articles.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> articles.selectedProperty().set(now));
        list.setPrefHeight(170);
        list.setMinHeight(120);

        ReaderViewModel reader = text.reader();
        MapCamera camera = new MapCamera();
        SearchViewModel search = text.search();
        Runnable fitAll = () -> camera.fit(places.places().stream().map(p -> p.place().point()).toList());
        Runnable fitArticle = () -> Optional.ofNullable(reader.articleProperty().get())
                .or(() -> Optional.ofNullable(articles.selectedProperty().get()))
                .or(() -> articles.articles().stream().findFirst())
                .ifPresent(a -> camera.fit(places.placesIn(a.id()).stream().map(p -> p.place().point()).toList()));

        panels = new SidePanels(messages, places, reader, teaching);
        PlaceListPane placeList = new PlaceListPane(messages, places, panels::openExcerpts);
        SearchPane searchPane = new SearchPane(messages, search, placeList);
        VBox.setVgrow(searchPane, Priority.ALWAYS);
        VBox side = new VBox(6, heading(messages.get("articles.heading")), list,
                heading(messages.get("places.heading")), searchPane);
        side.setPadding(new Insets(8));
        side.setMinWidth(220);
        articles.selectedProperty().addListener((obs, old, now) -> {
            reader.open(now);
            panels.showReader();
        });

        map = new AtlasMapPane(messages, places, layers, tiles);
        MapNavigator.attach(map.mapView(), map, camera, places, placeList.sorted(), panels::openExcerpts,
                placeList::requestFocus);
        MapControls controls = new MapControls(messages, camera, fitAll, fitArticle);
        StackPane.setAlignment(controls, Pos.TOP_LEFT);
        map.getChildren().add(controls);

        TeachingViews teachingViews = new TeachingViews(messages, teaching, places, reader, articles);
        SplitPane split = new SplitPane(side, teachingViews.aroundMap(map, camera, panels::showCard), panels);
        split.setDividerPositions(MAP_FROM, MAP_TO);
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(panels, false);

        layout.setTop(teachingViews.menus(new AtlasMenus(messages, actions, () -> root.getScene().getWindow()).bar(
                layers, tiles, () -> map.layerPanel().setVisible(!map.layerPanel().isVisible()),
                navigationItems(messages, camera, fitAll, fitArticle, searchPane)), project));
        new ExportMapAction(messages, places, camera, tasks, notices, () -> root.getScene().getWindow(),
                actions::showFolder)
                .annotationsFrom(() -> ProjectAnnotations.of(teaching.project().project()))
                .addTo(((MenuBar) layout.getTop()).getMenus().get(0));
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

    /**
     * About how wide the map is in a window {@code width} px wide, before any layout: for drawing its
     * first tiles ahead, where a few pixels off change nothing or a column of tiles.
     */
    static double mapWidthIn(double width) {
        return width * (MAP_TO - MAP_FROM);
    }

    /** About how high the map is in a window {@code height} px high, before any layout. */
    static double mapHeightIn(double height) {
        return Math.max(0, height - ROWS_OUTSIDE_MAP);
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("side-heading");
        return heading;
    }

    public Parent root() {
        return root;
    }

    public AtlasMapPane map() {
        return map;
    }

    /** Builds what the first frame does not show (the hidden side tabs); once it is out. */
    public void buildDeferred() {
        panels.buildHiddenTabs();
    }

    /** Files dropped on the window: GeoJSON files become layers, folders are opened, the others are articles. */
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
            List<Path> folders = files.stream().filter(java.nio.file.Files::isDirectory).toList();
            List<Path> plain = files.stream().filter(f -> !folders.contains(f)).toList();
            List<Path> layerFiles = plain.stream().filter(LayerLoader::isLayerFile).toList();
            List<Path> articleFiles = plain.stream().filter(f -> !LayerLoader.isLayerFile(f)).toList();
            folders.forEach(actions::openDroppedFolder);
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

    /** The View menu's first part: moving about the map and finding things. */
    private static List<MenuItem> navigationItems(Messages messages, MapCamera camera, Runnable fitAll,
            Runnable fitArticle, SearchPane search) {
        return List.of(
                item(messages.get("menu.view.fitAll"), "Shortcut+0", fitAll),
                item(messages.get("menu.view.fitArticle"), "Shortcut+9", fitArticle),
                item(messages.get("menu.view.zoomIn"), "Shortcut+Equals", () -> camera.zoomBy(1)),
                item(messages.get("menu.view.zoomOut"), "Shortcut+Minus", () -> camera.zoomBy(-1)),
                new SeparatorMenuItem(),
                item(messages.get("menu.view.find"), "Shortcut+F", search::focusField));
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
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
