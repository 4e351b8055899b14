package org.articleatlas.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

    private final ParagraphSplitter splitter = new ParagraphSplitter();

    @Test
    void blankLinesSeparateParagraphs() {
        String text = "Titre\nsous-titre\n\nPremier paragraphe.\n\n\nSecond.\n";
        assertThat(splitter.split(text)).extracting(s -> s.of(text))
                .containsExactly("Titre\nsous-titre", "Premier paragraphe.", "Second.");
    }

    @Test
    void withoutBlankLinesEachLineIsAParagraph() {
        String text = "Un.\nDeux.\nTrois.\n\n";
        assertThat(splitter.split(text)).extracting(s -> s.of(text)).containsExactly("Un.", "Deux.", "Trois.");
    }
}
