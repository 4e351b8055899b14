package org.articleatlas.corpus;

import java.util.ArrayList;
import java.util.List;
import org.articleatlas.model.TextSpan;

/**
 * Finds paragraphs in normalised text. Paragraphs are separated by blank lines; a text with
 * no blank line at all (one paragraph a line, as many web pages paste) has one per line.
 */
final class ParagraphSplitter {

    List<TextSpan> split(String text) {
        boolean blankLineSeparated = hasBlankLine(text);
        List<TextSpan> result = new ArrayList<>();
        int start = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            boolean blank = isBlank(text, lineStart, lineEnd);
            if (blank) {
                start = close(text, start, lineStart, result);
            } else {
                if (start < 0) {
                    start = lineStart;
                }
                if (!blankLineSeparated) {
                    start = close(text, start, lineEnd, result);
                }
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        close(text, start, text.length(), result);
        return result;
    }

    private static int close(String text, int start, int end, List<TextSpan> out) {
        if (start >= 0) {
            TrimmedSpan.of(text, start, end).ifPresent(out::add);
        }
        return -1;
    }

    /**
     * {@link String#isBlank()} of {@code text.substring(from, to)}, without the copy: the rest of
     * the text after every blank line was copied to be asked this.
     */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean hasBlankLine(String text) {
        int from = 0;
        while (true) {
            int nl = text.indexOf('\n', from);
            if (nl < 0) {
                return false;
            }
            int next = text.indexOf('\n', nl + 1);
            int end = next < 0 ? text.length() : next;
            if (next >= 0 && isBlank(text, nl + 1, end)) {
                // A blank line between two non-blank ones, not trailing blank lines.
                if (!isBlank(text, end, text.length())) {
                    return true;
                }
            }
            from = nl + 1;
        }
    }
}
