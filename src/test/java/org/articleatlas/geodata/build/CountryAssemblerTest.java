package org.articleatlas.geodata.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

class CountryAssemblerTest {

    /** Four unit squares in a row, named and coded as Natural Earth does for these entities. */
    private static final String ENTITIES = """
            {"type": "Topology",
             "objects": {"countries": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "id": "036", "properties": {"name": "Ashmore and Cartier Is."}, "arcs": [[0]]},
               {"type": "Polygon", "id": "036", "properties": {"name": "Australia"}, "arcs": [[1]]},
               {"type": "Polygon", "properties": {"name": "Kosovo"}, "arcs": [[2]]},
               {"type": "Polygon", "properties": {"name": "N. Cyprus"}, "arcs": [[3]]}
             ]}},
             "arcs": [
               [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]],
               [[2, 0], [2, 1], [3, 1], [3, 0], [2, 0]],
               [[4, 0], [4, 1], [5, 1], [5, 0], [4, 0]],
               [[6, 0], [6, 1], [7, 1], [7, 0], [6, 0]]
             ]}
            """;

    private static final IsoCountryCatalog CATALOG = new IsoCountryCatalog(List.of(
            new IsoCountry("AU", "AUS", "036", List.of("Australia"), List.of("Australie")),
            new IsoCountry("XK", "XKK", "983", List.of("Kosovo"), List.of("Kosovo")),
            new IsoCountry("CY", "CYP", "196", List.of("Cyprus"), List.of("Chypre"))));

    private List<Country> assemble() throws Exception {
        Topology topology = new TopoJsonReader().read(ENTITIES);
        return new CountryAssembler(CATALOG, new GeometryFactory())
                .assemble(topology, topology.object("countries").orElseThrow());
    }

    @Test
    void aSharedIsoCodeStaysWithTheEntityIsoNamesAndTheOtherGetsANaturalEarthId() throws Exception {
        List<Country> countries = assemble();

        assertThat(countries.get(1).id()).isEqualTo("AU");
        assertThat(countries.get(1).nameFr()).isEqualTo("Australie");
        assertThat(countries.get(0).id()).isEqualTo("ne-ashmore-and-cartier-is");
        assertThat(countries.get(0).iso()).isEmpty();
        assertThat(countries.get(0).nameFr()).isEqualTo("Ashmore and Cartier Is.");
    }

    @Test
    void anEntityWithoutANumericCodeIsMatchedByItsExactEnglishName() throws Exception {
        assertThat(assemble().get(2).id()).isEqualTo("XK");
    }

    @Test
    void anEntityIsoDoesNotListKeepsItsNaturalEarthNameInBothLanguages() throws Exception {
        Country northCyprus = assemble().get(3);

        assertThat(northCyprus.id()).isEqualTo("ne-n-cyprus");
        assertThat(northCyprus.iso()).isEmpty();
        assertThat(northCyprus.nameEn()).isEqualTo("N. Cyprus");
        assertThat(northCyprus.nameFr()).isEqualTo("N. Cyprus");
        assertThat(northCyprus.geometry().getArea()).isEqualTo(1.0);
    }
}
