package org.articleatlas.render;

import java.util.List;
import java.util.Optional;
import org.articleatlas.geodata.Border;
import org.articleatlas.model.Language;
import org.articleatlas.model.Place;

/**
 * What an annotated map shows on top of the basemap, in the map's language: the places and
 * borders the articles name, each with the quote that justifies it, a title and the articles cited.
 *
 * @param citations   one line per article: « title », publisher, date
 * @param annotations the teacher's pins and notes, from their project; none by default
 */
public record MapContent(Language language, String title, String subtitle, List<MapPlace> places,
        List<MapBorder> borders, List<String> citations,
        TeacherAnnotations annotations) {

    public MapContent {
        places = List.copyOf(places);
        borders = List.copyOf(borders);
        citations = List.copyOf(citations);
        annotations = annotations == null ? TeacherAnnotations.none() : annotations;
    }

    /** A map of the articles alone, without a teacher's pins or notes. */
    public MapContent(Language language, String title, String subtitle, List<MapPlace> places, List<MapBorder> borders,
            List<String> citations) {
        this(language, title, subtitle, places, borders, citations, TeacherAnnotations.none());
    }

    /** A quoted excerpt and where it comes from (article title, date). */
    public record Quote(String excerpt, String source) {
    }

    /** A place named by the articles, in order of first mention. */
    public record MapPlace(Place place, String label, Optional<Quote> quote) {
    }

    /** A border the articles speak of. */
    public record MapBorder(Border border, String label, Optional<Quote> quote) {
    }

    public MapContent withTitle(String newTitle) {
        return new MapContent(language, newTitle, subtitle, places, borders, citations, annotations);
    }

    /** The same map with the teacher's pins and notes on it (the window's export passes the open project's). */
    public MapContent withAnnotations(TeacherAnnotations newAnnotations) {
        return new MapContent(language, title, subtitle, places, borders, citations, newAnnotations);
    }
}
