package org.articleatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameFolderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            États-Unis            | etats unis
            Etats-Unis            | etats unis
            ETATS UNIS            | etats unis
            Saint-Pétersbourg     | saint petersbourg
            l’Afghanistan         | l'afghanistan
            Kirghizstan           | kirghizstan
            cœur de Genève        | coeur de geneve
            Al-Qaïda              | al qaida
            Tian Shan             | tian shan
            Qoʻqon                | qo'qon
            Farg‘ona              | farg'ona
            Şymkent               | symkent
            Gəncə                 | gəncə
            """)
    void foldsCaseAccentsApostrophesAndHyphens(String name, String folded) {
        assertThat(NameFolder.fold(name)).isEqualTo(folded);
    }

    @Test
    void mapsEveryFoldedCharacterBackToTheOriginalText() {
        String text = "Les  États-Unis et la sœur d’Œdipe";
        FoldedText f = NameFolder.foldText(text);
        assertThat(f.folded()).isEqualTo("les etats unis et la soeur d'oedipe");
        int at = f.folded().indexOf("etats unis");
        int end = at + "etats unis".length();
        assertThat(text.substring(f.originalStartOf(at), f.originalEndOf(end))).isEqualTo("États-Unis");
        int oe = f.folded().indexOf("oedipe");
        assertThat(text.substring(f.originalStartOf(oe), f.originalEndOf(oe + 6))).isEqualTo("Œdipe");
        int soeur = f.folded().indexOf("soeur");
        assertThat(text.substring(f.originalStartOf(soeur), f.originalEndOf(soeur + 5))).isEqualTo("sœur");
    }

    @Test
    void foldsToCharactersAsToText() {
        String text = "Près  d’Œdipe,\tÀ\u00A0Kyiv — l’𝐀gora";
        FoldedText asText = NameFolder.foldText(text);
        FoldedChars asChars = NameFolder.foldChars(text);
        assertThat(new String(asChars.chars())).isEqualTo(asText.folded());
        assertThat(asChars.originalStart()).isEqualTo(asText.originalStart());
        assertThat(asChars.originalEnd()).isEqualTo(asText.originalEnd());
        int kyiv = asText.folded().indexOf("kyiv");
        assertThat(asChars.substring(kyiv, kyiv + 4)).isEqualTo("kyiv");
        assertThat(text.substring(asChars.originalStartOf(kyiv), asChars.originalEndOf(kyiv + 4))).isEqualTo("Kyiv");
    }
}
