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
 * @param selected    the id of the place the user has chosen, drawn to stand out, if any
 * @param annotations the teacher's pins and notes, from their project; none by default
 */
public record MapContent(Language language, String title, String subtitle, List<MapPlace> places,
        List<MapBorder> borders, List<String> citations, Optional<String> selected,
        TeacherAnnotations annotations) {

    public MapContent {
        places = List.copyOf(places);
        borders = List.copyOf(borders);
        citations = List.copyOf(citations);
        selected = selected == null ? Optional.empty() : selected;
        annotations = annotations == null ? TeacherAnnotations.none() : annotations;
    }

    /** A map of the articles alone: no place chosen, no teacher's pins or notes. */
    public MapContent(Language language, String title, String subtitle, List<MapPlace> places, List<MapBorder> borders,
            List<String> citations) {
        this(language, title, subtitle, places, borders, citations, Optional.empty(), TeacherAnnotations.none());
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
        return new MapContent(language, newTitle, subtitle, places, borders, citations, selected, annotations);
    }

    /** The same map with the teacher's pins and notes on it (the window's export passes the open project's). */
    public MapContent withAnnotations(TeacherAnnotations newAnnotations) {
        return new MapContent(language, title, subtitle, places, borders, citations, selected, newAnnotations);
    }

    /**
     * The same map with the place {@code placeId} chosen: put first, so that its quote is callout ①
     * and its label is placed before the others, and its marker drawn to stand out. An id that is
     * not among the places changes nothing.
     */
    public MapContent withSelected(String placeId) {
        List<MapPlace> chosen = places.stream().filter(p -> p.place().id().equals(placeId)).toList();
        if (chosen.isEmpty()) {
            return this;
        }
        List<MapPlace> reordered = new java.util.ArrayList<>(chosen);
        places.stream().filter(p -> !p.place().id().equals(placeId)).forEach(reordered::add);
        return new MapContent(language, title, subtitle, reordered, borders, citations, Optional.of(placeId),
                annotations);
    }

    boolean isSelected(Place place) {
        return selected.filter(place.id()::equals).isPresent();
    }
}
