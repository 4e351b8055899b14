package org.articleatlas.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.shape.Shape;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.Language;
import org.articleatlas.ui.places.PlacesViewModel;

/**
 * One marker per place the articles name, styled by {@link MarkerStyle}: shape by kind, size by
 * how often it is named, colour by kind or by article. Thin, as Gluon's layers should be: it only
 * positions nodes; a click selects through the view model.
 */
public final class PlaceMarkerLayer extends MapLayer {

    private final PlacesViewModel places;
    private final Language language;
    private final Map<PlaceResult, Shape> markers = new LinkedHashMap<>();
    private List<String> articleIds = List.of();

    public PlaceMarkerLayer(PlacesViewModel places, Language language) {
        this.places = places;
        this.language = language;
        places.places().addListener((ListChangeListener<PlaceResult>) change -> rebuild());
        places.selectedProperty().addListener((obs, old, now) -> markers.forEach((p, m) -> {
            MarkerStyle.apply(m, p, articleIds, p == now);
            if (p == now) {
                m.toFront();
            }
        }));
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        markers.clear();
        articleIds = MarkerStyle.articleIds(places.places());
        // Areas first, so that a city inside a country's ring stays clickable above it.
        List<PlaceResult> ordered = places.places().stream()
                .sorted((a, b) -> Boolean.compare(!MarkerStyle.isArea(a.place().kind()), !MarkerStyle.isArea(b.place().kind())))
                .toList();
        for (PlaceResult place : ordered) {
            Shape marker = MarkerStyle.shape(place.place().kind(), MarkerStyle.radius(place));
            marker.setId("place-" + place.place().id());
            marker.getStyleClass().addAll("place-marker", "place-" + place.place().kind().label());
            MarkerStyle.apply(marker, place, articleIds, place == places.selectedProperty().get());
            HoverTooltips.install(marker, () -> place.place().name(language) + " (" + place.mentions().size() + ")");
            marker.setOnMouseClicked(e -> places.select(place));
            markers.put(place, marker);
            getChildren().add(marker);
        }
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        markers.forEach((place, marker) -> {
            Point2D at = getMapPoint(place.place().point().lat(), place.place().point().lon());
            marker.setTranslateX(at.getX());
            marker.setTranslateY(at.getY() + MarkerStyle.dropBelowPoint(place));
        });
    }
}
