package org.articleatlas.gazetteer.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CityAndRegionTablesTest {

    private static final GeoNamesCatalog ENGLISH = new GeoNamesCatalog("en", MessageCatalog.of(Map.of(
            "551487", "Kazan’",
            "2660646", "Geneva",
            "523523", "Nal'chik",
            "RU.73", "Tatarstan Republic",
            "RU.12", "Chechnya")));
    private static final GeoNamesCatalog FRENCH = new GeoNamesCatalog("fr", MessageCatalog.of(Map.of(
            "551487", "Kazan",
            "2660646", "Genève",
            "RU.73", "République du Tatarstan",
            "RU.12", "République de Tchétchénie")));

    private static final SourceCity KAZAN = new SourceCity(551487, "Kazan", "", "RU", "PPLA", "73", 1_104_738,
            55.78874, 49.12214);
    private static final SourceCity GENEVA = new SourceCity(2660646, "Genève", "", "CH", "PPLA", "GE", 183_981,
            46.20222, 6.14569);
    private static final SourceCity ZELENODOLSK = new SourceCity(463343, "Zelenodol’sk", "", "RU", "PPLA2", "73",
            97_651, 55.84376, 48.51784);
    private static final SourceCity GROZNY = new SourceCity(557404, "Groznyy", "", "RU", "PPLA", "12", 226_100,
            43.31195, 45.68895);
    private static final SourceCity ALAND = new SourceCity(3041732, "Mariehamn", "FI", "AX", "PPLA", "01", 11_262,
            60.09726, 19.93481);
    private static final SourceCity NALCHIK = new SourceCity(523523, "Nal’chik", "", "RU", "PPLA", "22", 272_800,
            43.49806, 43.61889);
    private static final SourceCity ARTYOM = new SourceCity(2027456, "Artëm", "", "RU", "PPL", "59", 102_300,
            43.35806, 132.18806);
    private static final SourceCity YELABUGA = new SourceCity(468082, "Yelabuga", "", "RU", "PPL", "73", 72_643,
            55.76127, 52.06493);
    private static final SourceCity CHOYR = new SourceCity(2032050, "Choyr", "", "MN", "PPLA", "24", 9_895,
            46.36056, 108.36111);
    private static final SourceCity NO_REGION = new SourceCity(1, "Nowhere", "", "PS", "PPL", "00", 5_000, 31.5, 34.4);

    @Test
    void cityRowsCarryTheLocalEnglishAndFrenchNames() {
        assertThat(new CityTable(ENGLISH, FRENCH).row(GENEVA)).containsExactly(
                "2660646", "Genève", "Geneva", "Genève", "", "CH", "GE", "PPLA", "183981", "46.20222", "6.14569");
    }

    @Test
    void cityAltNamesHoldOnlySpellingsNotAlreadyInANameColumn() {
        // "Kazan’" without its mark is "Kazan", already the local name.
        assertThat(new CityTable(ENGLISH, FRENCH).row(KAZAN).get(4)).isEmpty();
        assertThat(new CityTable(ENGLISH, FRENCH).row(ZELENODOLSK).get(4)).isEqualTo("Zelenodolsk");
    }

    @Test
    void aStraightApostropheStandingForASoftSignIsDroppedBeforeTheFrenchSpellingIsDerived() {
        // GeoNames' English catalogue writes « Nal'chik » with a straight apostrophe; French writes « Naltchik ».
        assertThat(new CityTable(ENGLISH, FRENCH).row(NALCHIK).get(4)).isEqualTo("Nalchik|Naltchik");
    }

    @Test
    void aRussianYoWrittenAsEWithDiaeresisGetsThePressSpellingsInEnglishAndFrench() {
        assertThat(new CityTable(ENGLISH, FRENCH).row(ARTYOM).get(4)).isEqualTo("Artyom|Artiom");
        assertThat(NameVariants.withYoForE("Shchëkino")).isEqualTo("Shchokino");
        assertThat(NameVariants.withYoForE("Budënnovsk")).isEqualTo("Budyonnovsk");
    }

    @Test
    void aRussianInitialYeGetsTheEOfThePressInEnglishAndFrench() {
        assertThat(new CityTable(ENGLISH, FRENCH).row(YELABUGA).get(4).split("\\|"))
                .contains("Elabuga", "Ielabouga", "Elabouga");
    }

    @Test
    void aMongolianNameGetsNoRussianPressSpellingThatIsAnEnglishWord() {
        assertThat(new CityTable(ENGLISH, FRENCH).row(CHOYR).get(4).split("\\|")).doesNotContain("Choir");
    }

    @Test
    void theAlternateCountryCodeIsNotTakenForAName() {
        assertThat(new CityTable(ENGLISH, FRENCH).row(ALAND).get(4)).isEmpty();
    }

    @Test
    void regionRowsAreSortedNamedAndPlacedInTheMiddleOfTheirTowns() {
        List<List<String>> rows = new Admin1Table(ENGLISH, FRENCH).rows(List.of(KAZAN, ZELENODOLSK, GROZNY, NO_REGION));
        assertThat(rows).containsExactly(
                List.of("RU", "12", "", "Chechnya", "République de Tchétchénie", "Tchétchénie",
                        "43.31195", "45.68895", "extent", "226100"),
                List.of("RU", "73", "", "Tatarstan Republic", "République du Tatarstan", "Tatarstan",
                        "55.81625", "48.81999", "extent", "1202389"));
    }
}
