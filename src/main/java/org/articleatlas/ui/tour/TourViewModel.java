package org.articleatlas.ui.tour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.articleatlas.context.DatedEvent;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.Mention;
import org.articleatlas.ui.places.PlacesViewModel;
import org.articleatlas.ui.places.PlacesViewModel.Origin;

/**
 * A guided tour: the places of an article one after the other, each with the sentence that brings it
 * in. Every step selects its place through {@link PlacesViewModel}, so the map flies there and the
 * panels follow.
 */
public final class TourViewModel {

    /** One stop: a place, and the sentence (mention) the tour shows for it. */
    public record Step(PlaceResult place, Mention mention) {
    }

    private final PlacesViewModel places;
    private final ReadOnlyObjectWrapper<List<Step>> steps = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Step> current = new ReadOnlyObjectWrapper<>();

    public TourViewModel(PlacesViewModel places) {
        this.places = places;
    }

    /** The places of one article in the order the text first names them. */
    public static List<Step> readingOrder(PlacesViewModel places, String articleId) {
        Map<PlaceResult, Mention> first = new LinkedHashMap<>();
        for (Mention m : places.mentionsIn(articleId)) {
            for (PlaceResult p : places.placesOf(m)) {
                first.putIfAbsent(p, m);
            }
        }
        List<Step> out = new ArrayList<>();
        first.forEach((p, m) -> out.add(new Step(p, m)));
        return out;
    }

    /**
     * The places of the dated events, earliest event first; each place once, at its first event,
     * with that event's sentence.
     */
    public static List<Step> timelineOrder(PlacesViewModel places, List<DatedEvent> events) {
        Map<PlaceResult, Mention> first = new LinkedHashMap<>();
        for (DatedEvent e : events) {
            for (String id : e.placeIds()) {
                places.places().stream().filter(p -> p.place().id().equals(id)).findFirst().ifPresent(p -> {
                    Mention m = p.mentions().stream().filter(x -> e.sentence().covers(x.span())
                            && places.article(x.articleId()).map(a -> a.fileName().equals(e.article())).orElse(false))
                            .findFirst().orElse(p.mentions().get(0));
                    first.putIfAbsent(p, m);
                });
            }
        }
        List<Step> out = new ArrayList<>();
        first.forEach((p, m) -> out.add(new Step(p, m)));
        return out;
    }

    public ReadOnlyObjectProperty<List<Step>> stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The step shown; null when no tour is running. */
    public ReadOnlyObjectProperty<Step> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public boolean isActive() {
        return current.get() != null;
    }

    /** Starts at the first step; false (and nothing shown) when there is no place to visit. */
    public boolean start(List<Step> tour) {
        steps.set(List.copyOf(tour));
        if (tour.isEmpty()) {
            stop();
            return false;
        }
        go(0);
        return true;
    }

    public void next() {
        if (isActive() && index.get() < steps.get().size() - 1) {
            go(index.get() + 1);
        }
    }

    public void previous() {
        if (isActive() && index.get() > 0) {
            go(index.get() - 1);
        }
    }

    public void stop() {
        index.set(-1);
        current.set(null);
    }

    public Optional<Step> current() {
        return Optional.ofNullable(current.get());
    }

    private void go(int i) {
        index.set(i);
        Step step = steps.get().get(i);
        current.set(step);
        places.select(step.place(), step.mention(), Origin.SEARCH);
    }
}
