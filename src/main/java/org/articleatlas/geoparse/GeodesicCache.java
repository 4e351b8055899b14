package org.articleatlas.geoparse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.geodata.Geodesy;

/**
 * The geodesic distance from one gazetteer place to another, measured once per run: the
 * articles of a corpus about one region name the same places and their neighbours again and
 * again, and each geodesic (an iterative solution on the ellipsoid) costs far more than a look-up.
 * A distance depends on the two places alone, so every article gets the same value it would
 * have measured. Bounded: past {@link #MAX_PAIRS} pairs, further ones are measured, not kept.
 */
final class GeodesicCache {

    static final int MAX_PAIRS = 500_000;

    /** A place to another, in that order; gazetteer entries are one object per place, compared as such. */
    private record Pair(GazetteerEntry from, GazetteerEntry to) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Pair other && other.from == from && other.to == to;
        }

        @Override
        public int hashCode() {
            return from.hashCode() * 31 + to.hashCode();
        }
    }

    private final Map<Pair, Double> km = new ConcurrentHashMap<>();

    /** {@link Geodesy#distanceKm} from {@code from} to {@code to}. */
    double km(GazetteerEntry from, GazetteerEntry to) {
        Pair pair = new Pair(from, to);
        Double known = km.get(pair);
        if (known != null) {
            return known;
        }
        double measured = Geodesy.distanceKm(from.place().point(), to.place().point());
        if (km.size() < MAX_PAIRS) {
            km.put(pair, measured);
        }
        return measured;
    }

    /** How many pairs are kept. */
    int size() {
        return km.size();
    }
}
