package org.articleatlas.corpus;

import java.util.Locale;
import java.util.Set;
import org.articleatlas.model.Language;

/**
 * Tells French from English by counting each language's commonest function words.
 *
 * <p>Written here rather than taken from a language-identification library because the
 * application reads only these two languages: a hundred words decide them reliably on a
 * sentence or more, with no model to load at start-up.
 */
final class LanguageGuesser {

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une", "un",
            "que", "qui", "dans", "pour", "pas", "sur", "au", "aux", "avec", "par", "ce", "cette", "ces", "il",
            "elle", "ils", "sont", "ont", "mais", "ou", "plus", "se", "leur", "leurs", "été", "entre", "selon",
            "lors", "aussi", "nous", "vous", "d", "l", "qu", "n", "s", "c", "j");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "in", "that", "for", "with",
            "was", "on", "as", "by", "it", "are", "be", "this", "from", "at", "have", "has", "had", "not", "but",
            "which", "were", "their", "they", "an", "or", "been", "its", "would", "will", "who", "after", "between",
            "said", "also", "we", "you");
    /** No word longer than this is counted: the longest of the two lists. */
    private static final int LONGEST_COUNTED = java.util.stream.Stream.concat(FRENCH.stream(), ENGLISH.stream())
            .mapToInt(String::length).max().orElse(0);

    /** How many words are enough to decide; a long article need not be read to the end. */
    private static final int WORDS_TO_READ = 2000;

    /**
     * Words are runs of letters ({@code \p{L}+}); they are read with a loop rather than a regular
     * expression, and only the words short enough to be in the lists are lower-cased into strings:
     * this ran for every article read, and the pattern and its strings were most of its cost.
     */
    Language guess(String text) {
        int french = 0;
        int english = 0;
        int words = 0;
        int length = text.length();
        int i = 0;
        while (words < WORDS_TO_READ) {
            while (i < length && !Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i >= length) {
                break;
            }
            int start = i;
            boolean diacritic = false;
            while (i < length) {
                int cp = text.codePointAt(i);
                if (!Character.isLetter(cp)) {
                    break;
                }
                diacritic |= isFrenchDiacritic(Character.toLowerCase(cp));
                i += Character.charCount(cp);
            }
            words++;
            if (i - start <= LONGEST_COUNTED) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (FRENCH.contains(word)) {
                    french++;
                }
                if (ENGLISH.contains(word)) {
                    english++;
                }
            }
            if (diacritic) {
                french++;
            }
        }
        if (french + english < 2 || french == english) {
            return Language.UNDETERMINED;
        }
        return french > english ? Language.FRENCH : Language.ENGLISH;
    }

    private static boolean isFrenchDiacritic(int c) {
        return c >= '\u00E0' && c <= Character.MAX_VALUE && "éèêàçùûôîœ".indexOf(c) >= 0;
    }

}
