package org.articleatlas.corpus;

import java.util.Arrays;
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
    /** The words of each list as {@link #append} spells them, sorted for a binary search. */
    private static final long[] FRENCH_KEYS = keys(FRENCH);
    private static final long[] ENGLISH_KEYS = keys(ENGLISH);

    /** No longer word is in the lists. */
    private static final int LONGEST_COUNTED = java.util.stream.Stream.concat(FRENCH.stream(), ENGLISH.stream())
            .mapToInt(String::length).max().orElse(0);

    /** How many words are enough to decide; a long article need not be read to the end. */
    private static final int WORDS_TO_READ = 2000;

    /**
     * Words are runs of letters ({@code \p{L}+}), read with a loop rather than a regular
     * expression, and looked up in the lists as numbers rather than lower-cased into strings:
     * this runs on every article read, and the pattern and the strings were most of its cost.
     */
    Language guess(String string) {
        // Read from an array copied at once: the client compiler the commands run with reads a
        // string's characters one by one through several calls, each checking the index again.
        char[] text = string.toCharArray();
        int french = 0;
        int english = 0;
        int words = 0;
        int length = text.length;
        int i = 0;
        while (words < WORDS_TO_READ) {
            while (i < length && !isLetter(text, i)) {
                i += Character.charCount(Character.codePointAt(text, i));
            }
            if (i >= length) {
                break;
            }
            int start = i;
            boolean diacritic = false;
            long key = 0;
            while (i < length) {
                char c = text[i];
                if (c < 0x80) {
                    // ASCII, most letters of either language: no Unicode table asked.
                    if ((c | 0x20) < 'a' || (c | 0x20) > 'z') {
                        break;
                    }
                    key = key < 0 ? -1 : append(key, c | 0x20);
                    i++;
                    continue;
                }
                int cp = Character.codePointAt(text, i);
                if (!Character.isLetter(cp)) {
                    break;
                }
                int lower = Character.toLowerCase(cp);
                diacritic |= isFrenchDiacritic(lower);
                key = key < 0 || cp == '\u0130' ? -1 : append(key, lower);
                i += Character.charCount(cp);
            }
            words++;
            if (key >= 0 && i - start <= LONGEST_COUNTED) {
                if (Arrays.binarySearch(FRENCH_KEYS, key) >= 0) {
                    french++;
                }
                if (Arrays.binarySearch(ENGLISH_KEYS, key) >= 0) {
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

    /**
     * A word of at most twelve lower-case letters of a to z and « é » (the letters of the lists) as
     * a number, five bits a letter; -1 for any other word. Only « İ » lower-cases differently alone
     * ({@code Character}) and in a word ({@code String}), and it is no letter of the lists: it is refused.
     */
    private static long append(long key, int lower) {
        int letter = lower >= 'a' && lower <= 'z' ? lower - 'a' + 1 : lower == '\u00E9' ? 27 : 0;
        return letter == 0 || key >= 1L << 55 ? -1 : key << 5 | letter;
    }

    private static boolean isLetter(char[] text, int i) {
        char c = text[i];
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(Character.codePointAt(text, i));
    }

    private static long[] keys(Set<String> words) {
        long[] keys = words.stream().mapToLong(w -> {
            long key = 0;
            for (int i = 0; i < w.length(); i++) {
                key = append(key, w.charAt(i));
            }
            if (key < 0) {
                throw new IllegalStateException("not a word of a to z and é: " + w);
            }
            return key;
        }).toArray();
        Arrays.sort(keys);
        return keys;
    }

    private static boolean isFrenchDiacritic(int c) {
        return c >= '\u00E0' && c <= Character.MAX_VALUE && "éèêàçùûôîœ".indexOf(c) >= 0;
    }

}
