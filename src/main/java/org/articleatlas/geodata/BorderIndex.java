package org.articleatlas.geodata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.articleatlas.model.GeoPoint;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;

/** The international land borders: between two countries, of one country, and nearest to a point. */
public final class BorderIndex {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final List<Border> borders;
    private final Map<String, Border> byPair = new HashMap<>();

    private BorderIndex(List<Border> borders) {
        this.borders = List.copyOf(borders);
        borders.forEach(b -> byPair.put(Border.pairId(b.a(), b.b()), b));
    }

    /** Reads a borders layer: {@code id}, {@code a}, {@code b}, {@code name_en}, {@code name_fr}, {@code length_km}. */
    public static BorderIndex of(SimpleFeatureSource layer) throws IOException {
        List<Border> borders = new ArrayList<>();
        try (SimpleFeatureIterator it = layer.getFeatures().features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                Geometry geometry = (Geometry) f.getDefaultGeometry();
                Optional<String> a = Features.string(f, "a");
                Optional<String> b = Features.string(f, "b");
                if (geometry == null || geometry.isEmpty() || a.isEmpty() || b.isEmpty()) {
                    continue;
                }
                String id = Features.string(f, "id").orElse(Border.pairId(a.get(), b.get()));
                String nameEn = Features.string(f, "name_en").orElse(id);
                double km = Features.number(f, "length_km").orElseGet(() -> Geodesy.lengthKm(geometry));
                borders.add(new Border(id, a.get(), b.get(), nameEn, Features.string(f, "name_fr").orElse(nameEn),
                        km, geometry));
            }
        }
        return new BorderIndex(borders);
    }

    public List<Border> all() {
        return borders;
    }

    public Optional<Border> between(String x, String y) {
        return Optional.ofNullable(byPair.get(Border.pairId(x, y)));
    }

    /** The borders of one country, longest first. */
    public List<Border> of(String code) {
        return borders.stream().filter(b -> b.involves(code))
                .sorted(Comparator.comparingDouble(Border::lengthKm).reversed()).toList();
    }

    /** The codes of a country's land neighbours, longest shared border first. */
    public List<String> neighboursOf(String code) {
        return of(code).stream().map(b -> b.otherSide(code)).toList();
    }

    public Optional<BorderDistance> nearestTo(GeoPoint p) {
        return nearestAmong(borders, p);
    }

    public BorderDistance distance(Border border, GeoPoint p) {
        return measure(border, p, new LocalPlane(p));
    }

    /**
     * Searches in a plane centred on the point, longitudes shrunk by the cosine of its latitude,
     * where nearness in degrees matches nearness on the ground; the winner is then measured
     * geodesically. Envelopes farther than the best so far are skipped unmeasured.
     */
    Optional<BorderDistance> nearestAmong(List<Border> candidates, GeoPoint p) {
        LocalPlane plane = new LocalPlane(p);
        record Candidate(Border border, double envelopeDistance) {
        }
        List<Candidate> ordered = candidates.stream()
                .map(b -> new Candidate(b, plane.distanceTo(b.geometry().getEnvelopeInternal())))
                .sorted(Comparator.comparingDouble(Candidate::envelopeDistance))
                .toList();
        Border best = null;
        double bestPlane = Double.POSITIVE_INFINITY;
        for (Candidate c : ordered) {
            if (c.envelopeDistance() > bestPlane) {
                break;
            }
            double d = plane.project(c.border().geometry()).distance(plane.origin());
            if (d < bestPlane) {
                bestPlane = d;
                best = c.border();
            }
        }
        return Optional.ofNullable(best).map(b -> measure(b, p, plane));
    }

    private static BorderDistance measure(Border border, GeoPoint p, LocalPlane plane) {
        Coordinate nearest = DistanceOp.nearestPoints(plane.project(border.geometry()), plane.origin())[0];
        GeoPoint closest = plane.unproject(nearest);
        return new BorderDistance(border, Geodesy.distanceKm(p, closest), closest);
    }

    /** An equirectangular plane around one point, good for comparing distances near it. */
    private static final class LocalPlane {
        private final double lon0;
        private final double lat0;
        private final double scale;
        private final Geometry origin;

        LocalPlane(GeoPoint p) {
            lon0 = p.lon();
            lat0 = p.lat();
            scale = Math.max(0.01, Math.cos(Math.toRadians(p.lat())));
            origin = GEOMETRY.createPoint(new Coordinate(0, 0));
        }

        Geometry origin() {
            return origin;
        }

        double distanceTo(Envelope e) {
            Envelope projected = new Envelope((e.getMinX() - lon0) * scale, (e.getMaxX() - lon0) * scale,
                    e.getMinY() - lat0, e.getMaxY() - lat0);
            return projected.distance(new Envelope(0, 0, 0, 0));
        }

        Geometry project(Geometry g) {
            Geometry copy = g.copy();
            copy.apply(new CoordinateSequenceFilter() {
                @Override
                public void filter(CoordinateSequence seq, int i) {
                    seq.setOrdinate(i, 0, (seq.getX(i) - lon0) * scale);
                    seq.setOrdinate(i, 1, seq.getY(i) - lat0);
                }

                @Override
                public boolean isDone() {
                    return false;
                }

                @Override
                public boolean isGeometryChanged() {
                    return true;
                }
            });
            return copy;
        }

        GeoPoint unproject(Coordinate c) {
            double lon = Math.max(-180, Math.min(180, c.x / scale + lon0));
            double lat = Math.max(-90, Math.min(90, c.y + lat0));
            return new GeoPoint(lat, lon);
        }
    }
}
