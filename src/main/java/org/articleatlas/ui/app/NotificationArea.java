package org.articleatlas.ui.app;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The notifications, stacked over the window's top edge; each closes by itself or with its button. */
final class NotificationArea extends VBox {

    private final NotificationsViewModel model;
    private final Messages messages;
    private final Map<NotificationsViewModel.Notice, Node> shown = new IdentityHashMap<>();

    NotificationArea(NotificationsViewModel model, Messages messages) {
        super(6);
        this.model = model;
        this.messages = messages;
        setId("notifications");
        setAlignment(Pos.TOP_CENTER);
        setPadding(new Insets(34, 0, 0, 0));
        setPickOnBounds(false);
        setMaxWidth(560);
        setMaxHeight(USE_PREF_SIZE);
        model.notices().addListener((ListChangeListener<NotificationsViewModel.Notice>) c -> show());
        show();
    }

    private void show() {
        shown.keySet().retainAll(model.notices());
        getChildren().setAll(model.notices().stream().map(n -> shown.computeIfAbsent(n, this::card)).toList());
    }

    private Node card(NotificationsViewModel.Notice notice) {
        Label text = new Label(notice.message());
        text.setWrapText(true);
        text.setMaxWidth(500);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("\u00d7");
        close.getStyleClass().add("notification-close");
        close.setAccessibleText(messages.get("notice.close"));
        close.setOnAction(e -> model.dismiss(notice));
        HBox card = new HBox(8, text);
        notice.action().ifPresent(action -> {
            Button act = new Button(action.label());
            act.getStyleClass().add("notification-action");
            act.setOnAction(e -> {
                action.run().run();
                model.dismiss(notice);
            });
            card.getChildren().add(act);
        });
        card.getChildren().add(close);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().addAll("notification", notice.problem() ? "notification-problem" : "notification-info");
        PauseTransition timer = new PauseTransition(Duration.seconds(notice.problem() ? 15 : 6));
        timer.setOnFinished(e -> model.dismiss(notice));
        card.setOnMouseEntered(e -> timer.pause());
        card.setOnMouseExited(e -> timer.play());
        timer.play();
        return card;
    }
}
