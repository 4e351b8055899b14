package org.articleatlas.corpus;

import java.text.Normalizer;

/**
 * Makes offsets into an article stable whatever produced the file: line feeds only, and
 * Unicode NFC so that an « é » typed on one system matches the same « é » from another.
 */
final class TextNormaliser {

    private TextNormaliser() {
    }

    static String normalise(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!unified.isEmpty() && unified.charAt(0) == '\uFEFF') {
            unified = unified.substring(1);
        }
        return surelyComposed(unified) ? unified : Normalizer.normalize(unified, Normalizer.Form.NFC);
    }

    /**
     * Whether NFC would leave {@code text} as it is, answered for the characters of most articles
     * without the normaliser. The library's own check (its quick check, the first thing
     * {@code Normalizer.normalize} does) looks each character up in its tables through a
     * {@code CharSequence}, which was a sixth of reading an article; these ranges are characters
     * that neither decompose canonically nor combine with what precedes them (combining class 0,
     * NFC quick check « yes »: {@code TextNormaliserTest} asks ICU for each), so a text of them
     * alone is already NFC. Any other character leaves the answer to the normaliser.
     */
    static boolean surelyComposed(String text) {
        // An array copied at once, read faster than the string one character at a time (see LanguageGuesser).
        for (char c : text.toCharArray()) {
            if (!inComposedRange(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Latin letters and their accents precomposed, below the combining marks (U+0300); general
     * punctuation and currency signs (’ « — … €), without U+2000 and U+2001, which NFC replaces.
     */
    static boolean inComposedRange(char c) {
        return c < FIRST_COMBINING_MARK || (c >= '\u2002' && c <= LAST_CURRENCY_SIGN);
    }

    private static final char FIRST_COMBINING_MARK = '\u0300';
    private static final char LAST_CURRENCY_SIGN = '\u20CF';
}
