package org.articleatlas.ui.tour;

import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.articleatlas.ui.app.Messages;
import org.articleatlas.ui.places.PlacesViewModel;

/**
 * The tour's bar over the bottom of the map: which stop of how many, the place and its sentence, and
 * the buttons. While a tour runs, → and Space go on, ← goes back, F switches full screen and Escape ends
 * it, wherever the keyboard focus is.
 */
public final class TourBar extends VBox {

    private final TourViewModel tour;
    private final Messages messages;
    private final PlacesViewModel places;
    private final Label counter = new Label();
    private final TextFlow sentence = new TextFlow();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private Scene listening;

    public TourBar(Messages messages, TourViewModel tour, PlacesViewModel places) {
        super(4);
        this.tour = tour;
        this.messages = messages;
        this.places = places;
        setId("tourBar");
        getStyleClass().add("tour-bar");
        setPadding(new Insets(8, 12, 8, 12));
        setMaxHeight(Region.USE_PREF_SIZE);
        setMaxWidth(760);
        counter.getStyleClass().add("tour-counter");
        counter.setId("tourCounter");
        counter.setMinWidth(Region.USE_PREF_SIZE);
        sentence.getStyleClass().add("tour-sentence");
        sentence.setId("tourSentence");
        Button previous = button("\u2190", messages.get("tour.previous"), tour::previous);
        Button next = button("\u2192", messages.get("tour.next"), tour::next);
        Button full = button(messages.get("tour.fullScreen.short"), messages.get("tour.fullScreen"),
                this::toggleFullScreen);
        Button end = button("\u2715", messages.get("tour.end"), tour::stop);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, counter, gap, previous, next, full, end);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, sentence);
        setVisible(false);
        setManaged(false);
        tour.currentProperty().addListener((obs, old, now) -> show(now));
    }

    private Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.getStyleClass().add("tour-button");
        b.setOnAction(e -> action.run());
        return b;
    }

    private void show(TourViewModel.Step step) {
        boolean on = step != null;
        setVisible(on);
        setManaged(on);
        if (on && listening == null && getScene() != null) {
            listening = getScene();
            listening.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        } else if (!on && listening != null) {
            listening.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            if (listening.getWindow() instanceof Stage stage && stage.isFullScreen()) {
                stage.setFullScreen(false);
            }
            listening = null;
        }
        if (!on) {
            return;
        }
        counter.setText(messages.get("tour.counter", tour.indexProperty().get() + 1, tour.stepsProperty().get().size(),
                step.place().place().name(messages.language())));
        sentence.getChildren().clear();
        places.article(step.mention().articleId()).ifPresent(a -> {
            String text = a.text();
            int s = step.mention().sentence().start();
            int from = step.mention().span().start();
            int to = step.mention().span().end();
            int e = Math.max(to, step.mention().sentence().end());
            Text name = new Text(text.substring(from, to));
            name.getStyleClass().addAll("tour-sentence", "tour-name");
            Text before = new Text(text.substring(s, from).stripLeading());
            Text after = new Text(text.substring(to, e).stripTrailing());
            before.getStyleClass().add("tour-sentence");
            after.getStyleClass().add("tour-sentence");
            sentence.getChildren().addAll(before, name, after);
        });
    }

    private void onKey(KeyEvent e) {
        if (!tour.isActive()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.RIGHT || code == KeyCode.SPACE || code == KeyCode.PAGE_DOWN) {
            tour.next();
        } else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP) {
            tour.previous();
        } else if (code == KeyCode.ESCAPE) {
            tour.stop();
        } else if (code == KeyCode.F && !e.isShortcutDown()) {
            toggleFullScreen();
        } else {
            return;
        }
        e.consume();
    }

    private void toggleFullScreen() {
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            // Escape ends the tour and leaves full screen together, rather than JavaFX's own exit key.
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint(messages.get("tour.fullScreen.hint"));
            stage.setFullScreen(!stage.isFullScreen());
        }
    }
}
