package org.articleatlas.ui.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The map area of the main window: a Gluon {@link MapView}, first shown on the seed articles' region,
 * over tiles drawn offline from {@code geodata/} ({@link OfflineTileRetriever}).
 */
public final class AtlasMapPane extends StackPane {

    /** Central Asia between Russia, China and Afghanistan, where the seed articles are set. */
    public static final MapPoint SEEDS_REGION_CENTRE = new MapPoint(45.0, 62.0);
    public static final double SEEDS_REGION_ZOOM = 3.0;

    private final MapView mapView = new MapView();

    public AtlasMapPane(org.articleatlas.ui.places.PlacesViewModel places) {
        setId("mapPane");
        mapView.setId("mapView");
        mapView.setZoom(SEEDS_REGION_ZOOM);
        mapView.setCenter(SEEDS_REGION_CENTRE);
        Label attribution = new Label("Map data: Natural Earth");
        attribution.getStyleClass().add("map-attribution");
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        mapView.addLayer(new BorderLayer(places));
        mapView.addLayer(new PlaceMarkerLayer(places));
        getChildren().addAll(mapView, attribution);
        setMinSize(200, 200);
    }

    public MapView mapView() {
        return mapView;
    }
}
