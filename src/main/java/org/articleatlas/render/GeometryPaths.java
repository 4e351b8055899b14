package org.articleatlas.render;

import java.awt.geom.Path2D;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** JTS geometries in longitude/latitude turned into Java2D paths in pixels. */
final class GeometryPaths {

    private GeometryPaths() {
    }

    /** Every polygon and line of {@code geometry} as one path; rings are closed, lines left open. */
    static Path2D path(Geometry geometry, ScreenProjection screen) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        append(path, geometry, screen);
        return path;
    }

    private static void append(Path2D.Double path, Geometry geometry, ScreenProjection screen) {
        if (geometry instanceof Polygon polygon) {
            line(path, polygon.getExteriorRing(), screen, true);
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                line(path, polygon.getInteriorRingN(i), screen, true);
            }
        } else if (geometry instanceof LineString line) {
            line(path, line, screen, false);
        } else {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                Geometry part = geometry.getGeometryN(i);
                if (part != geometry) {
                    append(path, part, screen);
                }
            }
        }
    }

    private static void line(Path2D.Double path, LineString line, ScreenProjection screen, boolean close) {
        Coordinate[] coordinates = line.getCoordinates();
        if (coordinates.length < 2) {
            return;
        }
        double[] xy = new double[coordinates.length * 2];
        for (int i = 0; i < coordinates.length; i++) {
            xy[2 * i] = coordinates[i].x;
            xy[2 * i + 1] = coordinates[i].y;
        }
        screen.toScreen(xy, coordinates.length);
        double lastX = xy[0];
        double lastY = xy[1];
        path.moveTo(lastX, lastY);
        int last = coordinates.length - 1;
        for (int i = 1; i <= last; i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            // Vertices closer than half a pixel change nothing on the page; skipping them keeps small scales fast.
            if (Math.abs(x - lastX) >= 0.5 || Math.abs(y - lastY) >= 0.5 || i == last) {
                path.lineTo(x, y);
                lastX = x;
                lastY = y;
            }
        }
        if (close) {
            path.closePath();
        }
    }
}
