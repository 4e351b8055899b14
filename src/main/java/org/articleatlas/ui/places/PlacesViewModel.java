package org.articleatlas.ui.places;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.geoparse.ResolvedMention;
import org.articleatlas.model.Article;
import org.articleatlas.model.Language;
import org.articleatlas.model.Mention;

/**
 * The places the open articles name and the one selected. The selection is the single one that the
 * map, the place list, the excerpts and the reader all show: each view writes it here and listens
 * to it, never to the others.
 */
public final class PlacesViewModel {

    /** Where a selection was made, so that the map moves for a choice made elsewhere but not for its own clicks. */
    public enum Origin {
        MAP, LIST, EXCERPTS, READER, SEARCH, KEYBOARD
    }

    /**
     * One act of choosing a place, and the mention chosen with it, if any. Compared by identity:
     * choosing the same place again (to fly back to it) is a new focus.
     */
    public static final class Focus {
        private final PlaceResult place;
        private final Mention mention;
        private final Origin origin;

        Focus(PlaceResult place, Mention mention, Origin origin) {
            this.place = place;
            this.mention = mention;
            this.origin = origin;
        }

        public PlaceResult place() {
            return place;
        }

        public Optional<Mention> mention() {
            return Optional.ofNullable(mention);
        }

        public Origin origin() {
            return origin;
        }
    }

    private final ObservableList<PlaceResult> places = FXCollections.observableArrayList();
    private final ObservableList<GeoparseResult.BorderResult> borders = FXCollections.observableArrayList();
    private final ObjectProperty<PlaceResult> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Focus> focus = new ReadOnlyObjectWrapper<>();
    private final StringProperty status = new SimpleStringProperty("");
    private GeoparseResult result;

    public PlacesViewModel() {
        // Whoever sets the selected place directly still moves the focus, so the two never disagree.
        selected.addListener((obs, old, now) -> {
            Focus f = focus.get();
            if (now == null) {
                focus.set(null);
            } else if (f == null || f.place() != now) {
                focus.set(new Focus(now, null, Origin.MAP));
            }
        });
    }

    public ObservableList<PlaceResult> places() {
        return places;
    }

    /** The borders the articles speak of. */
    public ObservableList<GeoparseResult.BorderResult> borders() {
        return borders;
    }

    /** The selected place; setting it directly counts as a choice made on the map. */
    public ObjectProperty<PlaceResult> selectedProperty() {
        return selected;
    }

    /** The latest choice, with its mention and origin; it always names the selected place. */
    public ReadOnlyObjectProperty<Focus> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The whole reading, if the articles have been read. */
    public Optional<GeoparseResult> result() {
        return Optional.ofNullable(result);
    }

    /**
     * Replaces the places with those of a new reading of the articles. The place the user had chosen
     * stays chosen when the new reading still has it (an article added, a project reopened), without
     * moving the map.
     */
    public void accept(GeoparseResult reading) {
        String chosen = selected.get() == null ? null : selected.get().place().id();
        result = reading;
        selected.set(null);
        places.setAll(reading.places());
        borders.setAll(reading.borders());
        if (chosen != null) {
            places.stream().filter(p -> p.place().id().equals(chosen)).findFirst().ifPresent(p -> {
                focus.set(new Focus(p, null, Origin.MAP));
                selected.set(p);
            });
        }
    }

    /** Selects a place, as a click on its marker does. */
    public void select(PlaceResult place) {
        select(place, Origin.MAP);
    }

    public void select(PlaceResult place, Origin origin) {
        if (place == null) {
            clearSelection();
            return;
        }
        focus.set(new Focus(place, null, origin));
        selected.set(place);
    }

    /** Selects the place a mention names, keeping the mention: the reader and the excerpts then point at it. */
    public Optional<PlaceResult> select(Mention mention, Origin origin) {
        Optional<PlaceResult> place = placeOf(mention);
        place.ifPresent(p -> select(p, mention, origin));
        return place;
    }

    /** Selects one of the places a mention names (« les bases russes d'Asie centrale » names three). */
    public void select(PlaceResult place, Mention mention, Origin origin) {
        focus.set(new Focus(place, mention, origin));
        selected.set(place);
    }

    /** Selects the place with this id, as when a name is chosen elsewhere. */
    public Optional<PlaceResult> select(String placeId) {
        Optional<PlaceResult> place = places.stream().filter(p -> p.place().id().equals(placeId)).findFirst();
        place.ifPresent(p -> select(p, Origin.LIST));
        return place;
    }

    public void clearSelection() {
        focus.set(null);
        selected.set(null);
    }

    /** The place a mention names, if it is one of the places found; the first if it names several. */
    public Optional<PlaceResult> placeOf(Mention mention) {
        return places.stream().filter(p -> p.mentions().contains(mention)).findFirst();
    }

    /** Every place a mention names: usually one, several for a phrase such as « les bases russes d'Asie centrale ». */
    public List<PlaceResult> placesOf(Mention mention) {
        return places.stream().filter(p -> p.mentions().contains(mention)).toList();
    }

    /** The article a mention comes from, for its title and text. */
    public Optional<Article> article(String articleId) {
        if (result == null) {
            return Optional.empty();
        }
        return result.articles().stream().map(a -> a.article()).filter(a -> a.id().equals(articleId)).findFirst();
    }

    /** How one mention was resolved: the winner's score and the readings that lost, with their reasons. */
    public Optional<ResolvedMention> resolution(Mention mention) {
        if (result == null) {
            return Optional.empty();
        }
        return result.articles().stream().filter(a -> a.article().id().equals(mention.articleId()))
                .flatMap(a -> a.places().stream()).filter(r -> r.mention().equals(mention)).findFirst();
    }

    /** Every mention of a found place in one article, in text order, once even if it names several places. */
    public List<Mention> mentionsIn(String articleId) {
        return places.stream().flatMap(p -> p.mentions().stream()).filter(m -> m.articleId().equals(articleId))
                .distinct().sorted(Comparator.comparingInt(m -> m.span().start())).toList();
    }

    /** The places one article names. */
    public List<PlaceResult> placesIn(String articleId) {
        return places.stream().filter(p -> p.mentions().stream().anyMatch(m -> m.articleId().equals(articleId)))
                .toList();
    }

    /**
     * The order of the side list: the places named most first, where a reader's attention goes, then
     * by name in the interface language as a dictionary sorts them (« Émirats » with the E).
     */
    public static Comparator<PlaceResult> listOrder(Language language) {
        Collator collator = Collator.getInstance(language == Language.FRENCH ? Locale.FRENCH : Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        return Comparator.<PlaceResult>comparingInt(p -> -p.mentions().size())
                .thenComparing(p -> p.place().name(language), collator);
    }
}
