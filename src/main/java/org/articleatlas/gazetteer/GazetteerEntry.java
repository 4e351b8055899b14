package org.articleatlas.gazetteer;

import java.util.List;
import java.util.Optional;
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
 */
public record GazetteerEntry(
        Place place,
        List<String> names,
        long population,
        Optional<String> admin1,
        String featureCode,
        Optional<String> operator,
        boolean active,
        List<String> members) {

    public GazetteerEntry {
        names = List.copyOf(names);
        members = List.copyOf(members);
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
