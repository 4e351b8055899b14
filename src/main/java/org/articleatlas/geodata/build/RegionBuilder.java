package org.articleatlas.geodata.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

/** Builds regions from country shapes: unions of countries, or a country cut by a curated limit. */
public final class RegionBuilder {

    private final GeometryFactory factory;
    private final Map<String, Country> byId;

    public RegionBuilder(List<Country> countries, GeometryFactory factory) {
        this.factory = factory;
        this.byId = countries.stream().collect(Collectors.toMap(Country::id, Function.identity()));
    }

    /**
     * The union of the members' shapes; shared borders disappear because the shapes tile exactly.
     *
     * @param members  ISO alpha-2 codes, listed in the region's {@code members}
     * @param enclaves entities without an ISO code that belong to the area but not to the member
     *                 list, such as Baikonur, which Natural Earth cuts out of Kazakhstan
     */
    public Region union(String id, String nameEn, String nameFr, List<String> members, List<String> enclaves, String source) {
        List<Geometry> parts = new ArrayList<>();
        for (String part : members) {
            parts.add(country(part).geometry());
        }
        for (String part : enclaves) {
            parts.add(country(part).geometry());
        }
        Geometry union = UnaryUnionNG.union(factory.buildGeometry(parts), GeoJsonFeatureWriter.PRECISION);
        return new Region(id, nameEn, nameFr, members.stream().sorted().toList(), source, multiPolygon(union));
    }

    /** The part of a country inside a curated limit. */
    public Region cut(RegionLimit limit, String source) {
        Geometry country = country(limit.country()).geometry();
        Geometry inside = OverlayNG.overlay(country, limit.area(), OverlayNG.INTERSECTION, GeoJsonFeatureWriter.PRECISION);
        return new Region(limit.id(), limit.nameEn(), limit.nameFr(), List.of(limit.country()), source, multiPolygon(inside));
    }

    private Country country(String id) {
        Country c = byId.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no country " + id);
        }
        return c;
    }

    private MultiPolygon multiPolygon(Geometry g) {
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                polygons.add(p);
            }
        }
        if (polygons.isEmpty()) {
            throw new IllegalStateException("the region is empty");
        }
        return factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }
}
