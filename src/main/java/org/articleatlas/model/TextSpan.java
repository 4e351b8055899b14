package org.articleatlas.model;

/**
 * A half-open range {@code [start, end)} of character indexes into an article's text,
 * as Java {@code String} indexes (UTF-16 code units).
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean covers(TextSpan other) {
        return other.start >= start && other.end <= end;
    }

    /** The characters of {@code text} that this span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
