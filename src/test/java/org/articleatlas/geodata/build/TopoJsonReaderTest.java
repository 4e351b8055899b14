package org.articleatlas.geodata.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;

class TopoJsonReaderTest {

    /**
     * Two one-degree squares sharing the meridian 11° E between 40° and 41° N. Arc 0 is the
     * shared edge, walked north by West and south (as ~0) by East. Coordinates are quantized
     * with scale 0.5 and translate (10, 40), and each arc is delta-encoded.
     */
    static final String TWO_SQUARES = """
            {"type": "Topology",
             "transform": {"scale": [0.5, 0.5], "translate": [10, 40]},
             "objects": {"countries": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "id": "901", "properties": {"name": "West"}, "arcs": [[0, 1]]},
               {"type": "MultiPolygon", "id": "902", "properties": {"name": "East"}, "arcs": [[[-1, 2]]]}
             ]}},
             "arcs": [
               [[2, 0], [0, 2]],
               [[2, 2], [-2, 0], [0, -2], [2, 0]],
               [[2, 0], [2, 0], [0, 2], [-2, 0]]
             ]}
            """;

    private final GeometryFactory factory = new GeometryFactory();

    @Test
    void decodesDeltaEncodedQuantizedArcsIntoLongitudeAndLatitude() throws Exception {
        Topology topology = new TopoJsonReader().read(TWO_SQUARES);

        assertThat(topology.arcCount()).isEqualTo(3);
        assertThat(topology.arc(0)).containsExactly(new Coordinate(11, 40), new Coordinate(11, 41));
        assertThat(topology.arc(2)).containsExactly(
                new Coordinate(11, 40), new Coordinate(12, 40), new Coordinate(12, 41), new Coordinate(11, 41));
    }

    @Test
    void walksAReversedArcBackwards() throws Exception {
        Topology topology = new TopoJsonReader().read(TWO_SQUARES);

        assertThat(topology.arc(~0)).containsExactly(new Coordinate(11, 41), new Coordinate(11, 40));
    }

    @Test
    void decodesPolygonAndMultiPolygonIntoTheTwoSquares() throws Exception {
        Topology topology = new TopoJsonReader().read(TWO_SQUARES);
        List<TopoGeometry> countries = topology.object("countries").orElseThrow();

        MultiPolygon west = topology.multiPolygon(countries.get(0), factory);
        MultiPolygon east = topology.multiPolygon(countries.get(1), factory);

        assertThat(countries.get(0).id()).contains("901");
        assertThat(countries.get(1).property("name")).contains("East");
        assertThat(west.getNumGeometries()).isEqualTo(1);
        assertThat(west.getCoordinates()).containsExactly(new Coordinate(11, 40), new Coordinate(11, 41),
                new Coordinate(10, 41), new Coordinate(10, 40), new Coordinate(11, 40));
        assertThat(east.getCoordinates()).containsExactly(new Coordinate(11, 41), new Coordinate(11, 40),
                new Coordinate(12, 40), new Coordinate(12, 41), new Coordinate(11, 41));
        assertThat(west.isValid()).isTrue();
        assertThat(east.isValid()).isTrue();
        assertThat(west.getArea()).isEqualTo(1.0);
        assertThat(west.intersection(east).getArea()).isZero();
        assertThat(west.union(east).getArea()).isEqualTo(2.0);
    }

    @Test
    void theSharedArcBecomesTheOnlyBorderWithItsGeodesicLength() throws Exception {
        Topology topology = new TopoJsonReader().read(TWO_SQUARES);
        List<TopoGeometry> geometries = topology.object("countries").orElseThrow();
        IsoCountryCatalog catalog = new IsoCountryCatalog(List.of(
                new IsoCountry("WW", "WWW", "901", List.of("West"), List.of("Ouest")),
                new IsoCountry("EE", "EEE", "902", List.of("East", "Orient"), List.of("Est"))));
        List<Country> countries = new CountryAssembler(catalog, factory).assemble(topology, geometries);

        List<Border> borders = new BorderExtractor(factory).extract(topology, geometries, countries);

        assertThat(borders).hasSize(1);
        Border border = borders.get(0);
        assertThat(border.id()).isEqualTo("EE-WW");
        assertThat(border.a()).isEqualTo("EE");
        assertThat(border.b()).isEqualTo("WW");
        assertThat(border.nameEn()).isEqualTo("East – West");
        assertThat(border.nameFr()).isEqualTo("Est – Ouest");
        assertThat(border.geometry().getNumGeometries()).isEqualTo(1);
        assertThat(border.geometry().getGeometryN(0).equalsTopo(factory.createLineString(
                new Coordinate[] {new Coordinate(11, 40), new Coordinate(11, 41)}))).isTrue();
        // One degree of meridian between 40° and 41° N on the WGS84 ellipsoid: 111.044 km.
        assertThat(border.lengthKm()).isCloseTo(111.0, within(0.05));
    }

    @Test
    void namesEntitiesWithoutAnIsoCodeByASlugOfTheirNaturalEarthName() {
        assertThat(CountryAssembler.slug("N. Cyprus")).isEqualTo("n-cyprus");
        assertThat(CountryAssembler.slug("Cyprus U.N. Buffer Zone")).isEqualTo("cyprus-u-n-buffer-zone");
        assertThat(CountryAssembler.slug("Côte d'Ivoire")).isEqualTo("cote-d-ivoire");
    }

    @Test
    void rejectsArcReferencesBeyondTheArcs() {
        String broken = TWO_SQUARES.replace("[[0, 1]]", "[[0, 7]]");

        assertThatThrownBy(() -> new TopoJsonReader().read(broken))
                .isInstanceOf(TopoJsonException.class)
                .hasMessageContaining("arc reference 7");
    }

    @Test
    void dropsRingsThatQuantizationCollapsed() throws Exception {
        String collapsed = """
                {"type": "Topology", "transform": {"scale": [1, 1], "translate": [0, 0]},
                 "objects": {"c": {"type": "Polygon", "arcs": [[0]]}},
                 "arcs": [[[5, 5], [0, 1], [0, -1]]]}
                """;
        Topology topology = new TopoJsonReader().read(collapsed);

        assertThat(topology.multiPolygon(topology.object("c").orElseThrow().get(0), factory).isEmpty()).isTrue();
    }
}
