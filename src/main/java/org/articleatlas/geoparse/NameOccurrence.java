package org.articleatlas.geoparse;

import java.util.List;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.model.TextSpan;

/**
 * A name found in an article with the places it may mean, before resolution.
 *
 * @param foldedBegin where the name starts in the folded text
 * @param foldedEnd   where it ends in the folded text
 * @param phrase      why these candidates: {@code name}, or the phrase rule that proposed them
 * @param displaced   readings of a bare name that a phrase replaced, kept as runners-up for learners
 */
record NameOccurrence(TextSpan span, int foldedBegin, int foldedEnd, List<GazetteerEntry> candidates, String phrase,
        List<GazetteerEntry> displaced) {

    NameOccurrence(TextSpan span, int foldedBegin, int foldedEnd, List<GazetteerEntry> candidates, String phrase) {
        this(span, foldedBegin, foldedEnd, candidates, phrase, List.of());
    }

    /** The same phrase, remembering the readings of the bare name it replaced (« Kazan », the city). */
    NameOccurrence displacing(List<GazetteerEntry> readings) {
        return new NameOccurrence(span, foldedBegin, foldedEnd, candidates, phrase, List.copyOf(readings));
    }
}
