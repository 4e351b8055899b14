package org.articleatlas.gazetteer;

/**
 * Text folded for matching names, with the way back: {@code start(i)} and {@code end(i)} give the
 * original offsets of the folded character {@code i}, so a match in folded text becomes a span of
 * the article exactly.
 */
public record FoldedText(String folded, int[] originalStart, int[] originalEnd) {

    /** The original offset where the folded range {@code [from, to)} starts. */
    public int originalStartOf(int from) {
        return originalStart[from];
    }

    /** The original offset, exclusive, where the folded range {@code [from, to)} ends. */
    public int originalEndOf(int to) {
        return originalEnd[to - 1];
    }
}
