package org.articleatlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** JTS lines and polygons (longitude/latitude) as JavaFX path elements on screen, through a layer's projection. */
final class GeometryPaths {

    /** A layer's {@code getMapPoint(lat, lon)}. */
    interface Projection {
        Point2D toScreen(double lat, double lon);
    }

    private GeometryPaths() {
    }

    /** Every ring of every polygon (closed) and every line of {@code geometry}; points give nothing. */
    static List<PathElement> elements(Geometry geometry, Projection projection) {
        List<PathElement> out = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon polygon) {
                ring(polygon.getExteriorRing().getCoordinates(), true, projection, out);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(polygon.getInteriorRingN(h).getCoordinates(), true, projection, out);
                }
            } else if (part instanceof LineString line) {
                ring(line.getCoordinates(), false, projection, out);
            }
        }
        return out;
    }

    private static void ring(Coordinate[] coordinates, boolean closed, Projection projection, List<PathElement> out) {
        if (coordinates.length < 2) {
            return;
        }
        for (int i = 0; i < coordinates.length; i++) {
            Point2D p = projection.toScreen(coordinates[i].y, coordinates[i].x);
            out.add(i == 0 ? new MoveTo(p.getX(), p.getY()) : new LineTo(p.getX(), p.getY()));
        }
        if (closed) {
            out.add(new ClosePath());
        }
    }
}
