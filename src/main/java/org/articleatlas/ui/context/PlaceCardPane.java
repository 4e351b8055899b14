package org.articleatlas.ui.context;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.articleatlas.context.PlaceCard;
import org.articleatlas.context.PointContext;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.Language;
import org.articleatlas.ui.app.Messages;
import org.articleatlas.ui.places.PlacesViewModel;
import org.articleatlas.ui.project.ProjectViewModel;

/**
 * The card of the selected place as a class reads it: where it is, how far from the borders and the
 * other places, what it neighbours — and the teacher's own note on it, saved in the project.
 */
public final class PlaceCardPane extends VBox {

    private final Messages messages;
    private final PlacesViewModel places;
    private final ProjectViewModel project;
    private final Label heading = new Label();
    private final Label status = new Label();
    private final TextArea note = new TextArea();
    private final VBox body = new VBox(8);
    private boolean showingNote;

    public PlaceCardPane(Messages messages, PlacesViewModel places, PlaceCards cards, ProjectViewModel project) {
        super(6);
        this.messages = messages;
        this.places = places;
        this.project = project;
        setId("placeCard");
        setPadding(new Insets(8));
        heading.getStyleClass().add("side-heading");
        heading.setWrapText(true);
        status.getStyleClass().add("article-details");
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        note.setId("placeNote");
        note.setPromptText(messages.get("card.note.prompt"));
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.textProperty().addListener((obs, old, now) -> {
            PlaceResult p = places.selectedProperty().get();
            if (!showingNote && p != null) {
                project.edit(pr -> pr.withNote(p.place().id(), now));
            }
        });
        Label noteLabel = new Label(messages.get("card.note"));
        noteLabel.getStyleClass().add("card-label");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        body.setPadding(new Insets(0, 8, 8, 0));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, status, noteLabel, note, scroll);
        places.selectedProperty().addListener((obs, old, now) -> showPlace(now));
        // A project opened or started anew brings its own notes: the one shown follows.
        project.projectProperty().addListener((obs, old, now) -> {
            PlaceResult p = places.selectedProperty().get();
            String wanted = p == null ? "" : now.noteOn(p.place().id()).map(n -> n.text()).orElse("");
            if (!wanted.equals(note.getText())) {
                showPlace(p);
            }
        });
        cards.cardProperty().addListener((obs, old, now) -> showCard(now));
        cards.stateProperty().addListener((obs, old, now) -> showState(now, cards));
        showPlace(places.selectedProperty().get());
    }

    private void showPlace(PlaceResult place) {
        showingNote = true;
        try {
            note.setText(place == null ? "" : project.project().noteOn(place.place().id()).map(n -> n.text()).orElse(""));
        } finally {
            showingNote = false;
        }
        note.setDisable(place == null);
        if (place == null) {
            heading.setText(messages.get("card.none"));
            body.getChildren().clear();
            return;
        }
        heading.setText(place.place().name(messages.language()) + " \u2014 "
                + messages.get("kind." + place.place().kind().label()));
    }

    private void showState(PlaceCards.State state, PlaceCards cards) {
        status.setText(switch (state) {
            case WAITING -> messages.get("card.waiting");
            case COMPUTING -> messages.get("card.computing");
            case FAILED -> messages.get("card.failed", cards.failureProperty().get());
            default -> "";
        });
    }

    private void showCard(PlaceCard card) {
        body.getChildren().clear();
        if (card == null) {
            return;
        }
        GridPane facts = new GridPane();
        facts.setHgap(8);
        facts.setVgap(4);
        facts.getStyleClass().add("card-facts");
        int row = 0;
        if (card.country() != null) {
            row = fact(facts, row, "card.country", name(card.country().nameEn(), card.country().nameFr()));
        }
        if (card.admin1() != null) {
            row = fact(facts, row, "card.admin1", name(card.admin1().nameEn(), card.admin1().nameFr()));
        }
        if (card.nearestCity() != null) {
            row = fact(facts, row, "card.nearestCity", messages.get("card.distance",
                    name(card.nearestCity().nameEn(), card.nearestCity().nameFr()), card.nearestCity().distanceKm()));
        }
        if (card.nearestBorder() != null) {
            PointContext.NearestBorder b = card.nearestBorder();
            row = fact(facts, row, "card.nearestBorder", messages.get("card.distance", name(b.nameEn(), b.nameFr()),
                    b.distanceKm()));
        }
        if (card.regions() != null && !card.regions().isEmpty()) {
            row = fact(facts, row, "card.regions", card.regions().stream().map(r -> name(r.nameEn(), r.nameFr()))
                    .collect(Collectors.joining(", ")));
        }
        if (card.neighbours() != null && !card.neighbours().isEmpty()) {
            fact(facts, row, "card.neighbours", card.neighbours().stream().map(n -> name(n.nameEn(), n.nameFr()))
                    .collect(Collectors.joining(", ")));
        }
        body.getChildren().add(facts);
        if (card.namedBorders() != null && !card.namedBorders().isEmpty()) {
            section("card.namedBorders", card.namedBorders().stream().map(b -> messages.get("card.distance",
                    name(b.nameEn(), b.nameFr()), b.distanceKm())).toList(), "named-border");
        }
        if (card.articlePlaces() != null && !card.articlePlaces().isEmpty()) {
            section("card.articlePlaces", card.articlePlaces().stream().limit(12).map(p -> messages.get("card.distance",
                    name(p.nameEn(), p.nameFr()), p.distanceKm())).toList(), "article-place");
        }
        if (card.excerpts() != null) {
            Label excerpts = new Label(messages.get("card.excerpts", card.excerpts().size()));
            excerpts.getStyleClass().add("article-details");
            body.getChildren().add(excerpts);
        }
    }

    private int fact(GridPane grid, int row, String key, String value) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("card-label");
        label.setMinWidth(USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        text.getStyleClass().add("card-value");
        grid.addRow(row, label, text);
        GridPane.setHgrow(text, Priority.ALWAYS);
        return row + 1;
    }

    private void section(String key, List<String> lines, String styleClass) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("card-label");
        body.getChildren().add(title);
        for (String line : lines) {
            Label l = new Label("\u2022 " + line);
            l.setWrapText(true);
            l.getStyleClass().add(styleClass);
            body.getChildren().add(l);
        }
    }

    private String name(String en, String fr) {
        return messages.language() == Language.FRENCH && fr != null ? fr : en;
    }
}
