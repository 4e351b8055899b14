package org.articleatlas.gazetteer.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PressRomanisationTest {

    @ParameterizedTest(name = "{1} {0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Qarshi               | UZ | Karshi
            Xo‘jayli Shahri      | UZ | Khojayli
            Mo‘ynoq Shahri       | UZ | Moynak
            Andijon              | UZ | Andijan
            Zhezqazghan          | KZ | Zhezkazgan
            Zhezqazghan          | KZ | Jezkazgan
            Zhezqazghan          | KZ | Dzhezkazgan
            Sumqayıt             | AZ | Sumgayit
            Şǝki                 | AZ | Sheki
            Qaraçuxur            | AZ | Garachukhur
            Daşoguz              | TM | Dashoguz
            Ar Raqqah            | SY | Raqqa
            Uchqŭrghon Shahri    | UZ | Uchkurgan
            Sharur City          | AZ | Sharur
            Aqtöbe               | KZ | Aktobe
            Mangghystaū          | KZ | Mangystau
            Almaty Oblysy        | KZ | Almaty
            Qashqadaryo          | UZ | Kashkadarya
            Sühbaatar            | MN | Sükhbaatar
            Nalayh               | MN | Nalaikh
            Hentiy               | MN | Khentii
            Darhan Uul           | MN | Darkhan Uul
            Orhon                | MN | Orkhon
            Q’vareli             | GE | Kvareli
            Ts’q’alt’ubo         | GE | Tskaltubo
            """)
    void givesThePressSpelling(String name, String country, String press) {
        assertThat(PressRomanisation.of(name, country)).contains(press);
    }

    @Test
    void leavesOtherCountriesAndPlainNamesAlone() {
        assertThat(PressRomanisation.of("Qila Abdullah", "PK")).isEmpty();
        assertThat(PressRomanisation.of("Baku", "AZ")).isEmpty();
        assertThat(PressRomanisation.of("Nukus", "UZ")).isEmpty();
        assertThat(PressRomanisation.of("Choibalsan", "MN")).isEmpty();
        assertThat(PressRomanisation.of("Texas City", "US")).isEmpty();
    }

    @Test
    void transliteratesNoEnglishWord() {
        assertThat(PressRomanisation.of("Sharur City", "AZ")).noneMatch(f -> f.contains("Jity"));
    }

    @Test
    void keepsShortArabicNamesWithTheirArticle() {
        assertThat(PressRomanisation.of("Al Bab", "SY")).isEmpty();
    }
}
