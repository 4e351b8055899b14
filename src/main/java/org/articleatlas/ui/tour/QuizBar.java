package org.articleatlas.ui.tour;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.ui.app.Messages;
import org.articleatlas.ui.map.MapCamera;
import org.articleatlas.ui.places.PlacesViewModel;

/**
 * The quiz over the map: the question with its sentence, the answer once the student has clicked,
 * and the score. While it runs the place markers are hidden (style class {@code quiz-running} on the
 * map), a still click on the map answers, → / Space / Enter go on and Escape ends.
 */
public final class QuizBar extends VBox {

    private final Messages messages;
    private final QuizViewModel quiz;
    private final PlacesViewModel places;
    private final Node map;
    private final Label counter = new Label();
    private final TextFlow sentence = new TextFlow();
    private final Label result = new Label();
    private final Button next = new Button();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private Scene listening;

    public QuizBar(Messages messages, QuizViewModel quiz, PlacesViewModel places, MapView mapView, Node map,
            MapCamera camera) {
        super(6);
        this.messages = messages;
        this.quiz = quiz;
        this.places = places;
        this.map = map;
        setId("quizBar");
        getStyleClass().addAll("tour-bar", "quiz-bar");
        setPadding(new Insets(8, 12, 8, 12));
        setMaxHeight(Region.USE_PREF_SIZE);
        setMaxWidth(760);
        counter.getStyleClass().add("tour-counter");
        counter.setMinWidth(Region.USE_PREF_SIZE);
        result.setId("quizResult");
        result.getStyleClass().add("quiz-result");
        result.setWrapText(true);
        next.setText(messages.get("quiz.next"));
        next.setFocusTraversable(false);
        next.setOnAction(e -> goOn());
        Button end = new Button("\u2715");
        end.setFocusTraversable(false);
        end.setOnAction(e -> quiz.stop());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, counter, gap, next, end);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, sentence, result);
        setVisible(false);
        setManaged(false);
        mapView.addLayer(new QuizLayer(quiz));
        mapView.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (quiz.isActive() && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                MapPoint at = mapView.getMapPosition(e.getX(), e.getY());
                GeoPoint clicked = new GeoPoint(Math.max(-85, Math.min(85, at.getLatitude())),
                        ((at.getLongitude() + 180) % 360 + 360) % 360 - 180);
                quiz.answer(clicked).ifPresent(a -> camera.fit(List.of(clicked, a.question().place().place().point()),
                        getHeight() + 28, 7));
                e.consume();
            }
        });
        quiz.currentProperty().addListener((obs, old, now) -> show());
        quiz.answerProperty().addListener((obs, old, now) -> show());
    }

    private void goOn() {
        if (quiz.answerProperty().get() == null) {
            return;
        }
        if (!quiz.next()) {
            result.setText(messages.get("quiz.done", quiz.totalProperty().get(),
                    quiz.questionCount() * QuizViewModel.FULL_MARKS));
            next.setDisable(true);
        }
    }

    private void show() {
        TourViewModel.Step q = quiz.currentProperty().get();
        boolean on = q != null;
        setVisible(on);
        setManaged(on);
        toggle(on);
        if (!on) {
            return;
        }
        next.setDisable(quiz.answerProperty().get() == null);
        counter.setText(messages.get("quiz.counter", quiz.indexProperty().get() + 1, quiz.questionCount(),
                quiz.totalProperty().get()));
        QuizViewModel.Answer a = quiz.answerProperty().get();
        String name = q.place().place().name(messages.language());
        sentence.getChildren().setAll(new Text(messages.get("quiz.question", name) + "  "));
        places.article(q.mention().articleId()).ifPresent(article -> {
            String text = article.text();
            int s = q.mention().sentence().start();
            int from = q.mention().span().start();
            int to = q.mention().span().end();
            int e = Math.max(to, q.mention().sentence().end());
            Text word = new Text(text.substring(from, to));
            word.getStyleClass().add("tour-name");
            sentence.getChildren().addAll(new Text(text.substring(s, from).stripLeading()), word,
                    new Text(text.substring(to, e).stripTrailing()));
        });
        sentence.getChildren().forEach(n -> n.getStyleClass().add("tour-sentence"));
        result.setText(a == null ? messages.get("quiz.click")
                : messages.get("quiz.answer", a.distanceKm(), a.marks(), QuizViewModel.FULL_MARKS));
    }

    /** Markers and labels would give the answers away; hidden while a quiz runs, with the keys taken. */
    private void toggle(boolean on) {
        if (on && !map.getStyleClass().contains("quiz-running")) {
            map.getStyleClass().add("quiz-running");
            places.clearSelection();
        } else if (!on) {
            map.getStyleClass().remove("quiz-running");
        }
        if (on && listening == null && getScene() != null) {
            listening = getScene();
            listening.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        } else if (!on && listening != null) {
            listening.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            listening = null;
        }
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.RIGHT || code == KeyCode.SPACE || code == KeyCode.ENTER) {
            goOn();
        } else if (code == KeyCode.ESCAPE) {
            quiz.stop();
        } else {
            return;
        }
        e.consume();
    }
}
