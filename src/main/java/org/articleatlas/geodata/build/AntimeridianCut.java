package org.articleatlas.geodata.build;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Cuts polygons that cross the 180th meridian into pieces on either side of it.
 *
 * <p>TopoJSON rings are spherical: Chukotka's coast runs from 179.9° E to −179.9° by a step of
 * 0.2°. Read as a flat longitude/latitude polygon, that step becomes an edge across the whole
 * map and the ring fills the wrong side of the world (northern Finland inside Russia). Each such
 * ring is unwrapped into one continuous longitude range, then cut at ±180° and shifted back.
 * A ring that circles a pole (Antarctica) cannot be unwrapped that way and is left as it is.
 */
final class AntimeridianCut {

    private final GeometryFactory factory;

    AntimeridianCut(GeometryFactory factory) {
        this.factory = factory;
    }

    MultiPolygon apply(MultiPolygon shape) {
        List<Polygon> out = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < shape.getNumGeometries(); i++) {
            Polygon p = (Polygon) shape.getGeometryN(i);
            if (!crosses(p.getExteriorRing().getCoordinates())) {
                out.add(p);
                continue;
            }
            List<Polygon> pieces = cut(p);
            if (pieces.isEmpty()) {
                out.add(p);
            } else {
                out.addAll(pieces);
                changed = true;
            }
        }
        return changed ? factory.createMultiPolygon(out.toArray(Polygon[]::new)) : shape;
    }

    static boolean crosses(Coordinate[] ring) {
        for (int i = 1; i < ring.length; i++) {
            if (Math.abs(ring[i].x - ring[i - 1].x) > 180) {
                return true;
            }
        }
        return false;
    }

    /** The polygon's pieces on each side of the meridian; empty when it circles a pole. */
    private List<Polygon> cut(Polygon p) {
        Coordinate[] shell = unwrap(p.getExteriorRing().getCoordinates());
        if (shell == null) {
            return List.of();
        }
        double shellMin = Double.MAX_VALUE;
        for (Coordinate c : shell) {
            shellMin = Math.min(shellMin, c.x);
        }
        List<LinearRing> holes = new ArrayList<>();
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            Coordinate[] hole = unwrap(p.getInteriorRingN(h).getCoordinates());
            if (hole == null) {
                continue;
            }
            // A hole lies inside its shell: bring it to the shell's side of the meridian.
            double shift = hole[0].x < shellMin ? 360 : 0;
            for (Coordinate c : hole) {
                c.x += shift;
            }
            holes.add(factory.createLinearRing(hole));
        }
        Geometry unwrapped = GeometryFixer.fix(factory.createPolygon(factory.createLinearRing(shell),
                holes.toArray(LinearRing[]::new)));
        List<Polygon> pieces = new ArrayList<>();
        for (int k = -1; k <= 1; k++) {
            double west = -180 + 360 * k;
            Geometry part = unwrapped.intersection(factory.toGeometry(new Envelope(west, west + 360, -90, 90)));
            if (part.isEmpty()) {
                continue;
            }
            Geometry shifted = AffineTransformation.translationInstance(-360.0 * k, 0).transform(part);
            for (int i = 0; i < shifted.getNumGeometries(); i++) {
                if (shifted.getGeometryN(i) instanceof Polygon piece && !piece.isEmpty()) {
                    pieces.add(piece);
                }
            }
        }
        return pieces;
    }

    /** The ring with longitudes made continuous, or null when it ends a full turn away (round a pole). */
    private static Coordinate[] unwrap(Coordinate[] ring) {
        Coordinate[] out = new Coordinate[ring.length];
        double offset = 0;
        out[0] = new Coordinate(ring[0].x, ring[0].y);
        for (int i = 1; i < ring.length; i++) {
            double step = ring[i].x - ring[i - 1].x;
            if (step > 180) {
                offset -= 360;
            } else if (step < -180) {
                offset += 360;
            }
            out[i] = new Coordinate(ring[i].x + offset, ring[i].y);
        }
        return offset == 0 ? out : null;
    }
}
