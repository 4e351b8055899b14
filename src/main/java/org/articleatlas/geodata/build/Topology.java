package org.articleatlas.geodata.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A decoded TopoJSON topology: arcs in absolute longitude/latitude, and the named objects that
 * reference them. Geometries become JTS only on demand, so that the shared arcs stay available
 * for building borders.
 */
public final class Topology {

    private final List<Coordinate[]> arcs;
    private final Map<String, List<TopoGeometry>> objects;

    public Topology(List<Coordinate[]> arcs, Map<String, List<TopoGeometry>> objects) {
        this.arcs = List.copyOf(arcs);
        this.objects = Map.copyOf(objects);
    }

    public int arcCount() {
        return arcs.size();
    }

    public Optional<List<TopoGeometry>> object(String name) {
        return Optional.ofNullable(objects.get(name));
    }

    /** The points of an arc reference, reversed when the reference is {@code ~i}. */
    public Coordinate[] arc(int reference) {
        Coordinate[] points = arcs.get(TopoGeometry.arcIndex(reference));
        Coordinate[] copy = new Coordinate[points.length];
        for (int i = 0; i < points.length; i++) {
            Coordinate p = points[reference < 0 ? points.length - 1 - i : i];
            copy[i] = new Coordinate(p.x, p.y);
        }
        return copy;
    }

    public LineString arcLine(int arcIndex, GeometryFactory factory) {
        return factory.createLineString(arc(arcIndex));
    }

    /**
     * Always a MultiPolygon, so that every country has the same geometry type. Quantization
     * collapses some tiny islands and lakes to fewer than four points or to no area; those rings
     * are dropped (an island with its holes, a lake alone) rather than written as invalid shapes.
     */
    public MultiPolygon multiPolygon(TopoGeometry geometry, GeometryFactory factory) {
        List<Polygon> polygons = new ArrayList<>();
        for (List<int[]> rings : geometry.polygons()) {
            Optional<LinearRing> shell = ring(rings.get(0), factory);
            if (shell.isEmpty()) {
                continue;
            }
            List<LinearRing> holes = new ArrayList<>();
            for (int i = 1; i < rings.size(); i++) {
                ring(rings.get(i), factory).ifPresent(holes::add);
            }
            polygons.add(factory.createPolygon(shell.get(), holes.toArray(LinearRing[]::new)));
        }
        return factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private Optional<LinearRing> ring(int[] references, GeometryFactory factory) {
        List<Coordinate> points = new ArrayList<>();
        for (int reference : references) {
            Coordinate[] arc = arc(reference);
            // Consecutive arcs meet at a shared point, which must appear once.
            int from = points.isEmpty() ? 0 : 1;
            points.addAll(Arrays.asList(arc).subList(from, arc.length));
        }
        Coordinate[] ring = points.toArray(Coordinate[]::new);
        if (ring.length < 4 || Area.ofRing(ring) == 0) {
            return Optional.empty();
        }
        return Optional.of(factory.createLinearRing(ring));
    }
}
