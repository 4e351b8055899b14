package org.articleatlas.gazetteer.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rows of {@code gazetteer-admin1.tsv.gz}: each first-level region that has at least one
 * city, with its names and a representative point.
 *
 * <p>The point is the region's seat when the data name one, since that is where a map reader
 * expects the region's marker: the most populous city with feature code PPLA, or failing that
 * the most populous capital (PPLC), because GeoNames codes a national capital PPLC even where it
 * is also its region's seat (Moscow, Dushanbe, Bishkek). Otherwise it is the population-weighted
 * mean of the region's cities, taken on the sphere so that regions across the 180th meridian
 * (Chukotka, the Aleutians) do not land on the other side of the world.
 */
public final class Admin1Table {

    public static final List<String> HEADER = List.of("country", "admin1", "geonames_id", "name_en", "name_fr",
            "alt_names", "lat", "lon", "point_from", "population");

    /** Codes GeoNames gives a place that lies in no first-level region. */
    private static final List<String> NO_REGION = List.of("", "00");

    private final GeoNamesCatalog english;
    private final GeoNamesCatalog french;

    public Admin1Table(GeoNamesCatalog english, GeoNamesCatalog french) {
        this.english = english;
        this.french = french;
    }

    /** A region's representative point and where it comes from. */
    public record Point(double lat, double lon, String from) {
    }

    /** Rows sorted by country, then admin1 code. */
    public List<List<String>> rows(List<SourceCity> cities) {
        Map<String, Map<String, List<SourceCity>>> byRegion = new TreeMap<>();
        for (SourceCity c : cities) {
            if (NO_REGION.contains(c.admin1())) {
                continue;
            }
            byRegion.computeIfAbsent(c.country(), k -> new TreeMap<>())
                    .computeIfAbsent(c.admin1(), k -> new ArrayList<>())
                    .add(c);
        }
        List<List<String>> rows = new ArrayList<>();
        byRegion.forEach((country, regions) -> regions.forEach(
                (code, members) -> rows.add(row(country, code, members))));
        return rows;
    }

    private List<String> row(String country, String code, List<SourceCity> members) {
        String nameEn = english.admin1(country, code).map(NameVariants::clean).orElse("");
        String nameFr = french.admin1(country, code).map(NameVariants::cleanFrench).orElse("");
        List<String> candidates = new ArrayList<>();
        for (String n : List.of(nameEn, nameFr)) {
            Optional<String> bare = NameVariants.withoutRegionKind(n);
            bare.ifPresent(candidates::add);
            NameVariants.withoutTransliterationMarks(n).ifPresent(candidates::add);
            bare.flatMap(NameVariants::withoutTransliterationMarks).ifPresent(candidates::add);
        }
        List<String> alt = NameVariants.altNames(List.of(nameEn, nameFr), candidates);
        Point p = representativePoint(members);
        long population = members.stream().mapToLong(SourceCity::population).sum();
        return List.of(
                country,
                NameVariants.clean(code),
                "", // the catalogue keys regions by country and admin1 code, never by GeoNames id
                nameEn,
                nameFr,
                String.join("|", alt),
                TsvTableWriter.coordinate(p.lat()),
                TsvTableWriter.coordinate(p.lon()),
                p.from(),
                Long.toString(population));
    }

    /** The seat, else the population-weighted mean; see the class comment. */
    public static Point representativePoint(List<SourceCity> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a region needs at least one city");
        }
        Comparator<SourceCity> biggestFirst = Comparator.comparingLong(SourceCity::population).reversed()
                .thenComparingLong(SourceCity::geonamesId);
        Optional<SourceCity> seat = members.stream().filter(SourceCity::isAdminSeat).min(biggestFirst)
                .or(() -> members.stream().filter(SourceCity::isCapital).min(biggestFirst));
        if (seat.isPresent()) {
            return new Point(seat.get().lat(), seat.get().lon(), "seat");
        }
        long total = members.stream().mapToLong(SourceCity::population).sum();
        double x = 0;
        double y = 0;
        double z = 0;
        for (SourceCity c : members) {
            // When no city of the region has a known population, every city counts the same.
            double w = total > 0 ? c.population() : 1.0;
            double lat = Math.toRadians(c.lat());
            double lon = Math.toRadians(c.lon());
            x += w * Math.cos(lat) * Math.cos(lon);
            y += w * Math.cos(lat) * Math.sin(lon);
            z += w * Math.sin(lat);
        }
        double lat = Math.toDegrees(Math.atan2(z, Math.hypot(x, y)));
        double lon = Math.toDegrees(Math.atan2(y, x));
        return new Point(lat, lon, "cities");
    }
}
