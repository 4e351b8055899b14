package org.articleatlas.ui.app;

import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.articleatlas.corpus.LoadProblem;
import org.articleatlas.model.Article;
import org.articleatlas.ui.map.AtlasMapPane;
import org.articleatlas.ui.places.ExcerptPanel;
import org.articleatlas.ui.places.PlacesViewModel;

/** The main window's layout: menus, the article list beside the map, and a status line. */
public final class MainWindow {

    private final BorderPane root = new BorderPane();

    public MainWindow(Messages messages, ArticleListViewModel articles, PlacesViewModel places) {
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

        AtlasMapPane map = new AtlasMapPane(places);
        ExcerptPanel excerpts = new ExcerptPanel(messages, places);
        excerpts.setMinWidth(220);
        SplitPane split = new SplitPane(side, map, excerpts);
        split.setDividerPositions(0.26, 0.77);
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(excerpts, false);

        root.setTop(menuBar(messages));
        root.setCenter(split);
        root.setBottom(statusLine(messages, articles, places));
        root.getStylesheets().add(MainWindow.class.getResource("/org/articleatlas/ui/atlas.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    private static MenuBar menuBar(Messages messages) {
        MenuItem quit = new MenuItem(messages.get("menu.file.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        return new MenuBar(new Menu(messages.get("menu.file"), null, quit));
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
