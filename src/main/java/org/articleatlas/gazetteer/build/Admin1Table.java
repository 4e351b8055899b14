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
 *
 * <p>For the largest regions that middle can still lie hundreds of kilometres from the centre an
 * encyclopedia gives (Sakha's towns crowd along its rivers; Florida's extent puts its middle in the
 * Gulf of Mexico): {@code geodata/sources/admin1-points.tsv} lists those conventional centres, each
 * with its source, and they replace the computed point ({@code point_from} = {@code reference}).
 */
public final class Admin1Table {

    public static final List<String> HEADER = List.of("country", "admin1", "geonames_id", "name_en", "name_fr",
            "alt_names", "lat", "lon", "point_from", "population");

    /** Codes GeoNames gives a place that lies in no first-level region. */
    private static final List<String> NO_REGION = List.of("", "00");

    private final GeoNamesCatalog english;
    private final GeoNamesCatalog french;
    private final Map<String, Point> referencePoints;

    public Admin1Table(GeoNamesCatalog english, GeoNamesCatalog french) {
        this(english, french, Map.of());
    }

    /** @param referencePoints conventional centres keyed {@code country.admin1} ({@code US.AK}) */
    public Admin1Table(GeoNamesCatalog english, GeoNamesCatalog french, Map<String, Point> referencePoints) {
        this.english = english;
        this.french = french;
        this.referencePoints = Map.copyOf(referencePoints);
    }

    /**
     * Reads {@code country <TAB> admin1 <TAB> lat <TAB> lon <TAB> source} lines ({@code #} comments);
     * a missing file means no reference points.
     */
    public static Map<String, Point> readReferencePoints(java.nio.file.Path file) throws java.io.IOException {
        Map<String, Point> points = new TreeMap<>();
        if (!java.nio.file.Files.isRegularFile(file)) {
            return points;
        }
        int lineNumber = 0;
        for (String line : java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length < 5 || c[4].isBlank()) {
                throw new java.io.IOException(file + ":" + lineNumber + ": expected country, admin1, lat, lon and a source");
            }
            try {
                points.put(c[0] + "." + c[1], new Point(Double.parseDouble(c[2]), Double.parseDouble(c[3]), "reference"));
            } catch (NumberFormatException e) {
                throw new java.io.IOException(file + ":" + lineNumber + ": bad coordinate: " + e.getMessage());
            }
        }
        return points;
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
        if (PressRomanisation.LATIN_ALPHABETS.contains(country) && !nameEn.isEmpty()) {
            // Kazakh « Aqtöbe », « Qostanay », Uzbek « Qashqadaryo »: the press writes Aktobe, Kostanay, Kashkadarya.
            String bare = NameVariants.withoutRegionKind(nameEn).orElse(nameEn);
            for (String form : PressRomanisation.of(bare, country)) {
                candidates.add(form);
                if (nameFr.isEmpty()) {
                    candidates.addAll(FrenchTransliteration.all(form));
                }
            }
        }
        List<String> alt = NameVariants.altNames(List.of(nameEn, nameFr), candidates);
        Point p = referencePoints.getOrDefault(country + "." + code, representativePoint(members));
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
