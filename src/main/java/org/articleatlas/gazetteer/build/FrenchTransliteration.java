package org.articleatlas.gazetteer.build;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The French spelling of a town name that English spells in its own transliteration of Russian,
 * Central Asian or Persian names (Irkutsk → Irkoutsk, Jermuk → Djermouk, Chelyabinsk →
 * Tcheliabinsk). GeoNames' French catalogue has only its best-known towns; French newspapers
 * write the others by these rules, so a French text can still be matched.
 *
 * <p>No library transliterates from English romanisation into French; the rules are the usual
 * correspondences of the two systems, applied left to right, longest first.
 */
final class FrenchTransliteration {

    /** Countries whose place names English and French romanise differently from the same script. */
    static final Set<String> COUNTRIES = Set.of("RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM", "AZ", "AM", "GE",
            "MD", "MN", "AF", "IR");

    private record Rule(String english, String french) {
    }

    /** Longest first, so that « shch » is read before « sh » and « ch ». */
    private static final List<Rule> RULES = List.of(
            new Rule("shch", "chtch"), new Rule("zh", "j"), new Rule("sh", "ch"), new Rule("ch", "tch"),
            new Rule("kh", "kh"), new Rule("ya", "ia"), new Rule("yu", "iou"), new Rule("ye", "ie"),
            new Rule("yo", "io"), new Rule("iy", "i"), new Rule("yy", "y"), new Rule("u", "ou"),
            new Rule("j", "dj"));

    private FrenchTransliteration() {
    }

    /** The French form, when it differs from the English one. */
    static Optional<String> of(String english) {
        return of(english, false);
    }

    /**
     * The French forms that differ from the English one: the usual one, and, when the name has a
     * "y" after a consonant (Russian « ы »), the one that keeps it, as the French press often does
     * (Uchaly → « Outchali » and « Outchaly », Kyzyl-Kiya → « Kizil-Kia » and « Kyzyl-Kia »; Kizilyurt →
     * « Kiziliourt » and « Kizilyourt »).
     */
    static List<String> all(String english) {
        List<String> out = new java.util.ArrayList<>(2);
        of(english, false).ifPresent(out::add);
        of(english, true).filter(f -> !out.contains(f)).ifPresent(out::add);
        return out;
    }

    private static Optional<String> of(String english, boolean keepHardY) {
        if (english.length() < 4 || !english.chars().allMatch(c -> c < 0x80)) {
            return Optional.empty();
        }
        String lower = english.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 8);
        int i = 0;
        while (i < lower.length()) {
            Rule rule = ruleAt(lower, i);
            char before = previous(lower, i);
            if (rule != null && keepHardY && rule.english().equals("ye") && Character.isLetter(before) && !isVowel(before)) {
                // The plural adjective's « -nye » keeps its y too: Naberejnye Tchelny, Mineralnye Vody.
                out.append("ye");
                i += 2;
                continue;
            }
            if (rule != null && rule.english().equals("iy") && lower.startsWith("sk", i + 2)) {
                // Russian « -ийск » keeps both sounds: Kaspiysk, Novorossiysk, Biysk are « Kaspiïsk »,
                // « Novorossiïsk », « Biïsk » (the « -iy » of a word's end, as in « Nijni », is one sound).
                out.append("iï");
                i += 2;
                continue;
            }
            if (rule != null && keepHardY && rule.english().equals("yu") && lower.startsWith("yurt", i)
                    && Character.isLetter(before) && !isVowel(before)) {
                // The Kumyk « -yurt » (village) of Dagestan's and Chechnya's towns is often written « -yourt »
                // (Kizilyurt, « Kizilyourt », « Khassavyourt »); other « yu » keep the usual « iou ».
                out.append("you");
                i += 2;
                continue;
            }
            if (rule != null) {
                out.append(rule.french());
                i += rule.english().length();
                continue;
            }
            char c = lower.charAt(i);
            char next = i + 1 < lower.length() ? lower.charAt(i + 1) : ' ';
            if (c == 'g' && (next == 'e' || next == 'i')) {
                out.append("gu"); // French reads « ge » as « je »
            } else if (c == 's' && isVowel(previous(lower, i)) && isVowel(next)) {
                out.append("ss"); // a single s between vowels would sound z
            } else if (c == 'y') {
                boolean afterVowel = isVowel(previous(lower, i));
                boolean afterConsonant = Character.isLetter(previous(lower, i)) && !afterVowel;
                out.append(afterVowel ? "ï" : keepHardY && afterConsonant ? "y" : "i");
            } else {
                out.append(c);
            }
            i++;
        }
        String french = capitaliseWords(out.toString(), english);
        return french.equalsIgnoreCase(english) ? Optional.empty() : Optional.of(french);
    }

    private static Rule ruleAt(String s, int i) {
        for (Rule r : RULES) {
            if (s.startsWith(r.english(), i)) {
                return r;
            }
        }
        return null;
    }

    private static char previous(String s, int i) {
        return i > 0 ? s.charAt(i - 1) : ' ';
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** Capital letters where the English name had them: at the start and after a space or hyphen. */
    private static String capitaliseWords(String s, String original) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
