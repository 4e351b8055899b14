package org.articleatlas.ui.app;

import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.articleatlas.corpus.LoadProblem;
import org.articleatlas.model.Article;
import org.articleatlas.ui.map.AtlasMapPane;
import org.articleatlas.ui.map.MapCamera;
import org.articleatlas.ui.map.MapControls;
import org.articleatlas.ui.map.MapNavigator;
import org.articleatlas.ui.places.PlaceListPane;
import org.articleatlas.ui.project.ProjectController;
import org.articleatlas.ui.reader.ReaderViewModel;
import org.articleatlas.ui.search.SearchPane;
import org.articleatlas.ui.search.SearchViewModel;
import org.articleatlas.ui.places.PlacesViewModel;

/**
 * The main window's layout: menus; the articles, the search box and the places beside the map; the
 * excerpts and the reader on the other side; a status line. Each part is its own class; this one joins them.
 */
public final class MainWindow {

    private final BorderPane root = new BorderPane();

    public MainWindow(Messages messages, ArticleListViewModel articles, PlacesViewModel places, Teaching teaching,
            ProjectController project) {
        ListView<Article> list = new ListView<>(articles.articles());
        list.setId("articleList");
        list.setCellFactory(v -> new ArticleCell(messages));
        list.setPlaceholder(new Label(messages.get("articles.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> articles.selectedProperty().set(now));
        list.setPrefHeight(170);
        list.setMinHeight(120);

        ReaderViewModel reader = new ReaderViewModel(places);
        MapCamera camera = new MapCamera();
        SearchViewModel search = new SearchViewModel(places, reader, articles.articles());
        Runnable fitAll = () -> camera.fit(places.places().stream().map(p -> p.place().point()).toList());
        Runnable fitArticle = () -> Optional.ofNullable(reader.articleProperty().get())
                .or(() -> Optional.ofNullable(articles.selectedProperty().get()))
                .or(() -> articles.articles().stream().findFirst())
                .ifPresent(a -> camera.fit(places.placesIn(a.id()).stream().map(p -> p.place().point()).toList()));

        SidePanels panels = new SidePanels(messages, places, reader, teaching);
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

        AtlasMapPane map = new AtlasMapPane(places);
        MapNavigator.attach(map.mapView(), map, camera, places, placeList.sorted(), panels::openExcerpts,
                placeList::requestFocus);
        MapControls controls = new MapControls(messages, camera, fitAll, fitArticle);
        StackPane.setAlignment(controls, Pos.TOP_LEFT);
        map.getChildren().add(controls);

        TeachingViews teachingViews = new TeachingViews(messages, teaching, places, reader, articles);
        SplitPane split = new SplitPane(side, teachingViews.aroundMap(map, camera, panels::showCard), panels);
        split.setDividerPositions(0.22, 0.66);
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(panels, false);

        Menu view = viewMenu(messages, camera, fitAll, fitArticle, searchPane);
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().addAll(teachingViews.viewMenuItems());
        root.setTop(new MenuBar(fileMenu(messages, project), view));
        root.setCenter(split);
        root.setBottom(statusLine(messages, articles, places));
        root.getStylesheets().add(MainWindow.class.getResource("/org/articleatlas/ui/atlas.css").toExternalForm());
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("side-heading");
        return heading;
    }

    public Parent root() {
        return root;
    }

    private static Menu fileMenu(Messages messages, ProjectController project) {
        MenuItem quit = new MenuItem(messages.get("menu.file.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> {
            if (project.mayDiscard()) {
                Platform.exit();
            }
        });
        Menu file = new Menu(messages.get("menu.file"), null);
        file.getItems().addAll(project.menuItems());
        file.getItems().add(quit);
        return file;
    }

    private static Menu viewMenu(Messages messages, MapCamera camera, Runnable fitAll, Runnable fitArticle,
            SearchPane search) {
        return new Menu(messages.get("menu.view"), null,
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
