package org.articleatlas.ui.context;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.articleatlas.context.DatePrecision;
import org.articleatlas.context.DatedEvent;
import org.articleatlas.ui.app.Messages;

/**
 * The strip under the map: the dated events in time order, grouped by year. A click on an event shows
 * its sentence and highlights its places; a click on a year chooses the whole year.
 */
public final class TimelineStrip extends VBox {

    private final Messages messages;
    private final TimelineViewModel timeline;
    private final HBox leading = new HBox(6);
    private final HBox axis = new HBox(4);
    private final Label sentence = new Label();

    public TimelineStrip(Messages messages, TimelineViewModel timeline) {
        super(4);
        this.messages = messages;
        this.timeline = timeline;
        setId("timelineStrip");
        getStyleClass().add("timeline-strip");
        setPadding(new Insets(4, 8, 6, 8));
        axis.setAlignment(Pos.CENTER_LEFT);
        axis.getStyleClass().add("timeline-axis");
        ScrollPane scroll = new ScrollPane(axis);
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("timeline-scroll");
        scroll.setMinHeight(38);
        scroll.setPrefHeight(38);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        Label title = new Label(messages.get("timeline.heading"));
        title.getStyleClass().add("side-heading");
        leading.setAlignment(Pos.CENTER_LEFT);
        leading.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, leading, title, scroll);
        top.setAlignment(Pos.CENTER_LEFT);
        sentence.setId("timelineSentence");
        sentence.setWrapText(true);
        sentence.getStyleClass().add("timeline-sentence");
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(top, sentence);
        timeline.events().addListener((ListChangeListener<DatedEvent>) c -> rebuild());
        timeline.readProperty().addListener((obs, old, now) -> rebuild());
        timeline.chosenProperty().addListener((obs, old, now) -> showChoice());
        timeline.periodProperty().addListener((obs, old, now) -> showChoice());
        rebuild();
    }

    /** Puts a control (the tour's button) before the strip's title. */
    public void addLeading(Node node) {
        leading.getChildren().add(node);
    }

    private void rebuild() {
        axis.getChildren().clear();
        int year = Integer.MIN_VALUE;
        for (DatedEvent event : timeline.events()) {
            int y = event.date().start().getYear();
            if (y != year) {
                year = y;
                axis.getChildren().add(yearButton(y));
            }
            axis.getChildren().add(eventButton(event));
        }
        if (timeline.events().isEmpty()) {
            axis.getChildren().add(new Label(messages.get(timeline.readProperty().get() ? "timeline.empty" : "timeline.reading")));
        }
        showChoice();
    }

    private Button yearButton(int year) {
        Button b = new Button(String.valueOf(year));
        b.getStyleClass().add("timeline-year");
        b.setUserData(year);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(messages.get("timeline.year.tip", String.valueOf(year))));
        b.setOnAction(e -> timeline.choosePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        return b;
    }

    private Button eventButton(DatedEvent event) {
        Button b = new Button(label(event));
        b.getStyleClass().add("timeline-event");
        b.setUserData(event);
        Tooltip tip = new Tooltip(event.sentenceText());
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        b.setTooltip(tip);
        b.setOnAction(e -> timeline.choose(event));
        return b;
    }

    /** « 14 Dec 2017 » for a day, « August 2001 » for a month, the words of the text for a longer period. */
    String label(DatedEvent event) {
        DatePrecision p = event.date().precision();
        LocalDate start = event.date().start();
        return switch (p) {
            case DAY -> start.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()));
            case MONTH -> start.format(DateTimeFormatter.ofPattern("MMMM yyyy", messages.locale()));
            case YEAR -> String.valueOf(start.getYear());
            default -> event.date().text();
        };
    }

    private void showChoice() {
        List<DatedEvent> chosen = timeline.chosenEvents();
        axis.getChildren().forEach(n -> n.getStyleClass().remove("chosen"));
        TimelineViewModel.Period period = timeline.periodProperty().get();
        axis.getChildren().stream().filter(n -> n.getUserData() instanceof DatedEvent e ? chosen.contains(e)
                : period != null && n.getUserData() instanceof Integer y && y == period.from().getYear())
                .forEach(n -> n.getStyleClass().add("chosen"));
        if (timeline.chosen().isPresent()) {
            DatedEvent e = timeline.chosen().get();
            sentence.setText(label(e) + " \u2014 " + e.sentenceText());
        } else if (timeline.periodProperty().get() != null) {
            sentence.setText(messages.get("timeline.period", chosen.size(), timeline.highlighted().size(),
                    String.valueOf(timeline.periodProperty().get().from().getYear())));
        } else {
            sentence.setText(timeline.events().isEmpty() ? "" : messages.get("timeline.hint"));
        }
    }
}
