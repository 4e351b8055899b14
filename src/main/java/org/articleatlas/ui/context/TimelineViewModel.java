package org.articleatlas.ui.context;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.articleatlas.context.DatedEvent;
import org.articleatlas.ui.places.PlacesViewModel;

/**
 * The articles' dated events, earliest first, and what the user chose among them: one event (its
 * sentence shown, its places highlighted and the first of them selected) or a period (every event
 * that falls in it, and their places).
 */
public final class TimelineViewModel {

    /** A span of days chosen on the strip. */
    public record Period(LocalDate from, LocalDate to) {
    }

    private final PlacesViewModel places;
    private final ObservableList<DatedEvent> events = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DatedEvent> chosen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Period> period = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> highlighted = FXCollections.observableArrayList();
    /** False until the first reading's dates are in: an empty strip then means « not read yet », not « no date ». */
    private final ReadOnlyBooleanWrapper read = new ReadOnlyBooleanWrapper();

    public TimelineViewModel(PlacesViewModel places) {
        this.places = places;
    }

    public ObservableList<DatedEvent> events() {
        return events;
    }

    public ReadOnlyObjectProperty<DatedEvent> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Period> periodProperty() {
        return period.getReadOnlyProperty();
    }

    /** The ids of the places of the chosen event or period, for the map to ring. */
    public ObservableList<String> highlighted() {
        return highlighted;
    }

    /** Whether the articles' dates have been read at least once. */
    public ReadOnlyBooleanProperty readProperty() {
        return read.getReadOnlyProperty();
    }

    /** The events of a new reading; what was chosen is forgotten. */
    public void accept(List<DatedEvent> found) {
        clear();
        read.set(true);
        events.setAll(found);
    }

    /** Chooses one event: its places are highlighted, the first one the articles locate is selected. */
    public void choose(DatedEvent event) {
        // The places first: whoever listens to the choice reads them.
        highlighted.setAll(event.placeIds());
        period.set(null);
        chosen.set(event);
        for (String id : event.placeIds()) {
            if (places.select(id).isPresent()) {
                break;
            }
        }
    }

    /** Chooses every event that overlaps the days from {@code from} to {@code to}, both included. */
    public List<DatedEvent> choosePeriod(LocalDate from, LocalDate to) {
        LocalDate a = from.isAfter(to) ? to : from;
        LocalDate b = from.isAfter(to) ? from : to;
        List<DatedEvent> in = events.stream()
                .filter(e -> !e.date().end().isBefore(a) && !e.date().start().isAfter(b)).toList();
        Set<String> ids = new LinkedHashSet<>();
        in.forEach(e -> ids.addAll(e.placeIds()));
        highlighted.setAll(ids);
        chosen.set(null);
        period.set(new Period(a, b));
        return in;
    }

    /** The events of the chosen period, or the chosen event alone. */
    public List<DatedEvent> chosenEvents() {
        if (chosen.get() != null) {
            return List.of(chosen.get());
        }
        Period p = period.get();
        return p == null ? List.of() : events.stream()
                .filter(e -> !e.date().end().isBefore(p.from()) && !e.date().start().isAfter(p.to())).toList();
    }

    public Optional<DatedEvent> chosen() {
        return Optional.ofNullable(chosen.get());
    }

    public void clear() {
        chosen.set(null);
        period.set(null);
        highlighted.clear();
    }
}
