package org.articleatlas.geodata.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates the border layers of {@code geodata/} from the npm packages world-atlas (Natural
 * Earth admin-0 countries as TopoJSON) and i18n-iso-countries (ISO codes, English and French
 * names). {@code scripts/build-geodata.sh} installs the packages and runs it.
 *
 * <p>Same packages in, same bytes out: features are sorted by id and nothing records the time.
 */
public final class GeodataBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(GeodataBuilder.class);

    static final String WORLD_ATLAS = "world-atlas";
    static final String ISO_COUNTRIES = "i18n-iso-countries";
    static final String NORTH_CAUCASUS_LIMIT = "sources/north-caucasus-limit.json";
    static final List<String> CENTRAL_ASIA = List.of("KZ", "KG", "TJ", "TM", "UZ");
    /** Kazakh land leased to Russia: without it Central Asia would have a hole at the cosmodrome. */
    static final List<String> CENTRAL_ASIA_ENCLAVES = List.of("ne-baikonur");

    /**
     * CIA World Factbook lengths in km. Natural Earth's 1:10m lines are generalised and then
     * quantized by world-atlas, so they measure 7 to 25 % less; a border outside 25 % below to
     * 5 % above its Factbook length means the extraction, not the generalisation, went wrong.
     */
    private static final List<ExpectedBorder> EXPECTED = List.of(
            new ExpectedBorder("AF-TJ", 1357),
            new ExpectedBorder("CN-KG", 1063),
            new ExpectedBorder("CN-TJ", 477),
            new ExpectedBorder("KG-TJ", 984),
            new ExpectedBorder("FI-RU", 1309));

    private record ExpectedBorder(String id, double factbookKm) {

        double minKm() {
            return factbookKm * 0.75;
        }

        double maxKm() {
            return factbookKm * 1.05;
        }
    }

    private record ExpectedPlace(String region, String place, double lon, double lat, boolean inside) {
    }

    private static final List<ExpectedPlace> PLACES = List.of(
            new ExpectedPlace("central-asia", "Dushanbe", 68.787, 38.56, true),
            new ExpectedPlace("central-asia", "Almaty", 76.95, 43.24, true),
            new ExpectedPlace("central-asia", "Kabul", 69.17, 34.53, false),
            new ExpectedPlace("central-asia", "Baikonur", 63.32, 45.62, true),
            new ExpectedPlace("north-caucasus", "Beslan", 44.54, 43.19, true),
            new ExpectedPlace("north-caucasus", "Makhachkala", 47.50, 42.98, true),
            new ExpectedPlace("north-caucasus", "Krasnodar", 38.98, 45.04, true),
            new ExpectedPlace("north-caucasus", "Stavropol", 41.97, 45.04, true),
            new ExpectedPlace("north-caucasus", "Anapa", 37.32, 44.89, true),
            new ExpectedPlace("north-caucasus", "Yeysk", 38.28, 46.71, true),
            new ExpectedPlace("north-caucasus", "Sochi", 39.73, 43.60, true),
            new ExpectedPlace("north-caucasus", "Budyonnovsk", 44.17, 44.78, true),
            new ExpectedPlace("north-caucasus", "Rostov-on-Don", 39.72, 47.23, false),
            new ExpectedPlace("north-caucasus", "Taganrog", 38.90, 47.22, false),
            new ExpectedPlace("north-caucasus", "Kerch (Crimea)", 36.47, 45.36, false),
            new ExpectedPlace("north-caucasus", "Elista", 44.26, 46.31, false),
            new ExpectedPlace("north-caucasus", "Astrakhan", 48.03, 46.35, false),
            new ExpectedPlace("north-caucasus", "Tbilisi", 44.79, 41.72, false));

    private final GeometryFactory factory = new GeometryFactory();
    private final GeoJsonFeatureWriter writer = new GeoJsonFeatureWriter();

    /**
     * @param sources the {@code node_modules} folder holding world-atlas and i18n-iso-countries
     * @param out     the {@code geodata/} folder; its {@code sources/} holds the curated limits
     */
    public BuildReport build(Path sources, Path out) throws IOException {
        List<String> versions = List.of(version(sources, WORLD_ATLAS), version(sources, ISO_COUNTRIES));
        IsoCountryCatalog catalog = IsoCountryCatalog.read(sources.resolve(ISO_COUNTRIES));
        CountryAssembler assembler = new CountryAssembler(catalog, factory);
        TopoJsonReader reader = new TopoJsonReader();
        List<BuildReport.Layer> layers = new ArrayList<>();
        List<SanityCheck> checks = new ArrayList<>();

        Topology topology50 = reader.read(sources.resolve(WORLD_ATLAS).resolve("countries-50m.json"));
        List<TopoGeometry> geometries50 = countries(topology50);
        layers.add(write(out.resolve("countries-50m.geojson.gz"), countryFeatures(assembler.assemble(topology50, geometries50))));

        Topology topology = reader.read(sources.resolve(WORLD_ATLAS).resolve("countries-10m.json"));
        List<TopoGeometry> geometries = countries(topology);
        List<Country> countries = assembler.assemble(topology, geometries);
        layers.add(write(out.resolve("countries-10m.geojson.gz"), countryFeatures(countries)));
        checks.add(new SanityCheck("countries-10m", countries.size() >= 240, countries.size() + " entities"));

        // A border with an entity that has no area at this scale (the Vatican) is a degenerate line.
        java.util.Set<String> withArea = new java.util.HashSet<>();
        countries.stream().filter(c -> !c.geometry().isEmpty()).forEach(c -> withArea.add(c.id()));
        List<Border> borders = new BorderExtractor(factory).extract(topology, geometries, countries).stream()
                .filter(b -> withArea.contains(b.a()) && withArea.contains(b.b()))
                .toList();
        layers.add(write(out.resolve("borders.geojson.gz"), borderFeatures(borders)));
        checks.addAll(borderChecks(borders));

        String natural = "Natural Earth 1:10m admin-0 countries (" + versions.get(0) + ")";
        RegionBuilder regions = new RegionBuilder(countries, factory);
        RegionLimit limit = RegionLimit.read(out.resolve(NORTH_CAUCASUS_LIMIT), factory);
        List<Region> built = List.of(
                regions.union("central-asia", "Central Asia", "Asie centrale", CENTRAL_ASIA, CENTRAL_ASIA_ENCLAVES,
                        "Union of KG, KZ, TJ, TM and UZ, with the Baikonur lease (Kazakh territory that Natural Earth"
                                + " draws apart), from " + natural + "."),
                regions.cut(limit, limit.source() + " Land from " + natural + "; limit in geodata/" + NORTH_CAUCASUS_LIMIT + "."));
        layers.add(write(out.resolve("regions.geojson.gz"), regionFeatures(built)));
        checks.addAll(placeChecks(built));

        BuildReport report = new BuildReport(layers, versions, checks);
        log(report);
        return report;
    }

    private static List<TopoGeometry> countries(Topology topology) throws TopoJsonException {
        return topology.object("countries").orElseThrow(() -> new TopoJsonException("no \"countries\" object"));
    }

    /** {@code name@version} from the installed package's package.json. */
    private static String version(Path sources, String name) throws IOException {
        Path manifest = sources.resolve(name).resolve("package.json");
        if (!Files.isRegularFile(manifest)) {
            throw new IOException(manifest + " not found: install the package first (scripts/build-geodata.sh)");
        }
        return name + "@" + new ObjectMapper().readTree(manifest.toFile()).path("version").asText("?");
    }

    /** Entities with no area left at a scale (the Vatican at 1:10m) are left out: nothing to draw or find. */
    private static List<OutputFeature> countryFeatures(List<Country> countries) {
        return countries.stream()
                .filter(c -> !c.geometry().isEmpty())
                .sorted((x, y) -> x.id().compareTo(y.id()))
                .map(c -> {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("id", c.id());
                    p.put("iso_a2", c.iso().map(IsoCountry::alpha2).orElse(null));
                    p.put("iso_a3", c.iso().map(IsoCountry::alpha3).orElse(null));
                    p.put("iso_n3", c.iso().map(IsoCountry::numeric).orElse(null));
                    p.put("name_en", c.nameEn());
                    p.put("name_fr", c.nameFr());
                    labelPoint(c.geometry()).ifPresent(label -> {
                        p.put("label_lon", Math.round(label.getX() * 1e5) / 1e5);
                        p.put("label_lat", Math.round(label.getY() * 1e5) / 1e5);
                    });
                    return new OutputFeature(c.id(), p, c.geometry());
                })
                .toList();
    }

    /**
     * Where a country's name and marker go: a point inside its largest part, so that a country's
     * label sits on its mainland, not at the centre of its islands; computed once here, not at
     * every start.
     */
    private static java.util.Optional<org.locationtech.jts.geom.Point> labelPoint(
            org.locationtech.jts.geom.Geometry geometry) {
        if (geometry == null || geometry.isEmpty()) {
            return java.util.Optional.empty();
        }
        org.locationtech.jts.geom.Geometry largest = geometry.getGeometryN(0);
        for (int i = 1; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i).getArea() > largest.getArea()) {
                largest = geometry.getGeometryN(i);
            }
        }
        return java.util.Optional.of(largest.getInteriorPoint());
    }

    private static List<OutputFeature> borderFeatures(List<Border> borders) {
        return borders.stream()
                .map(b -> {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("id", b.id());
                    p.put("a", b.a());
                    p.put("b", b.b());
                    p.put("name_en", b.nameEn());
                    p.put("name_fr", b.nameFr());
                    p.put("length_km", b.lengthKm());
                    return new OutputFeature(b.id(), p, b.geometry());
                })
                .toList();
    }

    private static List<OutputFeature> regionFeatures(List<Region> regions) {
        return regions.stream()
                .map(r -> {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("id", r.id());
                    p.put("name_en", r.nameEn());
                    p.put("name_fr", r.nameFr());
                    p.put("kind", "region");
                    p.put("members", String.join(",", r.members()));
                    p.put("source", r.source());
                    return new OutputFeature(r.id(), p, r.geometry());
                })
                .toList();
    }

    private BuildReport.Layer write(Path file, List<OutputFeature> features) throws IOException {
        writer.write(file, features);
        return new BuildReport.Layer(file, features.size(), Files.size(file));
    }

    private static List<SanityCheck> borderChecks(List<Border> borders) {
        List<SanityCheck> checks = new ArrayList<>();
        for (ExpectedBorder e : EXPECTED) {
            Optional<Border> found = borders.stream().filter(b -> b.id().equals(e.id())).findFirst();
            checks.add(found
                    .map(b -> new SanityCheck("border " + e.id(), b.lengthKm() >= e.minKm() && b.lengthKm() <= e.maxKm(),
                            String.format(Locale.ROOT, "%.1f km (expected %.0f-%.0f; Factbook %.0f, %+.0f %%)", b.lengthKm(), e.minKm(),
                                    e.maxKm(), e.factbookKm(), 100 * (b.lengthKm() / e.factbookKm() - 1))))
                    .orElseGet(() -> new SanityCheck("border " + e.id(), false, "missing")));
        }
        return checks;
    }

    private List<SanityCheck> placeChecks(List<Region> regions) {
        List<SanityCheck> checks = new ArrayList<>();
        for (ExpectedPlace e : PLACES) {
            Optional<Region> region = regions.stream().filter(r -> r.id().equals(e.region())).findFirst();
            Point point = factory.createPoint(new Coordinate(e.lon(), e.lat()));
            boolean inside = region.map(r -> r.geometry().covers(point)).orElse(false);
            checks.add(new SanityCheck(e.region() + " / " + e.place(), region.isPresent() && inside == e.inside(),
                    inside ? "inside" : "outside"));
        }
        return checks;
    }

    private static void log(BuildReport report) {
        LOG.info("Sources: {}", String.join(", ", report.sources()));
        long total = 0;
        for (BuildReport.Layer layer : report.layers()) {
            LOG.info("Wrote {}: {} features, {} bytes", layer.file(), layer.features(), layer.bytes());
            total += layer.bytes();
        }
        LOG.info("Generated layers: {} bytes in all", total);
        for (SanityCheck check : report.checks()) {
            if (check.passed()) {
                LOG.info("ok    {}: {}", check.subject(), check.detail());
            } else {
                LOG.error("FAIL  {}: {}", check.subject(), check.detail());
            }
        }
    }

    /** {@code --sources node_modules --out geodata}; exits 1 when a check fails, 2 on bad usage. */
    public static void main(String[] args) {
        Map<String, Path> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], Path.of(args[i + 1]));
        }
        if (args.length != 4 || !options.keySet().equals(Set.of("--sources", "--out"))) {
            LOG.error("usage: GeodataBuilder --sources NODE_MODULES_DIR --out GEODATA_DIR");
            System.exit(2);
        }
        try {
            BuildReport report = new GeodataBuilder().build(options.get("--sources"), options.get("--out"));
            System.exit(report.passed() ? 0 : 1);
        } catch (IOException | RuntimeException e) {
            LOG.error("geodata build failed", e);
            System.exit(1);
        }
    }
}
