package org.articleatlas.ui.app;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.articleatlas.ui.project.ProjectController;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.articleatlas.model.Article;
import org.articleatlas.ui.context.TimelineStrip;
import org.articleatlas.ui.map.AtlasMapPane;
import org.articleatlas.ui.map.TeacherLayer;
import org.articleatlas.ui.places.PlacesViewModel;
import org.articleatlas.ui.project.MapAnnotations;
import org.articleatlas.ui.reader.ReaderViewModel;
import org.articleatlas.ui.map.MapCamera;
import org.articleatlas.ui.tour.QuizBar;
import org.articleatlas.ui.tour.QuizViewModel;
import org.articleatlas.ui.tour.TourBar;
import org.articleatlas.ui.tour.TourViewModel;

/**
 * Puts the teaching tools into the main window: the teacher's layer and context menu on the map, the
 * tour bar over it, the timeline strip under it, and the tour's menu items.
 */
final class TeachingViews {

    private final Messages messages;
    private final Teaching teaching;
    private final PlacesViewModel places;
    private final ReaderViewModel reader;
    private final ArticleListViewModel articles;

    TeachingViews(Messages messages, Teaching teaching, PlacesViewModel places, ReaderViewModel reader,
            ArticleListViewModel articles) {
        this.messages = messages;
        this.teaching = teaching;
        this.places = places;
        this.reader = reader;
        this.articles = articles;
    }

    /** The map with the teacher's marks, the tour bar and the timeline strip under it. */
    Node aroundMap(AtlasMapPane map, MapCamera camera, Runnable showCard) {
        map.mapView().addLayer(new TeacherLayer(teaching.project().projectProperty(), places,
                teaching.timeline().highlighted()));
        MapAnnotations.attach(map.mapView(), messages, teaching.project(), places);
        TourBar bar = new TourBar(messages, teaching.tour(), places);
        StackPane.setAlignment(bar, Pos.BOTTOM_CENTER);
        StackPane.setMargin(bar, new javafx.geometry.Insets(0, 12, 28, 12));
        QuizBar quizBar = new QuizBar(messages, teaching.quiz(), places, map.mapView(), map, camera);
        StackPane.setAlignment(quizBar, Pos.BOTTOM_CENTER);
        StackPane.setMargin(quizBar, new javafx.geometry.Insets(0, 12, 28, 12));
        map.getChildren().addAll(bar, quizBar);
        teaching.tour().currentProperty().addListener((obs, old, now) -> {
            if (now != null) {
                showCard.run();
            }
        });
        TimelineStrip strip = new TimelineStrip(messages, teaching.timeline());
        Button tour = new Button(messages.get("tour.start"));
        tour.setId("tourButton");
        tour.setTooltip(new Tooltip(messages.get("tour.start.tip")));
        tour.setOnAction(e -> startReadingTour());
        Button quiz = new Button(messages.get("quiz.start"));
        quiz.setId("quizButton");
        quiz.setTooltip(new Tooltip(messages.get("quiz.start.tip")));
        quiz.setOnAction(e -> startQuiz());
        strip.addLeading(tour);
        strip.addLeading(quiz);
        VBox box = new VBox(map, strip);
        VBox.setVgrow(map, Priority.ALWAYS);
        return box;
    }

    /**
     * Adds the project's items at the head of the File menu, makes Quit ask before unsaved work is
     * dropped, and ends the View menu with the tours and the quiz.
     */
    MenuBar menus(MenuBar bar, ProjectController project) {
        Menu file = bar.getMenus().get(0);
        file.getItems().addAll(0, project.menuItems());
        MenuItem quit = file.getItems().get(file.getItems().size() - 1);
        quit.setOnAction(e -> {
            if (project.mayDiscard()) {
                Platform.exit();
            }
        });
        Menu view = bar.getMenus().get(bar.getMenus().size() - 1);
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().addAll(viewMenuItems());
        return bar;
    }

    List<MenuItem> viewMenuItems() {
        MenuItem reading = new MenuItem(messages.get("menu.view.tour"));
        reading.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        reading.setOnAction(e -> startReadingTour());
        MenuItem byTime = new MenuItem(messages.get("menu.view.tourTimeline"));
        byTime.setOnAction(e -> teaching.quiz().stop());
        byTime.addEventHandler(javafx.event.ActionEvent.ACTION, e -> teaching.tour().start(TourViewModel.timelineOrder(places,
                teaching.timeline().events())));
        MenuItem quiz = new MenuItem(messages.get("menu.view.quiz"));
        quiz.setOnAction(e -> startQuiz());
        return List.of(reading, byTime, quiz);
    }

    private void startQuiz() {
        teaching.tour().stop();
        article().ifPresent(id -> teaching.quiz().start(QuizViewModel.questionsFor(places, id)));
    }

    /** The article in the reader, else the one chosen in the list, else the first. */
    private void startReadingTour() {
        teaching.quiz().stop();
        article().ifPresent(id -> teaching.tour().start(TourViewModel.readingOrder(places, id)));
    }

    private Optional<String> article() {
        return Optional.ofNullable(reader.articleProperty().get())
                .or(() -> Optional.ofNullable(articles.selectedProperty().get()))
                .or(() -> articles.articles().stream().findFirst())
                .map(Article::id);
    }
}
