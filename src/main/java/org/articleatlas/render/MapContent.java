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
 * @param citations one line per article: « title », publisher, date
 */
public record MapContent(Language language, String title, String subtitle, List<MapPlace> places,
        List<MapBorder> borders, List<String> citations) {

    public MapContent {
        places = List.copyOf(places);
        borders = List.copyOf(borders);
        citations = List.copyOf(citations);
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
        return new MapContent(language, newTitle, subtitle, places, borders, citations);
    }
}
