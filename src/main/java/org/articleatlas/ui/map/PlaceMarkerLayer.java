package org.articleatlas.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.ui.places.PlacesViewModel;

/**
 * One marker per place the articles name, coloured by kind and sized by how often it is named.
 * Thin, as Gluon's layers should be: it only positions nodes; a click selects through the view model.
 */
public final class PlaceMarkerLayer extends MapLayer {

    private final PlacesViewModel places;
    private final Map<PlaceResult, Circle> markers = new HashMap<>();

    public PlaceMarkerLayer(PlacesViewModel places) {
        this.places = places;
        places.places().addListener((ListChangeListener<PlaceResult>) change -> rebuild());
        places.selectedProperty().addListener((obs, old, now) -> markers.forEach((p, c) -> style(c, p, p == now)));
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        markers.clear();
        for (PlaceResult place : places.places()) {
            Circle marker = new Circle(radius(place));
            marker.setId("place-" + place.place().id());
            marker.getStyleClass().add("place-marker");
            style(marker, place, false);
            Tooltip.install(marker, new Tooltip(place.place().name() + " — " + place.place().nameFr()
                    + " (" + place.mentions().size() + ")"));
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
            marker.setTranslateY(at.getY());
        });
    }

    private static double radius(PlaceResult place) {
        return 4 + 2.5 * Math.sqrt(place.mentions().size());
    }

    private static void style(Circle marker, PlaceResult place, boolean selected) {
        marker.setFill(colour(place.place().kind()).deriveColor(0, 1, 1, 0.8));
        marker.setStroke(selected ? Color.BLACK : Color.WHITE);
        marker.setStrokeWidth(selected ? 3 : 1.2);
        if (selected) {
            marker.toFront();
        }
    }

    private static Color colour(PlaceKind kind) {
        return switch (kind) {
            case COUNTRY -> Color.web("#4c72b0");
            case REGION, STATE -> Color.web("#8172b2");
            case CITY -> Color.web("#dd8452");
            case LANDMARK -> Color.web("#c44e52");
            case BASE -> Color.web("#55a868");
            case PHYSICAL -> Color.web("#64b5cd");
            case BORDER -> Color.web("#937860");
        };
    }
}
