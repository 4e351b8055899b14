package org.articleatlas.gazetteer;

import java.util.List;
import java.util.Optional;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Place;

/**
 * A place and everything the resolver weighs about it.
 *
 * @param names       every name a text may use for it, as written (not folded)
 * @param featureCode GeoNames' feature code for cities ({@code PPLC} a capital, {@code PPLA} a regional seat),
 *                    else the layer's kind ({@code PCLI}, {@code ADM1}, {@code RGN}, {@code base}, {@code river} …)
 * @param operator    who runs a base (« Russian Armed Forces »)
 * @param active      false for a former base or a place that no longer is what it was
 * @param members     the countries a region or a physical feature spans
 * @param along       further points of a long river or a wide range, on the feature, each as much its
 *                    place as the main point: the geoparser shows the one nearest the article's places
 */
public record GazetteerEntry(
        Place place,
        List<String> names,
        long population,
        Optional<String> admin1,
        String featureCode,
        Optional<String> operator,
        boolean active,
        List<String> members,
        List<GeoPoint> along) {

    public GazetteerEntry {
        names = List.copyOf(names);
        members = List.copyOf(members);
        along = List.copyOf(along);
    }

    /** An entry with its main point only, as nearly every place has. */
    public GazetteerEntry(Place place, List<String> names, long population, Optional<String> admin1,
            String featureCode, Optional<String> operator, boolean active, List<String> members) {
        this(place, names, population, admin1, featureCode, operator, active, members, List.of());
    }

    /** The same place shown at {@code point}, one of its {@link #along} points; nothing else changes. */
    public GazetteerEntry at(GeoPoint point) {
        Place p = place;
        return new GazetteerEntry(new Place(p.id(), p.name(), p.nameFr(), p.kind(), p.country(), point), names,
                population, admin1, featureCode, operator, active, members, along);
    }

    public String id() {
        return place.id();
    }

    /**
     * The hash of its id. A record hashes every component, the place's names and every name of the
     * list among them, and the resolver looks entries up in sets for each reading of each name (a
     * fortieth of a corpus geoparse); equal entries have the same id, so equal entries still hash alike.
     */
    @Override
    public int hashCode() {
        return place.id().hashCode();
    }

    public boolean isCapital() {
        return "PPLC".equals(featureCode);
    }

    public boolean isRegionalSeat() {
        return featureCode.startsWith("PPLA");
    }
}
