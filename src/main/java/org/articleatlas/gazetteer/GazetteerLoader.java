package org.articleatlas.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.articleatlas.geodata.GeodataException;
import org.articleatlas.geodata.Layer;
import org.articleatlas.geodata.LayerCatalog;
import org.articleatlas.geodata.LayerKind;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Place;
import org.articleatlas.model.PlaceKind;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the gazetteer from a geodata folder: countries, regions, landmarks, physical features
 * and curated places from its layers; cities and first-level regions from its GeoNames tables;
 * name variants and the names that are not places from curated lists.
 */
public final class GazetteerLoader {

    public static final String CITIES = "gazetteer-cities.tsv.gz";
    public static final String ADMIN1 = "gazetteer-admin1.tsv.gz";
    public static final String VARIANTS = "gazetteer-name-variants.tsv";

    private static final Logger LOG = LoggerFactory.getLogger(GazetteerLoader.class);
    static final String NOT_PLACES_RESOURCE = "not-places.txt";

    private final Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * @throws GeodataException naming the file, when a table exists but cannot be read
     */
    public Gazetteer load(Path folder, LayerSet layers) throws GeodataException {
        return load(folder, layers, GazetteerCache.userDefault());
    }

    /**
     * Reads the gazetteer built from the same files from {@code cache}, else builds it and keeps
     * it there. One built with unreadable layers is not kept, so their problems are reported
     * again at the next start.
     */
    Gazetteer load(Path folder, LayerSet layers, GazetteerCache cache) throws GeodataException {
        if (!cache.enabled()) {
            return build(folder, layers);
        }
        List<String> key = GazetteerCache.keyOf(sources(folder, kind -> layers.allOf(kind).stream().map(Layer::file).toList()));
        Optional<Gazetteer> cached = takeReadAhead(folder, key, cache).or(() -> cache.read(key));
        if (cached.isPresent()) {
            return cached.get();
        }
        Gazetteer built = build(folder, layers);
        if (built.problems().isEmpty()) {
            cache.write(key, built);
        }
        return built;
    }

    /** A cached gazetteer being read ahead, and the key it was read for. */
    private record ReadAhead(GazetteerCache cache, List<String> key, Optional<Gazetteer> gazetteer) {
    }

    private static final Map<Path, CompletableFuture<ReadAhead>> READ_AHEAD = new ConcurrentHashMap<>();

    /**
     * Starts reading the cached gazetteer of {@code folder} on a thread of its own, for the layer
     * files its catalog names, before GeoTools is first used: GeoTools' first use (its logging
     * starts Java Advanced Imaging, then its plugin registry) takes about as long as the read,
     * and the two then overlap. {@link #load} takes what was read when the layers that opened
     * are the catalog's; otherwise it is dropped.
     */
    public static void readAhead(Path folder) {
        GazetteerCache cache = GazetteerCache.userDefault();
        if (!cache.enabled()) {
            return;
        }
        READ_AHEAD.computeIfAbsent(folder.toAbsolutePath().normalize(), k -> {
            CompletableFuture<ReadAhead> reading = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    LayerCatalog catalog = LayerCatalog.read(folder);
                    List<String> key = GazetteerCache.keyOf(sources(folder, kind -> catalog.entries().stream()
                            .filter(e -> e.kind() == kind).map(e -> folder.resolve(e.file())).toList()));
                    reading.complete(new ReadAhead(cache, key, cache.read(key)));
                } catch (GeodataException | RuntimeException e) {
                    reading.complete(null);
                }
            }, "gazetteer-read-ahead");
            thread.setDaemon(true);
            thread.start();
            return reading;
        });
    }

    private static Optional<Gazetteer> takeReadAhead(Path folder, List<String> key, GazetteerCache cache) {
        CompletableFuture<ReadAhead> reading = READ_AHEAD.remove(folder.toAbsolutePath().normalize());
        ReadAhead read = reading == null ? null : reading.join();
        boolean usable = read != null && read.cache().sameFolder(cache) && read.key().equals(key);
        LOG.debug("Gazetteer read ahead for {}: {}", folder, reading == null ? "none"
                : usable ? (read.gazetteer().isPresent() ? "used" : "not in the cache") : "other layers, dropped");
        return usable ? read.gazetteer() : Optional.empty();
    }

    /**
     * What identifies the gazetteer this loader builds from {@code layers} (files by contents, the
     * building code, the folding library), as its cache names it: for a cache of what is computed
     * from the gazetteer.
     */
    public static List<String> dataKey(Path folder, LayerSet layers) {
        return GazetteerCache.keyOf(sources(folder, kind -> layers.allOf(kind).stream().map(Layer::file).toList()));
    }

    /**
     * The same key for the layers {@code folder}'s catalog names, without opening them: the same as
     * {@link #dataKey(Path, LayerSet)} when every layer opens.
     */
    public static List<String> dataKey(Path folder) throws GeodataException {
        LayerCatalog catalog = LayerCatalog.read(folder);
        return GazetteerCache.keyOf(sources(folder, kind -> catalog.entries().stream()
                .filter(e -> e.kind() == kind).map(e -> folder.resolve(e.file())).toList()));
    }

    /** Every file the gazetteer is built from, in the order they are read, given each layer kind's files. */
    private static List<Path> sources(Path folder, Function<LayerKind, List<Path>> filesOf) {
        List<Path> files = new ArrayList<>();
        files.add(folder.resolve(VARIANTS));
        List<Path> countries = filesOf.apply(LayerKind.COUNTRIES);
        if (!countries.isEmpty()) {
            files.add(countries.get(countries.size() - 1));
        }
        for (LayerKind kind : List.of(LayerKind.REGIONS, LayerKind.LANDMARKS, LayerKind.PHYSICAL, LayerKind.PLACES)) {
            files.addAll(filesOf.apply(kind));
        }
        files.add(folder.resolve(ADMIN1));
        files.add(folder.resolve(CITIES));
        return files;
    }

    private Gazetteer build(Path folder, LayerSet layers) throws GeodataException {
        Map<String, List<String>> variants = readVariants(folder.resolve(VARIANTS));
        countryLayer(layers).ifPresent(layer -> readCountries(layer, variants));
        layers.allOf(LayerKind.REGIONS).forEach(l -> readNamedLayer(l, "region:", PlaceKind.REGION, variants));
        layers.allOf(LayerKind.LANDMARKS).forEach(l -> readNamedLayer(l, "landmark:", null, variants));
        layers.allOf(LayerKind.PHYSICAL).forEach(l -> readNamedLayer(l, "physical:", PlaceKind.PHYSICAL, variants));
        layers.allOf(LayerKind.PLACES).forEach(l -> readNamedLayer(l, "", null, variants));
        readAdmin1(folder.resolve(ADMIN1), variants);
        readCities(folder.resolve(CITIES), variants);
        return Gazetteer.of(List.copyOf(entries.values()), readNotPlaces(), problems);
    }

    /** The least detailed countries layer: names and a label point are all the gazetteer needs of it. */
    private static Optional<Layer> countryLayer(LayerSet layers) {
        List<Layer> all = layers.allOf(LayerKind.COUNTRIES);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private void readCountries(Layer layer, Map<String, List<String>> variants) {
        forEachFeature(layer, f -> {
            Optional<String> iso = attr(f, "iso_a2");
            String code = iso.orElseGet(() -> attr(f, "id").orElse(f.getID()));
            String id = "country:" + code;
            String en = attr(f, "name_en").orElse(code);
            String fr = attr(f, "name_fr").orElse(en);
            Optional<GeoPoint> point = number(f, "label_lat").flatMap(lat -> number(f, "label_lon")
                    .map(lon -> new GeoPoint(lat.doubleValue(), lon.doubleValue())))
                    .or(() -> labelPoint((Geometry) f.getDefaultGeometry()));
            if (point.isEmpty()) {
                return;
            }
            List<String> names = names(id, variants, en, fr);
            put(new GazetteerEntry(new Place(id, en, fr, PlaceKind.COUNTRY, Optional.of(code), point.get()), names,
                    0, Optional.empty(), "PCLI", Optional.empty(), true, List.of(code)));
        });
    }

    private void readNamedLayer(Layer layer, String idPrefix, PlaceKind fixedKind, Map<String, List<String>> variants) {
        forEachFeature(layer, f -> {
            String rawId = attr(f, "id").orElse(f.getID());
            String id = rawId.contains(":") ? rawId : idPrefix + rawId;
            String en = attr(f, "name_en").or(() -> attr(f, "name")).orElse(rawId);
            String fr = attr(f, "name_fr").orElse(en);
            Optional<GeoPoint> point = labelPoint((Geometry) f.getDefaultGeometry());
            if (point.isEmpty()) {
                return;
            }
            String kindValue = attr(f, "kind").or(() -> attr(f, "feature_code")).orElse("");
            PlaceKind kind = fixedKind != null ? fixedKind : kindOf(kindValue);
            List<String> names = names(id, variants, en, fr);
            names.addAll(list(f, "aliases_en"));
            names.addAll(list(f, "aliases_fr"));
            names.addAll(list(f, "alt_names"));
            attr(f, "name").ifPresent(names::add);
            List<String> members = attr(f, "members").or(() -> attr(f, "countries"))
                    .map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(m -> !m.isEmpty()).toList())
                    .orElseGet(() -> attr(f, "country").map(List::of).orElse(List.of()));
            Optional<String> country = attr(f, "country").or(() -> members.size() == 1 ? Optional.of(members.get(0))
                    : Optional.empty());
            long population = number(f, "population").map(Number::longValue).orElse(0L);
            boolean active = !kindValue.startsWith("former") && attr(f, "period").map(p -> !p.matches(".*\\d{4}$")).orElse(true);
            put(new GazetteerEntry(new Place(id, en, fr, kind, country, point.get()), names, population,
                    attr(f, "admin1"), kindValue, attr(f, "operator"), active, members));
        });
    }

    private static PlaceKind kindOf(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        if (k.contains("base")) {
            return PlaceKind.BASE;
        }
        if (k.equals("landmark") || k.equals("site")) {
            return PlaceKind.LANDMARK;
        }
        if (k.startsWith("ppl")) {
            return PlaceKind.CITY;
        }
        if (k.startsWith("adm")) {
            return PlaceKind.STATE;
        }
        return PlaceKind.LANDMARK;
    }

    private void readAdmin1(Path file, Map<String, List<String>> variants) throws GeodataException {
        readTable(file, row -> {
            String country = row.get("country");
            String code = row.get("admin1");
            String gid = row.get("geonames_id");
            String id = gid == null || gid.isEmpty() ? "admin1:" + country + "-" + code : "geonames:" + gid;
            String en = nonEmpty(row.get("name_en")).orElse(code);
            String fr = nonEmpty(row.get("name_fr")).orElse(en);
            List<String> names = names(id, variants, en, fr);
            names.addAll(split(row.get("alt_names")));
            put(new GazetteerEntry(new Place(id, en, fr, PlaceKind.STATE, Optional.of(country),
                    new GeoPoint(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")))),
                    names, parseLong(row.get("population")), Optional.of(code), "ADM1", Optional.empty(), true,
                    List.of(country)));
        });
    }

    private void readCities(Path file, Map<String, List<String>> variants) throws GeodataException {
        readTable(file, row -> {
            String id = "geonames:" + row.get("geonames_id");
            String local = row.get("name");
            String en = withoutTransliterationMarks(nonEmpty(row.get("name_en")).orElse(local));
            String fr = nonEmpty(row.get("name_fr")).orElse(en);
            List<String> names = names(id, variants, en, fr);
            names.add(local);
            nonEmpty(row.get("name_en")).ifPresent(names::add);
            names.addAll(split(row.get("alt_names")));
            String country = row.get("country");
            put(new GazetteerEntry(new Place(id, en, fr, PlaceKind.CITY, Optional.of(country),
                    new GeoPoint(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")))),
                    names, parseLong(row.get("population")), nonEmpty(row.get("admin1")),
                    nonEmpty(row.get("feature_code")).orElse("PPL"), Optional.empty(), true, List.of(country)));
        });
    }

    /**
     * GeoNames' English names keep the marks of scholarly transliteration (« Kazan’ », « Ta‘izz »);
     * readers and maps write them without. The marked form stays among the names for matching.
     */
    private static String withoutTransliterationMarks(String name) {
        return name.replaceAll("[\u2018\u2019\u02B9\u02BA\u02BB\u02BC]", "");
    }

    private void put(GazetteerEntry entry) {
        entries.putIfAbsent(entry.id(), entry);
    }

    private static List<String> names(String id, Map<String, List<String>> variants, String en, String fr) {
        Set<String> names = new LinkedHashSet<>();
        names.add(en);
        names.add(fr);
        names.addAll(variants.getOrDefault(id, List.of()));
        return new ArrayList<>(names);
    }

    private interface RowHandler {
        void accept(Row row);
    }

    /** One table row, read by column name through indexes found once in the header. */
    private static final class Row {
        private final Map<String, Integer> columns;
        private String[] cells;

        Row(Map<String, Integer> columns) {
            this.columns = columns;
        }

        String get(String column) {
            Integer i = columns.get(column);
            return i == null ? null : cells[i];
        }
    }

    private static void readTable(Path file, RowHandler handler) throws GeodataException {
        if (!Files.isRegularFile(file)) {
            LOG.warn("{}: missing; the gazetteer has no places from it", file);
            return;
        }
        int line = 1;
        try (BufferedReader in = reader(file)) {
            String header = in.readLine();
            if (header == null) {
                throw new GeodataException(file + ": empty table");
            }
            String[] columns = header.split("\t", -1);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < columns.length; i++) {
                index.put(columns[i], i);
            }
            Row row = new Row(index);
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                String[] cells = text.split("\t", -1);
                if (cells.length != columns.length) {
                    throw new GeodataException(file + ": line " + line + " has " + cells.length + " columns, expected "
                            + columns.length);
                }
                row.cells = cells;
                handler.accept(row);
            }
        } catch (IOException | RuntimeException e) {
            throw new GeodataException(file + ": line " + line + ": " + e.getMessage(), e);
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** {@code place_id <TAB> name} lines: usual variants the tables lack (« Etats-Unis », « Kirghizstan »). */
    private static Map<String, List<String>> readVariants(Path file) throws GeodataException {
        Map<String, List<String>> variants = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return variants;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < 2) {
                    throw new GeodataException(file + ": expected 'place_id<TAB>name', got: " + line);
                }
                variants.computeIfAbsent(cells[0].strip(), k -> new ArrayList<>()).add(cells[1].strip());
            }
        } catch (IOException e) {
            throw new GeodataException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return variants;
    }

    private static List<String> readNotPlaces() throws GeodataException {
        try (InputStream in = GazetteerLoader.class.getResourceAsStream(NOT_PLACES_RESOURCE)) {
            if (in == null) {
                throw new GeodataException(NOT_PLACES_RESOURCE + ": missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new GeodataException(NOT_PLACES_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private interface FeatureHandler {
        void accept(SimpleFeature feature);
    }

    /** A layer that cannot be read costs its own places only; the problem is kept for the user. */
    private void forEachFeature(Layer layer, FeatureHandler handler) {
        try (SimpleFeatureIterator it = layer.features().getFeatures().features()) {
            while (it.hasNext()) {
                handler.accept(it.next());
            }
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? layer.file() + ": " + e : e.getMessage();
            LOG.debug("Gazetteer skipped {}", message, e);
            problems.add(message.startsWith(layer.file().toString()) ? message : layer.file() + ": " + message);
        }
    }

    /** A point inside the largest part: a country's label belongs on its mainland, not its islands' centre. */
    private static Optional<GeoPoint> labelPoint(Geometry g) {
        if (g == null || g.isEmpty()) {
            return Optional.empty();
        }
        Geometry largest = g;
        if (g.getNumGeometries() > 1) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i).getArea() > largest.getArea() || largest == g) {
                    largest = g.getGeometryN(i);
                }
            }
        }
        Point p = largest.getInteriorPoint();
        return Optional.of(new GeoPoint(p.getY(), p.getX()));
    }

    private static Optional<String> attr(SimpleFeature f, String name) {
        if (f.getFeatureType().getDescriptor(name) == null) {
            return Optional.empty();
        }
        Object v = f.getAttribute(name);
        return v == null ? Optional.empty() : nonEmpty(v.toString());
    }

    private static Optional<Number> number(SimpleFeature f, String name) {
        if (f.getFeatureType().getDescriptor(name) == null) {
            return Optional.empty();
        }
        return f.getAttribute(name) instanceof Number n ? Optional.of(n) : Optional.empty();
    }

    private static List<String> list(SimpleFeature f, String name) {
        if (f.getFeatureType().getDescriptor(name) == null) {
            return List.of();
        }
        Object v = f.getAttribute(name);
        if (v instanceof List<?> items) {
            return items.stream().filter(i -> i != null).map(Object::toString).toList();
        }
        return v == null ? List.of() : split(v.toString());
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Optional<String> nonEmpty(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    private static long parseLong(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
