package org.articleatlas.ui.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.ui.app.Messages;
import org.articleatlas.ui.places.PlacesViewModel;

/**
 * The map area of the main window: a Gluon {@link MapView}, first shown on the seed articles' region,
 * over tiles drawn offline from {@code geodata/} ({@link OfflineTileRetriever}) or OpenStreetMap's,
 * with the articles' layers over it and the layer panel in a corner.
 */
public final class AtlasMapPane extends StackPane {

    /** Central Asia between Russia, China and Afghanistan, where the seed articles are set. */
    public static final MapPoint SEEDS_REGION_CENTRE = new MapPoint(45.0, 62.0);
    public static final double SEEDS_REGION_ZOOM = 3.0;
    /** {@link #SEEDS_REGION_CENTRE} as the project's own point, for what is worked out before the map exists. */
    public static final GeoPoint SEEDS_REGION_CENTRE_POINT = new GeoPoint(SEEDS_REGION_CENTRE.getLatitude(),
            SEEDS_REGION_CENTRE.getLongitude());

    private final MapView mapView = new MapView();
    private final LayerPanel layerPanel;

    public AtlasMapPane(Messages messages, PlacesViewModel places, MapLayersViewModel layers, TileSourceViewModel tiles) {
        setId("mapPane");
        // Before the first tile is asked for: the basemap names countries in the window's language.
        OfflineTileRetriever.useLanguage(messages.language());
        mapView.setId("mapView");
        mapView.setZoom(SEEDS_REGION_ZOOM);
        mapView.setCenter(SEEDS_REGION_CENTRE);

        AreaTintLayer tint = new AreaTintLayer(places, layers);
        tint.visibleProperty().bind(layers.visibleProperty(MapLayersViewModel.TINT));
        BorderLayer borders = new BorderLayer(places);
        borders.visibleProperty().bind(layers.visibleProperty(MapLayersViewModel.BORDERS));
        PlaceMarkerLayer markers = new PlaceMarkerLayer(places, messages.language());
        markers.visibleProperty().bind(layers.visibleProperty(MapLayersViewModel.PLACES));
        PlaceLabelLayer labels = new PlaceLabelLayer(places, messages.language(), markers.visibleProperty());
        labels.visibleProperty().bind(layers.visibleProperty(MapLayersViewModel.LABELS));
        mapView.addLayer(tint);
        mapView.addLayer(new OverlayLayer(layers));
        mapView.addLayer(borders);
        mapView.addLayer(markers);
        mapView.addLayer(labels);

        Label attribution = new Label();
        attribution.setId("mapAttribution");
        attribution.getStyleClass().add("map-attribution");
        attribution.textProperty().bind(Bindings.when(tiles.osmOnScreenProperty())
                .then(messages.get("map.attribution.osm")).otherwise(messages.get("map.attribution.offline")));
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        tiles.onSourceChanged(() -> GluonTiles.reload(mapView));

        layerPanel = new LayerPanel(messages, layers, tiles, places);
        StackPane.setAlignment(layerPanel, Pos.TOP_RIGHT);
        StackPane.setMargin(layerPanel, new Insets(8));
        getChildren().addAll(mapView, attribution, layerPanel);
        setMinSize(200, 200);
    }

    public MapView mapView() {
        return mapView;
    }

    public LayerPanel layerPanel() {
        return layerPanel;
    }
}
