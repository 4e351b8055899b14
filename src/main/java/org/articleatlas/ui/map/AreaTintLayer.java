package org.articleatlas.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Path;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.ui.places.PlacesViewModel;
import org.locationtech.jts.geom.Geometry;

/** The countries and regions the articles name, filled translucently over the basemap. */
public final class AreaTintLayer extends MapLayer {

    private record Area(Path node, Geometry outline) {
    }

    private final PlacesViewModel places;
    private final MapLayersViewModel layers;
    private final List<Area> areas = new ArrayList<>();

    public AreaTintLayer(PlacesViewModel places, MapLayersViewModel layers) {
        this.places = places;
        this.layers = layers;
        setMouseTransparent(true);
        places.places().addListener((ListChangeListener<PlaceResult>) change -> rebuild());
        layers.outlinesProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        areas.clear();
        AreaOutlines outlines = layers.outlinesProperty().get();
        // Regions over countries: Central Asia stays visible over the five countries it gathers.
        List<PlaceResult> named = places.places().stream().filter(p -> MarkerStyle.isArea(p.place().kind()))
                .sorted((a, b) -> Boolean.compare(a.place().kind() != PlaceKind.COUNTRY, b.place().kind() != PlaceKind.COUNTRY))
                .toList();
        for (PlaceResult place : named) {
            outlines.outline(place.place().id()).ifPresent(outline -> {
                Color colour = MarkerStyle.kindColour(place.place().kind());
                Path node = new Path();
                node.setId("tint-" + place.place().id());
                node.getStyleClass().add("area-tint");
                node.setFillRule(FillRule.EVEN_ODD);
                node.setFill(colour.deriveColor(0, 1, 1, 0.16));
                node.setStroke(colour.deriveColor(0, 1, 0.9, 0.55));
                node.setStrokeWidth(1.2);
                areas.add(new Area(node, outline));
                getChildren().add(node);
            });
        }
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        for (Area area : areas) {
            area.node().getElements().setAll(GeometryPaths.elements(area.outline(), this::getMapPoint));
        }
    }
}
