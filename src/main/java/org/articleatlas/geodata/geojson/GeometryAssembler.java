package org.articleatlas.geodata.geojson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Turns the raw geometry of one feature into a JTS geometry that draws what the file meant,
 * or says why it cannot. Repairs it can make safely (closing a ring, fixing a self-intersecting
 * polygon) are made and reported through {@code notes}.
 */
final class GeometryAssembler {

    private final GeometryFactory factory;

    GeometryAssembler(GeometryFactory factory) {
        this.factory = factory;
    }

    Geometry assemble(RawObject raw, Set<String> notes) throws FeatureProblem {
        Geometry geometry = build(raw, notes);
        if (geometry.isEmpty()) {
            throw new FeatureProblem("the geometry is empty");
        }
        return geometry;
    }

    private Geometry build(RawObject raw, Set<String> notes) throws FeatureProblem {
        if (raw.problem != null) {
            throw new FeatureProblem(raw.problem);
        }
        if (!raw.hasType) {
            throw new FeatureProblem("the geometry has no \"type\"");
        }
        if (raw.type == null) {
            throw new FeatureProblem("the geometry's \"type\" is not a string");
        }
        if (raw.type.equals("GeometryCollection")) {
            return collection(raw, notes);
        }
        if (!raw.hasCoordinates) {
            throw new FeatureProblem("the " + raw.type + " has no \"coordinates\"");
        }
        Object coordinates = raw.coordinates;
        if (coordinates instanceof CoordinateTree.Bad bad) {
            throw new FeatureProblem(bad.reason());
        }
        return switch (raw.type) {
            case "Point" -> factory.createPoint(coordinate(coordinates, "Point"));
            case "MultiPoint" -> factory.createMultiPoint(points(list(coordinates, "MultiPoint")));
            case "LineString" -> line(coordinates);
            case "MultiLineString" -> factory.createMultiLineString(lines(list(coordinates, "MultiLineString")));
            case "Polygon" -> repairIfInvalid(polygon(coordinates, notes), notes);
            case "MultiPolygon" -> repairIfInvalid(multiPolygon(coordinates, notes), notes);
            default -> throw new FeatureProblem("the geometry type " + Messages.quote(raw.type) + " is not a GeoJSON type");
        };
    }

    private Geometry collection(RawObject raw, Set<String> notes) throws FeatureProblem {
        if (!raw.hasGeometries || raw.geometries == null) {
            throw new FeatureProblem("the GeometryCollection has no \"geometries\" array");
        }
        List<Geometry> members = new ArrayList<>(raw.geometries.size());
        for (RawObject member : raw.geometries) {
            members.add(build(member, notes));
        }
        return factory.createGeometryCollection(members.toArray(Geometry[]::new));
    }

    private static List<?> list(Object node, String what) throws FeatureProblem {
        if (node instanceof List<?> list) {
            return list;
        }
        throw new FeatureProblem("the " + what + " coordinates are one position where an array of them was expected");
    }

    private static Coordinate coordinate(Object node, String what) throws FeatureProblem {
        if (node instanceof double[] lonLat) {
            return new Coordinate(lonLat[0], lonLat[1]);
        }
        throw new FeatureProblem("the " + what + " coordinates are " + (isEmpty(node) ? "empty" : "an array of positions")
                + " where one position was expected");
    }

    private static boolean isEmpty(Object node) {
        return node instanceof List<?> list && list.isEmpty();
    }

    private static Coordinate[] coordinates(List<?> positions, String what) throws FeatureProblem {
        Coordinate[] result = new Coordinate[positions.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = coordinate(positions.get(i), what);
        }
        return result;
    }

    private Point[] points(List<?> positions) throws FeatureProblem {
        Point[] points = new Point[positions.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = factory.createPoint(coordinate(positions.get(i), "MultiPoint"));
        }
        return points;
    }

    private LineString line(Object node) throws FeatureProblem {
        Coordinate[] coordinates = coordinates(list(node, "LineString"), "LineString");
        if (coordinates.length == 1) {
            throw new FeatureProblem("a LineString has only 1 position; it needs at least 2");
        }
        return factory.createLineString(coordinates);
    }

    private LineString[] lines(List<?> nodes) throws FeatureProblem {
        LineString[] lines = new LineString[nodes.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = line(nodes.get(i));
        }
        return lines;
    }

    private Polygon polygon(Object node, Set<String> notes) throws FeatureProblem {
        List<?> rings = list(node, "Polygon");
        if (rings.isEmpty()) {
            return factory.createPolygon();
        }
        LinearRing shell = ring(rings.get(0), notes);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(rings.get(i + 1), notes);
        }
        return factory.createPolygon(shell, holes);
    }

    private MultiPolygon multiPolygon(Object node, Set<String> notes) throws FeatureProblem {
        List<?> nodes = list(node, "MultiPolygon");
        List<Polygon> polygons = new ArrayList<>(nodes.size());
        for (Object polygonNode : nodes) {
            Polygon polygon = polygon(polygonNode, notes);
            // An empty member adds nothing to draw, and JTS's validity check chokes on it.
            if (!polygon.isEmpty()) {
                polygons.add(polygon);
            }
        }
        return factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private LinearRing ring(Object node, Set<String> notes) throws FeatureProblem {
        Coordinate[] coordinates = coordinates(list(node, "Polygon ring"), "Polygon ring");
        if (coordinates.length == 0) {
            throw new FeatureProblem("a polygon ring is empty");
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            Coordinate[] closed = new Coordinate[coordinates.length + 1];
            System.arraycopy(coordinates, 0, closed, 0, coordinates.length);
            closed[coordinates.length] = new Coordinate(coordinates[0]);
            coordinates = closed;
            notes.add("a polygon ring was not closed; closed it");
        }
        if (coordinates.length < 4) {
            throw new FeatureProblem("a polygon ring has only " + (coordinates.length - 1)
                    + " distinct positions; it needs at least 3");
        }
        return factory.createLinearRing(coordinates);
    }

    /**
     * A self-intersecting polygon fills the wrong area when drawn and breaks spatial queries;
     * GeometryFixer keeps the area the file most likely meant.
     */
    private Geometry repairIfInvalid(Geometry polygonal, Set<String> notes) throws FeatureProblem {
        if (polygonal.isEmpty()) {
            return polygonal;
        }
        TopologyValidationError error = new IsValidOp(polygonal).getValidationError();
        if (error == null) {
            return polygonal;
        }
        String what = "invalid polygon (" + describe(error) + ")";
        Geometry fixed = GeometryFixer.fix(polygonal);
        if (fixed.isEmpty()) {
            throw new FeatureProblem(what + " that could not be repaired");
        }
        notes.add(what + "; repaired with GeometryFixer");
        return fixed;
    }

    private static String describe(TopologyValidationError error) {
        Coordinate at = error.getCoordinate();
        if (at == null) {
            return error.getMessage();
        }
        return String.format(Locale.ROOT, "%s at %s %s", error.getMessage(), number(at.x), number(at.y));
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value);
    }
}
