package org.articleatlas.gazetteer.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kazan’|Kazan",
        "Tver’ Oblast|Tver Oblast",
        "‘Ayn Ḩalāqīm|Ayn Ḩalāqīm",
        "Ust’-Ilimsk|Ust-Ilimsk",
        "Côte d’Ivoire|",
        "L’Aquila|",
        "Moscow|",
    })
    void dropsRomanisationMarksButKeepsFrenchElisions(String name, String expected) {
        assertThat(NameVariants.withoutTransliterationMarks(name).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "République de Tchétchénie|Tchétchénie",
        "République d'Ossétie-du-Nord-Alanie|Ossétie-du-Nord-Alanie",
        "District autonome de Tchoukotka|Tchoukotka",
        "Région de l’Inchiri|Inchiri",
        "Republic of Karelia|Karelia",
        "Chelyabinsk Oblast|Chelyabinsk",
        "Autonomous Republic of Crimea|Crimea",
        "Jewish Autonomous Oblast|",
        "Central District|",
        "North-West District|",
        "Chechnya|",
        "Texas|",
    })
    void offersTheBareNameOfARegion(String name, String expected) {
        assertThat(NameVariants.withoutRegionKind(name).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Préfecture dAkita|Préfecture d'Akita",
        "Vaihingen-sur-lEnz|Vaihingen-sur-l'Enz",
        "Saint-Pétersbourg|Saint-Pétersbourg",
        "Dushanbe|Dushanbe",
    })
    void putsBackApostrophesTheFrenchCatalogueLost(String name, String expected) {
        assertThat(NameVariants.cleanFrench(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Yelets      | Elets
            Yelabuga    | Elabuga
            Yeysk       | Yeisk
            Tayshet     | Taishet
            Shatoy      | Shatoi
            Achkhoy-Martan | Achkhoi-Martan
            Chapayevsk  | Chapaevsk
            Prokopyevsk | Prokopevsk
            Dagestanskiye Ogni | Dagestanskie Ogni
            Kaspiysk    | Kaspiisk""")
    void offersTheOtherRussianPressSpellings(String name, String expected) {
        assertThat(NameVariants.russianPressForms(name)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"Omsk", "Altay", "Yeya", "Tver", "Yefremov", "Tutayev", "Kiy", "Kurskiy", "Yuzhnyy", "Severnyy", "Vostochnyy"})
    void leavesAloneNamesWithoutThoseLettersOrTooShortAForm(String name) {
        assertThat(NameVariants.russianPressForms(name)).isEmpty();
    }

    @Test
    void altNamesLeaveOutTheRowsOwnNamesDuplicatesAndOneLetterNames() {
        assertThat(NameVariants.altNames(List.of("Kazan", "Kazan’", "Kazan"), List.of("Kazan", "X", "Qazan", "Qazan", "a|b")))
                .containsExactly("Qazan");
    }

    @Test
    void cleanTurnsTabsAndLineBreaksIntoSingleSpaces() {
        assertThat(NameVariants.clean(" Saint\tPetersburg\r\n ")).isEqualTo("Saint Petersburg");
    }
}
