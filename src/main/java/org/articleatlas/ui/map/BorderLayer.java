package org.articleatlas.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.articleatlas.geoparse.GeoparseResult.BorderResult;
import org.articleatlas.ui.places.PlacesViewModel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** The borders the articles speak of, highlighted over the map, with their names and lengths in a tooltip. */
public final class BorderLayer extends MapLayer {

    private record Line(Polyline node, Coordinate[] coordinates) {
    }

    private final PlacesViewModel places;
    private final List<Line> lines = new ArrayList<>();

    public BorderLayer(PlacesViewModel places) {
        this.places = places;
        places.borders().addListener((ListChangeListener<BorderResult>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        lines.clear();
        for (BorderResult border : places.borders()) {
            Geometry geometry = border.border().geometry();
            String tip = String.format(Locale.ROOT, "%s%n%s%n%,.0f km (measured on the map)", border.border().nameEn(),
                    border.border().nameFr(), border.border().lengthKm());
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                Polyline node = new Polyline();
                node.setId("border-" + border.border().id() + "-" + i);
                node.getStyleClass().add("border-line");
                node.setStroke(Color.web("#d1495b"));
                node.setStrokeWidth(3.5);
                node.setStrokeLineCap(StrokeLineCap.ROUND);
                node.setStrokeLineJoin(StrokeLineJoin.ROUND);
                node.setOpacity(0.85);
                HoverTooltips.install(node, () -> tip);
                lines.add(new Line(node, geometry.getGeometryN(i).getCoordinates()));
                getChildren().add(node);
            }
        }
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        for (Line line : lines) {
            Double[] points = new Double[line.coordinates().length * 2];
            for (int i = 0; i < line.coordinates().length; i++) {
                Point2D p = getMapPoint(line.coordinates()[i].y, line.coordinates()[i].x);
                points[2 * i] = p.getX();
                points[2 * i + 1] = p.getY();
            }
            line.node().getPoints().setAll(points);
        }
    }
}
