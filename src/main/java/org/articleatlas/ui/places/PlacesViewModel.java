package org.articleatlas.ui.places;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.Article;

/** The places the open articles name, the one selected, and what the user is told about the reading. */
public final class PlacesViewModel {

    private final ObservableList<PlaceResult> places = FXCollections.observableArrayList();
    private final ObservableList<GeoparseResult.BorderResult> borders = FXCollections.observableArrayList();
    private final ObjectProperty<PlaceResult> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private GeoparseResult result;

    public ObservableList<PlaceResult> places() {
        return places;
    }

    /** The borders the articles speak of. */
    public ObservableList<GeoparseResult.BorderResult> borders() {
        return borders;
    }

    public ObjectProperty<PlaceResult> selectedProperty() {
        return selected;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Replaces the places with those of a new reading of the articles. */
    public void accept(GeoparseResult reading) {
        result = reading;
        selected.set(null);
        places.setAll(reading.places());
        borders.setAll(reading.borders());
    }

    public void select(PlaceResult place) {
        selected.set(place);
    }

    /** Selects the place with this id, as when a name is chosen elsewhere. */
    public Optional<PlaceResult> select(String placeId) {
        Optional<PlaceResult> place = places.stream().filter(p -> p.place().id().equals(placeId)).findFirst();
        place.ifPresent(selected::set);
        return place;
    }

    /** The article a mention comes from, for its title and text. */
    public Optional<Article> article(String articleId) {
        if (result == null) {
            return Optional.empty();
        }
        return result.articles().stream().map(a -> a.article()).filter(a -> a.id().equals(articleId)).findFirst();
    }
}
