package org.articleatlas.geodata.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Finds the land boundaries of a topology: an arc that exactly two countries' rings walk is
 * an edge they share, so the boundary between two countries is the set of arcs they, and only
 * they, share. The lines therefore lie exactly on the country outlines.
 */
public final class BorderExtractor {

    private static final Comparator<LineString> BY_FIRST_POINT = Comparator
            .comparing((LineString l) -> l.getCoordinateN(0))
            .thenComparing(l -> l.getCoordinateN(l.getNumPoints() - 1))
            .thenComparingInt(LineString::getNumPoints);

    private final GeometryFactory factory;

    public BorderExtractor(GeometryFactory factory) {
        this.factory = factory;
    }

    /**
     * @param geometries the topology's country geometries
     * @param countries  the countries, index i being geometry i
     * @return the borders, sorted by id
     */
    public List<Border> extract(Topology topology, List<TopoGeometry> geometries, List<Country> countries) {
        if (geometries.size() != countries.size()) {
            throw new IllegalArgumentException(geometries.size() + " geometries but " + countries.size() + " countries");
        }
        List<TreeSet<Integer>> users = new ArrayList<>();
        for (int i = 0; i < topology.arcCount(); i++) {
            users.add(new TreeSet<>());
        }
        for (int g = 0; g < geometries.size(); g++) {
            for (List<int[]> polygon : geometries.get(g).polygons()) {
                for (int[] ring : polygon) {
                    for (int reference : ring) {
                        users.get(TopoGeometry.arcIndex(reference)).add(g);
                    }
                }
            }
        }

        // Keyed by the pair's id so that the output order does not depend on the topology's.
        Map<String, List<Integer>> arcsByPair = new TreeMap<>();
        Map<String, Country[]> pairs = new TreeMap<>();
        for (int arc = 0; arc < users.size(); arc++) {
            if (users.get(arc).size() != 2) {
                continue;
            }
            Country first = countries.get(users.get(arc).first());
            Country second = countries.get(users.get(arc).last());
            Country[] pair = first.id().compareTo(second.id()) < 0
                    ? new Country[] {first, second} : new Country[] {second, first};
            String id = pair[0].id() + "-" + pair[1].id();
            arcsByPair.computeIfAbsent(id, k -> new ArrayList<>()).add(arc);
            pairs.put(id, pair);
        }

        GeodesicMeasure measure = new GeodesicMeasure();
        List<Border> borders = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : arcsByPair.entrySet()) {
            Country a = pairs.get(e.getKey())[0];
            Country b = pairs.get(e.getKey())[1];
            MultiLineString lines = merged(topology, e.getValue());
            double km = Math.round(measure.lengthKm(lines) * 10) / 10.0;
            borders.add(new Border(e.getKey(), a.id(), b.id(),
                    a.nameEn() + " – " + b.nameEn(), a.nameFr() + " – " + b.nameFr(), lines, km));
        }
        return borders;
    }

    /** Arcs that meet end to end become one line, so a border is as few lines as its shape allows. */
    private MultiLineString merged(Topology topology, List<Integer> arcs) {
        LineMerger merger = new LineMerger();
        for (int arc : arcs) {
            merger.add(topology.arcLine(arc, factory));
        }
        @SuppressWarnings("unchecked")
        Collection<LineString> merged = merger.getMergedLineStrings();
        List<LineString> lines = new ArrayList<>(merged);
        lines.sort(BY_FIRST_POINT);
        return factory.createMultiLineString(lines.toArray(LineString[]::new));
    }
}
