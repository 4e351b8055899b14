package org.articleatlas.ui.context;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import org.articleatlas.context.PlaceCard;
import org.articleatlas.context.PlaceCardBuilder;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.ui.app.BackgroundTasks;
import org.articleatlas.ui.places.PlacesViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The card of the selected place, computed by the core's {@link PlaceCardBuilder} off the FX thread
 * each time the selection or the reading changes. A card that arrives after the selection moved on is
 * dropped.
 */
public final class PlaceCards {

    /** Where the card stands: no place chosen, waiting for the geodata, being measured, shown, or failed. */
    public enum State {
        NONE, WAITING, COMPUTING, READY, FAILED
    }

    private static final Logger LOG = LoggerFactory.getLogger(PlaceCards.class);

    private final PlacesViewModel places;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<PlaceCard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NONE);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private ContextSources sources;
    private long request;

    public PlaceCards(PlacesViewModel places, BackgroundTasks tasks) {
        this.places = places;
        this.tasks = tasks;
        places.selectedProperty().addListener((obs, old, now) -> refresh());
        places.places().addListener((ListChangeListener<PlaceResult>) c -> refresh());
    }

    public ReadOnlyObjectProperty<PlaceCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public void sourcesReady(ContextSources ready) {
        this.sources = ready;
        refresh();
    }

    public Optional<ContextSources> sources() {
        return Optional.ofNullable(sources);
    }

    private void refresh() {
        long mine = ++request;
        PlaceResult selected = places.selectedProperty().get();
        Optional<GeoparseResult> reading = places.result();
        if (selected == null || reading.isEmpty()) {
            card.set(null);
            state.set(State.NONE);
            return;
        }
        if (card.get() != null && !card.get().id().equals(selected.place().id())) {
            card.set(null);
        }
        if (sources == null) {
            state.set(State.WAITING);
            return;
        }
        state.set(State.COMPUTING);
        ContextSources s = sources;
        String id = selected.place().id();
        tasks.run(() -> new PlaceCardBuilder(s.geography(), s.gazetteer(), s.regions(), reading.get()).cardFor(id),
                result -> {
                    if (mine != request) {
                        return;
                    }
                    card.set(result.orElse(null));
                    state.set(result.isPresent() ? State.READY : State.FAILED);
                }, e -> {
                    if (mine != request) {
                        return;
                    }
                    LOG.error("The card of {} could not be made", id, e);
                    failure.set(e.getMessage() == null ? e.toString() : e.getMessage());
                    card.set(null);
                    state.set(State.FAILED);
                });
    }
}
