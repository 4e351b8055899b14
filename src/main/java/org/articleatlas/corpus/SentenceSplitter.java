package org.articleatlas.corpus;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.articleatlas.model.Language;
import org.articleatlas.model.TextSpan;

/**
 * Sentence boundaries from ICU's break iterator, with the language's abbreviations
 * suppressed (« M. », « etc. », « J.-C. », "Mr.", "e.g.") and two repairs ICU's rules cannot
 * express: an initial (« George W. Bush ») never ends a sentence, and a segment that starts
 * in lower case (« faire. . . parce que ») or holds no word (a closing « “ ») continues the
 * sentence before it.
 *
 * <p>Sentences never cross paragraphs; a single line break inside a paragraph counts as a
 * space when the next line starts in lower case (text wrapped by hand), else as a break.
 */
final class SentenceSplitter {

    private static final Set<String> FRENCH_ABBREVIATIONS = Set.of(
            "M.", "MM.", "Mme.", "Mlle.", "Me.", "Dr.", "Pr.", "St.", "Ste.", "etc.", "J.-C.", "av.", "apr.",
            "cf.", "p.", "pp.", "vol.", "n°.", "no.", "env.", "art.", "éd.", "chap.", "fig.", "Mgr.", "Gal.",
            "Gén.", "Col.", "Cdt.", "Lt.", "Cne.", "Sgt.", "boul.", "bd.", "janv.", "févr.", "avr.",
            "juil.", "sept.", "oct.", "nov.", "déc.");
    private static final Set<String> ENGLISH_ABBREVIATIONS = Set.of(
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Sr.", "Jr.", "Gen.", "Col.", "Lt.", "Capt.", "Sgt.",
            "Adm.", "Gov.", "Sen.", "Rep.", "Rev.", "Hon.", "Pres.", "vs.", "etc.", "e.g.", "i.e.", "cf.", "al.",
            "approx.", "No.", "Nos.", "Vol.", "pp.", "p.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.",
            "Sep.", "Oct.", "Nov.", "Dec.", "Inc.", "Ltd.", "Co.", "Corp.", "U.S.", "U.K.", "U.N.", "a.m.",
            "p.m.", "Mt.", "Ft.");
    private static final Set<String> BOTH = union(FRENCH_ABBREVIATIONS, ENGLISH_ABBREVIATIONS);

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    List<TextSpan> split(String text, List<TextSpan> paragraphs, Language language) {
        BreakIterator iterator = iteratorFor(language);
        Set<String> abbreviations = abbreviationsFor(language);
        List<TextSpan> result = new ArrayList<>();
        for (TextSpan paragraph : paragraphs) {
            splitParagraph(text, paragraph, iterator, abbreviations, result);
        }
        return result;
    }

    private static void splitParagraph(String text, TextSpan paragraph, BreakIterator iterator,
            Set<String> abbreviations, List<TextSpan> out) {
        // ICU treats every line feed as a paragraph end; wrapped lines are joined with a space of the
        // same length, so the offsets ICU returns stay offsets into the article text.
        String view = joinWrappedLines(paragraph.of(text));
        iterator.setText(view);
        List<TextSpan> segments = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            TrimmedSpan.of(text, paragraph.start() + start, paragraph.start() + end).ifPresent(segments::add);
        }
        TextSpan pending = null;
        for (TextSpan segment : segments) {
            if (pending != null && continuesPrevious(text, pending, segment, abbreviations)) {
                pending = new TextSpan(pending.start(), segment.end());
            } else {
                addIfSentence(text, pending, out);
                pending = segment;
            }
        }
        addIfSentence(text, pending, out);
    }

    private static String joinWrappedLines(String paragraph) {
        if (paragraph.indexOf('\n') < 0) {
            // Most paragraphs are one line: nothing to join, nothing to copy.
            return paragraph;
        }
        char[] chars = paragraph.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\n') {
                int next = i + 1;
                while (next < chars.length && (chars[next] == ' ' || chars[next] == '\t')) {
                    next++;
                }
                if (next < chars.length && Character.isLowerCase(chars[next])) {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    private static boolean continuesPrevious(String text, TextSpan previous, TextSpan segment,
            Set<String> abbreviations) {
        if (endsWithInitial(text, previous) || abbreviations.contains(lastWord(text, previous))
                || !hasLetterOrDigit(text, segment)) {
            // A stray closing quote or bracket ICU left alone belongs to the sentence it closes.
            return true;
        }
        if (text.substring(previous.start(), segment.start()).indexOf('\n') >= 0) {
            return false;
        }
        int first = text.codePointAt(segment.start());
        return Character.isLowerCase(first) || first == '.' || first == ',' || first == ';' || first == ':'
                || first == ')' || first == '»';
    }

    /** The word before a break, compared whole with the abbreviations (« e.g. », « M. », "Dr."). */
    private static String lastWord(String text, TextSpan span) {
        int start = span.end();
        while (start > span.start() && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, span.end());
    }

    /** « W. » in « George W. Bush »: one capital letter, alone, before the full stop. */
    private static boolean endsWithInitial(String text, TextSpan span) {
        int end = span.end();
        if (span.length() < 2 || text.charAt(end - 1) != '.') {
            return false;
        }
        char letter = text.charAt(end - 2);
        if (!Character.isUpperCase(letter)) {
            return false;
        }
        return end - 3 < span.start() || !Character.isLetter(text.charAt(end - 3));
    }

    /** A segment with no letter or digit (a lone « * », a row of dashes) is not a sentence. */
    private static void addIfSentence(String text, TextSpan span, List<TextSpan> out) {
        if (span != null && hasLetterOrDigit(text, span)) {
            out.add(span);
        }
    }

    private static boolean hasLetterOrDigit(String text, TextSpan span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Building a filtered iterator costs more than splitting an article; an iterator is not
     * thread-safe but is reset by {@code setText}, so each thread keeps one per language.
     */
    private static final ThreadLocal<Map<Language, BreakIterator>> ITERATORS =
            ThreadLocal.withInitial(() -> new EnumMap<>(Language.class));

    private static BreakIterator iteratorFor(Language language) {
        return ITERATORS.get().computeIfAbsent(language, SentenceSplitter::newIterator);
    }

    private static BreakIterator newIterator(Language language) {
        ULocale locale = ULocale.forLocale(language == Language.UNDETERMINED ? Locale.ENGLISH : language.locale());
        // Abbreviations are not given to ICU's filter: it matched them as the end of longer words ("al." of
        // "et al." suppressed the break after "coal.", "capital.", "regional."), merging two sentences. They are
        // compared as whole words in continuesPrevious instead.
        return BreakIterator.getSentenceInstance(locale);
    }

    private static Set<String> abbreviationsFor(Language language) {
        return switch (language) {
            case FRENCH -> FRENCH_ABBREVIATIONS;
            case ENGLISH -> ENGLISH_ABBREVIATIONS;
            case UNDETERMINED -> BOTH;
        };
    }
}
