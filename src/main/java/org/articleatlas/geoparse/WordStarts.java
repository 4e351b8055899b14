package org.articleatlas.geoparse;

import java.util.Collection;

/**
 * The first letters of a list of words, to pass over on its first letter a word that cannot be in
 * the list: the rules that look at every word of an article then neither make nor hash most words.
 */
final class WordStarts {

    private final boolean[] ascii = new boolean[128];

    WordStarts(Collection<String> words) {
        for (String w : words) {
            if (!w.isEmpty() && w.charAt(0) < ascii.length) {
                ascii[w.charAt(0)] = true;
            }
        }
    }

    /** False only when no word of the list starts like {@code token}; any word beyond ASCII may be one. */
    boolean mayStart(Token token) {
        char first = token.firstChar();
        return first >= ascii.length || ascii[first];
    }
}
