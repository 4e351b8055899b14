package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordStartsTest {

    private static final WordStarts STARTS = new WordStarts(List.of("voisin", "frontiere", "limitrophe"));

    private static Token word(String text) {
        char[] chars = (" " + text + " ").toCharArray();
        return new Token(chars, 1, 1 + text.length());
    }

    @Test
    void keepsEveryWordOfTheList() {
        assertThat(STARTS.mayStart(word("voisin"))).isTrue();
        assertThat(STARTS.mayStart(word("frontiere"))).isTrue();
        assertThat(STARTS.mayStart(word("limitrophe"))).isTrue();
    }

    @Test
    void passesOverWordsOfAnotherFirstLetterOrLength() {
        assertThat(STARTS.mayStart(word("maison"))).isFalse();
        assertThat(STARTS.mayStart(word("le"))).isFalse();
        assertThat(STARTS.mayStart(word("les"))).isFalse();
        assertThat(STARTS.mayStart(word("limitrophes1"))).isFalse();
        // Same first letter and a length within the list's: it must be looked up.
        assertThat(STARTS.mayStart(word("village"))).isTrue();
    }

    @Test
    void keepsAWordBeyondAsciiOfAFittingLength() {
        assertThat(STARTS.mayStart(word("éléphant"))).isTrue();
        assertThat(STARTS.mayStart(word("é"))).isFalse();
    }
}
