package org.articleatlas.geoparse;

import java.util.List;
import java.util.Set;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.model.TextSpan;

/**
 * What the way a name is written says against reading it as the place: a word in lower case inside a town's
 * capitalised name, an acronym in capitals, a month's abbreviation. Read from the article's own characters, for
 * every name the automaton finds, so each test looks at the few characters around the name first.
 */
final class WrittenForm {

    private WrittenForm() {
    }

    /**
     * « Le monastère d'Erdene Zuu » at a sentence's start is no village « Le Monastère »: a word the text writes
     * in lower case inside a town's name that every spelling of the town capitalises says the words are not
     * its name (those the data writes small, Rostov-on-Don's « on », still match). Towns only: "the Navoi
     * region" is the data's Navoi Region.
     */
    static boolean wordWrittenSmallerThanTheName(String text, TextSpan span, List<GazetteerEntry> candidates) {
        int small = -1;
        for (int i = span.start() + 1; i < span.end() - 1; i++) {
            char c = text.charAt(i);
            if ((c == ' ' || isHyphen(c)) && Character.isLowerCase(text.charAt(i + 1))) {
                small = i + 1;
                break;
            }
        }
        if (small < 0) {
            return false;
        }
        int end = small;
        while (end < span.end() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(small, end);
        for (GazetteerEntry e : candidates) {
            for (String name : e.names()) {
                if (containsWord(name, word)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code name} holds {@code word} as a whole word, with the same case. */
    private static boolean containsWord(String name, String word) {
        for (int at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetter(name.charAt(at - 1));
            int end = at + word.length();
            if (startsWord && (end == name.length() || !Character.isLetter(name.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "SWAT teams", « la BAM » read as Bam: a short name written in capitals and followed by a word in lower case
     * is an acronym (a dateline's town in capitals is followed by a comma or a dash), unless the data writes the
     * place so (USA, UAE).
     */
    static boolean acronymBeforeAWord(String text, TextSpan span, List<GazetteerEntry> candidates) {
        int length = span.end() - span.start();
        if (length < 2 || length > 6 || !Character.isUpperCase(text.charAt(span.end() - 1))) {
            return false;
        }
        for (int i = span.start(); i < span.end(); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        int next = span.end();
        if (next + 1 >= text.length() || text.charAt(next) != ' ' || !Character.isLowerCase(text.charAt(next + 1))) {
            return false;
        }
        String written = text.substring(span.start(), span.end());
        for (GazetteerEntry e : candidates) {
            if (e.names().contains(written)) {
                return false;
            }
        }
        return true;
    }

    /** English months as datelines abbreviate them: "Nov. 7" is no town of Tajikistan. */
    private static final Set<String> MONTH_ABBREVIATIONS = Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec");

    static boolean monthAbbreviation(String text, TextSpan span) {
        return span.end() < text.length() && text.charAt(span.end()) == '.' && span.end() - span.start() <= 4
                && MONTH_ABBREVIATIONS.contains(text.substring(span.start(), span.end()));
    }

    /** A hyphen as writers type it: the ASCII one or Unicode's hyphen and non-breaking hyphen. */
    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
