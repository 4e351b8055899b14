package org.articleatlas.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.articleatlas.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Les bases russes du Tadjikistan sont proches de la frontière afghane.  | FRENCH
            The Russian bases in Tajikistan are close to the Afghan border.        | ENGLISH
            Kant Air Base                                                          | UNDETERMINED
            LES BASES RUSSES DU TADJIKISTAN SONT PROCHES DE LA FRONTIÈRE AFGHANE.  | FRENCH
            THE RUSSIAN BASES IN TAJIKISTAN ARE CLOSE TO THE AFGHAN BORDER.        | ENGLISH
            """)
    void tellsFrenchFromEnglish(String text, Language expected) {
        assertThat(new LanguageGuesser().guess(text)).isEqualTo(expected);
    }
}
