package org.articleatlas.gazetteer;

/** A gazetteer name found in folded text, between folded offsets {@code [begin, end)}. */
public record NameHit(int begin, int end, NameTarget target) {

    public int length() {
        return end - begin;
    }
}
