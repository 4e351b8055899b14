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
 */
record NameOccurrence(TextSpan span, int foldedBegin, int foldedEnd, List<GazetteerEntry> candidates, String phrase) {
}
