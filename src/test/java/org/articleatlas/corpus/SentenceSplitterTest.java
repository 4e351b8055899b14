package org.articleatlas.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.articleatlas.model.Language;
import org.articleatlas.model.TextSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    private static List<String> sentences(String text, Language language) {
        List<TextSpan> paragraphs = new ParagraphSplitter().split(text);
        return new SentenceSplitter().split(text, paragraphs, language).stream().map(s -> s.of(text)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            M. before a name      | M. Dupont est arrivé à Moscou. Il est reparti le soir.                 | 2
            Mme before a name     | Mme Martin enseigne à Lyon. Elle parle russe.                          | 2
            etc. in a list        | Il a visité Douchanbé, Bichkek, etc. Puis il est rentré.                | 1
            J.-C. in a date       | La ville date de 300 av. J.-C. Elle fut prise plus tard. Puis rasée.     | 2
            an initial            | Le président George W. Bush a reçu Poutine. Ils ont parlé.             | 2
            ellipsis then lower   | Ils les aident à le faire. . . parce qu’ils pensent ainsi. Fin.         | 2
            question and exclaim  | La proposition est-elle réelle ? Oui ! Elle l’est.                      | 3
            a word ending like an abbreviation | Le train est parti de la capitale. Le départ. Puis l’envol. Fin. | 4
            """)
    void splitsFrenchSentences(String name, String text, int expected) {
        assertThat(sentences(text, Language.FRENCH)).hasSize(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mr. before a name     | Mr. Smith flew to Kabul. He met the governor.          | 2
            Dr. and U.S.          | Dr. Jones briefed U.S. officials in Bishkek. It went well. | 2
            an initial            | Then George W. Bush called. Putin answered.            | 2
            e.g. inside           | Some bases, e.g. Kant, are Russian. Others are not.    | 2
            words ending in "al." | The port exports coal. The capital is near. Its goal. Final. | 4
            et al. inside         | Smith et al. wrote on Kant. It was read.               | 2
            """)
    void splitsEnglishSentences(String name, String text, int expected) {
        assertThat(sentences(text, Language.ENGLISH)).hasSize(expected);
    }

    @org.junit.jupiter.api.Test
    void keepsAClosingQuoteWithItsSentenceAndDropsLoneSymbols() {
        String text = "Il a dit « cette menace doit être éliminée. »\n\n*";
        assertThat(sentences(text, Language.FRENCH)).containsExactly("Il a dit « cette menace doit être éliminée. »");
    }

    @org.junit.jupiter.api.Test
    void joinsLinesWrappedByHandButNotLinesThatStartAgain() {
        String text = "Le texte est coupé\nen deux lignes. Voici la suite.\nTitre suivant\nUne autre phrase.\n\nFin.";
        assertThat(sentences(text, Language.FRENCH)).containsExactly(
                "Le texte est coupé\nen deux lignes.", "Voici la suite.", "Titre suivant", "Une autre phrase.", "Fin.");
    }
}
