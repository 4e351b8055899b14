package org.articleatlas.context;

import java.util.List;
import org.articleatlas.model.TextSpan;

/**
 * Something an article dates: the date as written and resolved, the sentence that tells it and
 * the places that sentence names.
 *
 * @param article  the article's file name
 * @param sentence where the sentence is in the article's text
 * @param placeIds the places of the sentence, as geoparse names them, in text order
 */
public record DatedEvent(String article, DateExpression date, TextSpan sentence, String sentenceText,
        List<String> placeIds) {

    public DatedEvent {
        placeIds = List.copyOf(placeIds);
    }
}
