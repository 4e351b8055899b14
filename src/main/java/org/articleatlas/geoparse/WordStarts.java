package org.articleatlas.geoparse;

import java.util.Collection;

/**
 * The first letters and the lengths of a list of words, to pass over a word that cannot be in the
 * list on its first letter or its length: the rules that look at every word of an article then
 * neither make nor hash most words (« le », « la », « les » start like « limitrophe », but are
 * shorter than any word of the list).
 */
final class WordStarts {

    private final boolean[] ascii = new boolean[128];
    private final int shortest;
    private final int longest;

    WordStarts(Collection<String> words) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String w : words) {
            if (!w.isEmpty() && w.charAt(0) < ascii.length) {
                ascii[w.charAt(0)] = true;
            }
            min = Math.min(min, w.length());
            max = Math.max(max, w.length());
        }
        shortest = min;
        longest = max;
    }

    /** False only when no word of the list starts like {@code token} or is as long; any word beyond ASCII may start one. */
    boolean mayStart(Token token) {
        int length = token.end() - token.begin();
        if (length < shortest || length > longest) {
            return false;
        }
        char first = token.firstChar();
        return first >= ascii.length || ascii[first];
    }
}
