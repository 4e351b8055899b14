package org.articleatlas.gazetteer;

/**
 * Folded text as characters, with the way back to the original offsets: {@link FoldedText}
 * without its string, for readers that walk the characters (the arrays are not to be changed).
 */
public record FoldedChars(char[] chars, int[] originalStart, int[] originalEnd) {

    /** The original offset where the folded range {@code [from, to)} starts. */
    public int originalStartOf(int from) {
        return originalStart[from];
    }

    /** The original offset, exclusive, where the folded range {@code [from, to)} ends. */
    public int originalEndOf(int to) {
        return originalEnd[to - 1];
    }

    /** The folded characters {@code [from, to)} as a string. */
    public String substring(int from, int to) {
        return new String(chars, from, to - from);
    }
}
