package org.articleatlas.geodata.build;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns the Natural Earth geometries of a topology into named, coded {@link Country} entities. */
public final class CountryAssembler {

    private static final Logger LOG = LoggerFactory.getLogger(CountryAssembler.class);

    private final IsoCountryCatalog catalog;
    private final GeometryFactory factory;
    private final AntimeridianCut antimeridian;

    public CountryAssembler(IsoCountryCatalog catalog, GeometryFactory factory) {
        this.catalog = catalog;
        this.factory = factory;
        this.antimeridian = new AntimeridianCut(factory);
    }

    /** One country per geometry, in the topology's order, so that index i is geometry i. */
    public List<Country> assemble(Topology topology, List<TopoGeometry> geometries) {
        List<MultiPolygon> shapes = new ArrayList<>();
        List<Optional<IsoCountry>> codes = new ArrayList<>();
        for (TopoGeometry g : geometries) {
            shapes.add(valid(antimeridian.apply(topology.multiPolygon(g, factory))));
            codes.add(isoCode(g));
        }
        keepEachCodeOnce(geometries, shapes, codes);

        List<Country> countries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < geometries.size(); i++) {
            String neName = geometries.get(i).property("name").orElse("");
            MultiPolygon shape = shapes.get(i);
            Country c = codes.get(i)
                    .map(iso -> new Country(iso.alpha2(), Optional.of(iso), iso.nameEn(), iso.nameFr(), neName, shape))
                    .orElseGet(() -> new Country("ne-" + slug(neName), Optional.empty(), neName, neName, neName, shape));
            if (shape.isEmpty()) {
                LOG.warn("{} ({}) has no area left at this scale; it is kept with an empty geometry", c.id(), neName);
            }
            if (c.id().equals("ne-") || !ids.add(c.id())) {
                throw new IllegalStateException("no stable unique id for Natural Earth entity '" + neName + "': " + c.id());
            }
            countries.add(c);
        }
        return countries;
    }

    private Optional<IsoCountry> isoCode(TopoGeometry g) {
        if (g.id().isPresent()) {
            Optional<IsoCountry> iso = catalog.byNumeric(g.id().get());
            if (iso.isEmpty()) {
                LOG.warn("Natural Earth id {} ({}) is not in the ISO list", g.id().get(), g.property("name").orElse(""));
            }
            return iso;
        }
        // Natural Earth leaves Kosovo without a numeric code, but the package lists it as XK
        // (a user-assigned code): an exact English name is the only safe way to join them.
        return g.property("name").flatMap(catalog::byEnglishName);
    }

    /**
     * Natural Earth gives some dependencies their sovereign's code (Ashmore and Cartier Islands
     * carry Australia's 036). ISO codes must name one entity, so the entity whose Natural Earth
     * name is one of the ISO names keeps the code (else the largest), and the others are
     * treated as entities without a code.
     */
    private static void keepEachCodeOnce(List<TopoGeometry> geometries, List<MultiPolygon> shapes,
            List<Optional<IsoCountry>> codes) {
        Map<String, List<Integer>> byCode = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            int index = i;
            codes.get(i).ifPresent(c -> byCode.computeIfAbsent(c.alpha2(), k -> new ArrayList<>()).add(index));
        }
        for (Map.Entry<String, List<Integer>> e : byCode.entrySet()) {
            List<Integer> sharing = e.getValue();
            if (sharing.size() < 2) {
                continue;
            }
            IsoCountry iso = codes.get(sharing.get(0)).orElseThrow();
            int keeper = sharing.stream()
                    .max(Comparator.<Integer, Boolean>comparing(i -> iso.namesEn().contains(geometries.get(i).property("name").orElse("")))
                            .thenComparingDouble(i -> shapes.get(i).getArea()))
                    .orElseThrow();
            for (int i : sharing) {
                if (i != keeper) {
                    LOG.warn("Natural Earth entity '{}' shares code {} with '{}'; it gets a Natural Earth id instead",
                            geometries.get(i).property("name").orElse(""), e.getKey(),
                            geometries.get(keeper).property("name").orElse(""));
                    codes.set(i, Optional.empty());
                }
            }
        }
    }

    /**
     * Quantizing the source to a grid of about 400 by 190 metres folds some coasts onto
     * themselves, and an invalid shape makes JTS predicates such as {@code covers} throw. Fixing,
     * then snapping to the written precision, yields shapes that stay valid once written.
     */
    private MultiPolygon valid(MultiPolygon decoded) {
        Geometry fixed = decoded.isValid() ? decoded : GeometryFixer.fix(decoded);
        Geometry snapped = GeometryPrecisionReducer.reduce(fixed, GeoJsonFeatureWriter.PRECISION);
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < snapped.getNumGeometries(); i++) {
            if (snapped.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                polygons.add(p);
            }
        }
        return factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    /** Lower-case ASCII words joined by hyphens: {@code N. Cyprus} becomes {@code n-cyprus}. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
