package org.articleatlas.geodata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.articleatlas.model.GeoPoint;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.api.data.SimpleFeatureSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Which country a point is in, with an R-tree over the countries' outlines and prepared
 * geometries, so that each question costs microseconds.
 */
public final class CountryIndex {

    /** A point at sea this close to a coast belongs to that country: the width of territorial waters (12 NM). */
    public static final double TERRITORIAL_WATERS_KM = 22.224;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** A country with its outline prepared for containment and, built on first use, indexed for distance. */
    private static final class Indexed {
        private final Country country;
        private final PreparedGeometry prepared;
        private volatile IndexedFacetDistance facets;

        private final Geometry part;

        Indexed(Country country, Geometry part) {
            this.country = country;
            this.part = part;
            this.prepared = PreparedGeometryFactory.prepare(part);
        }

        Country country() {
            return country;
        }

        PreparedGeometry prepared() {
            return prepared;
        }

        /** An index of the outline's segments: nearness to a coast without walking every vertex. */
        IndexedFacetDistance facets() {
            IndexedFacetDistance f = facets;
            if (f == null) {
                synchronized (this) {
                    f = facets;
                    if (f == null) {
                        f = new IndexedFacetDistance(part);
                        facets = f;
                    }
                }
            }
            return f;
        }
    }

    private final STRtree tree = new STRtree();
    private final List<Country> countries;
    private final Map<String, Country> byCode = new HashMap<>();

    private CountryIndex(List<Country> countries) {
        this.countries = List.copyOf(countries);
        for (Country c : countries) {
            // Each part on its own: Russia's and the United States' parts lie on both sides of the
            // 180th meridian, and one envelope for all of them would cover the whole map.
            for (int i = 0; i < c.geometry().getNumGeometries(); i++) {
                Geometry part = c.geometry().getGeometryN(i);
                if (!part.isEmpty()) {
                    tree.insert(part.getEnvelopeInternal(), new Indexed(c, part));
                }
            }
            byCode.putIfAbsent(c.code().toUpperCase(Locale.ROOT), c);
            byCode.putIfAbsent(c.id().toUpperCase(Locale.ROOT), c);
            c.isoA3().ifPresent(a3 -> byCode.putIfAbsent(a3.toUpperCase(Locale.ROOT), c));
        }
        tree.build();
    }

    /** Reads a countries layer: {@code id}, {@code iso_a2}, {@code iso_a3}, {@code name_en}, {@code name_fr}. */
    public static CountryIndex of(SimpleFeatureSource layer) throws IOException {
        List<Country> countries = new ArrayList<>();
        try (SimpleFeatureIterator it = layer.getFeatures().features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                Geometry geometry = (Geometry) f.getDefaultGeometry();
                if (geometry == null || geometry.isEmpty()) {
                    continue;
                }
                Optional<String> a2 = Features.string(f, "iso_a2");
                String id = Features.string(f, "id").or(() -> a2).orElse(f.getID());
                String nameEn = Features.string(f, "name_en").orElse(id);
                countries.add(new Country(id, a2, Features.string(f, "iso_a3"), nameEn,
                        Features.string(f, "name_fr").orElse(nameEn), geometry));
            }
        }
        return new CountryIndex(countries);
    }

    public List<Country> all() {
        return countries;
    }

    /** By ISO alpha-2, alpha-3 or stable id, in any case. */
    public Optional<Country> byCode(String code) {
        return Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
    }

    /** The country containing the point; at sea, the nearest within territorial waters; else none. */
    public Optional<Country> countryAt(GeoPoint p) {
        Point point = GEOMETRY.createPoint(new Coordinate(p.lon(), p.lat()));
        for (Object o : tree.query(new Envelope(p.lon(), p.lon(), p.lat(), p.lat()))) {
            Indexed candidate = (Indexed) o;
            if (candidate.prepared().covers(point)) {
                return Optional.of(candidate.country());
            }
        }
        return nearestWithin(p, point, TERRITORIAL_WATERS_KM);
    }

    private Optional<Country> nearestWithin(GeoPoint p, Point point, double km) {
        double dLat = km / 111.0;
        double dLon = dLat / Math.max(0.05, Math.cos(Math.toRadians(p.lat())));
        Envelope search = new Envelope(p.lon() - dLon, p.lon() + dLon, p.lat() - dLat, p.lat() + dLat);
        record Near(Country country, double km) {
        }
        List<Near> near = new ArrayList<>();
        // In degrees, a longitude step is never longer than a latitude step: dLon bounds both.
        double degrees = Math.max(dLat, dLon);
        for (Object o : tree.query(search)) {
            Indexed candidate = (Indexed) o;
            if (!candidate.facets().isWithinDistance(point, degrees)) {
                continue;
            }
            Coordinate closest = candidate.facets().nearestPoints(point)[0];
            double distance = Geodesy.distanceKm(p.lon(), p.lat(), closest.x, closest.y);
            if (distance <= km) {
                near.add(new Near(candidate.country(), distance));
            }
        }
        return near.stream().min(Comparator.comparingDouble(Near::km)).map(Near::country);
    }
}
