package org.articleatlas.corpus;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** How many words are enough to decide; a long article need not be read to the end. */
    private static final int WORDS_TO_READ = 2000;

    Language guess(String text) {
        Matcher m = WORD.matcher(text);
        int french = 0;
        int english = 0;
        int words = 0;
        while (m.find() && words++ < WORDS_TO_READ) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (FRENCH.contains(word)) {
                french++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
            if (hasFrenchDiacritic(word)) {
                french++;
            }
        }
        if (french + english < 2 || french == english) {
            return Language.UNDETERMINED;
        }
        return french > english ? Language.FRENCH : Language.ENGLISH;
    }

    private static boolean hasFrenchDiacritic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '\u00E0' && "éèêàçùûôîœ".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

}
