package org.articleatlas.geoparse;

/**
 * A word of folded text, with its folded offsets; used to look at the words around a name.
 *
 * <p>Its text is cut from the folded text when first asked: an article has thousands of words
 * and the rules ask for the few around its names, so most are never made into strings.
 */
final class Token {

    private final char[] source;
    private final int begin;
    private final int end;
    private String text;

    /** The word of characters {@code [begin, end)} of {@code source}, which is not to change. */
    Token(char[] source, int begin, int end) {
        this.source = source;
        this.begin = begin;
        this.end = end;
    }

    String text() {
        String t = text;
        if (t == null) {
            t = new String(source, begin, end - begin);
            text = t;
        }
        return t;
    }

    /** The word's first character, without making its text. */
    char firstChar() {
        return source[begin];
    }

    int begin() {
        return begin;
    }

    int end() {
        return end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token other && begin == other.begin && end == other.end && text().equals(other.text());
    }

    @Override
    public int hashCode() {
        return (text().hashCode() * 31 + begin) * 31 + end;
    }

    @Override
    public String toString() {
        return "Token[text=" + text() + ", begin=" + begin + ", end=" + end + "]";
    }
}
