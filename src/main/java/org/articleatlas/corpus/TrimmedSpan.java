package org.articleatlas.corpus;

import java.util.Optional;
import org.articleatlas.model.TextSpan;

/** A span with the white space at both ends left out, or nothing when it is all white space. */
final class TrimmedSpan {

    private TrimmedSpan() {
    }

    static Optional<TextSpan> of(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? Optional.of(new TextSpan(s, e)) : Optional.empty();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
