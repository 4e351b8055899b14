package org.articleatlas.gazetteer.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rows of {@code gazetteer-admin1.tsv.gz}: each first-level region that has at least one
 * city, with its names and a representative point.
 *
 * <p>The point is the middle of the extent of the region's towns: what a reader means by
 * « Texas » or "Alaska" is the region, whose middle GeoNames' own region points also give, not its
 * seat, which can lie hundreds of kilometres off-centre (Juneau). The extent is taken the short way
 * round the globe, so regions across the 180th meridian (Chukotka) keep their middle.
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

    /** The middle of the extent of the region's towns; see the class comment. */
    public static Point representativePoint(List<SourceCity> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a region needs at least one city");
        }
        double south = members.stream().mapToDouble(SourceCity::lat).min().orElseThrow();
        double north = members.stream().mapToDouble(SourceCity::lat).max().orElseThrow();
        double[] lons = members.stream().mapToDouble(SourceCity::lon).sorted().toArray();
        // The towns' longitudes cover the circle except for its widest empty gap; the region's
        // extent is the rest, which for Chukotka or the Aleutians runs across the 180th meridian.
        double widestGap = lons[0] + 360 - lons[lons.length - 1];
        double west = lons[0];
        double east = lons[lons.length - 1];
        for (int i = 1; i < lons.length; i++) {
            double gap = lons[i] - lons[i - 1];
            if (gap > widestGap) {
                widestGap = gap;
                west = lons[i];
                east = lons[i - 1] + 360;
            }
        }
        double lon = (west + east) / 2;
        if (lon > 180) {
            lon -= 360;
        }
        return new Point((south + north) / 2, lon, "extent");
    }
}
