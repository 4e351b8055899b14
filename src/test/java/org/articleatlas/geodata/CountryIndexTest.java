package org.articleatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.articleatlas.model.GeoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CountryIndexTest {

    private static CountryIndex index;

    @BeforeAll
    static void build() throws Exception {
        index = CountryIndex.of(TestLayers.countries());
    }

    @Test
    void findsTheCountryContainingAPoint() {
        assertThat(index.countryAt(new GeoPoint(5, 5)).map(Country::code)).contains("AA");
        assertThat(index.countryAt(new GeoPoint(5, 15)).map(Country::code)).contains("BB");
    }

    @Test
    void aPointOffTheCoastWithinTerritorialWatersBelongsToTheNearestCountry() {
        // 0.1 degree north of AA's northern edge: about 11 km out to sea.
        assertThat(index.countryAt(new GeoPoint(10.1, 5)).map(Country::code)).contains("AA");
    }

    @Test
    void aPointFarOutAtSeaIsInNoCountry() {
        assertThat(index.countryAt(new GeoPoint(11, 5))).isEmpty();
        assertThat(index.countryAt(new GeoPoint(-40, 100))).isEmpty();
    }

    @Test
    void looksCountriesUpByAnyCodeInAnyCase() {
        Optional<Country> bb = index.byCode("bbb");
        assertThat(bb.map(Country::nameFr)).contains("Bélande");
        assertThat(index.byCode("aa").map(Country::nameEn)).contains("Aland");
        assertThat(index.byCode("ZZ")).isEmpty();
    }
}
