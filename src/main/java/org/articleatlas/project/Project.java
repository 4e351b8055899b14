package org.articleatlas.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a teacher saves in a {@code *.atlas.json} file: the articles and layers that were open, and
 * their own layer over the geoparser's: notes on places, pins with text anywhere, markers moved,
 * mentions re-assigned to another gazetteer entry or marked « not a place ». Immutable; each
 * {@code with…} returns a new project. Field names are the file format.
 *
 * @param schemaVersion the file format's version, {@link #SCHEMA_VERSION} when written by this application
 * @param articles      the open articles' files, relative to the project file's folder when inside it
 */
@JsonPropertyOrder({"schema_version", "articles", "layers", "notes", "pins", "moved_markers", "reassignments",
    "not_places"})
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Project(
        @JsonProperty("schema_version") int schemaVersion,
        @JsonProperty("articles") List<String> articles,
        @JsonProperty("layers") List<LayerRef> layers,
        @JsonProperty("notes") List<Note> notes,
        @JsonProperty("pins") List<Pin> pins,
        @JsonProperty("moved_markers") List<MovedMarker> movedMarkers,
        @JsonProperty("reassignments") List<Reassignment> reassignments,
        @JsonProperty("not_places") List<NotAPlace> notPlaces) {

    /** The format this application writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;

    public Project {
        articles = copy(articles);
        layers = copy(layers);
        notes = copy(notes);
        pins = copy(pins);
        movedMarkers = copy(movedMarkers);
        reassignments = copy(reassignments);
        notPlaces = copy(notPlaces);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public static Project empty() {
        return new Project(SCHEMA_VERSION, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A layer that was open, and whether it was shown. */
    @JsonPropertyOrder({"file", "visible"})
    public record LayerRef(@JsonProperty("file") String file, @JsonProperty("visible") boolean visible) {
        public LayerRef {
            Objects.requireNonNull(file, "file");
        }
    }

    /** A teacher's note on a place, by the place's id as geoparse gives it. */
    @JsonPropertyOrder({"place_id", "text"})
    public record Note(@JsonProperty("place_id") String placeId, @JsonProperty("text") String text) {
        public Note {
            Objects.requireNonNull(placeId, "place_id");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A pin with text anywhere on the map. */
    @JsonPropertyOrder({"id", "lat", "lon", "text"})
    public record Pin(@JsonProperty("id") String id, @JsonProperty("lat") double lat, @JsonProperty("lon") double lon,
            @JsonProperty("text") String text) {
        public Pin {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            requireOnGlobe(lat, lon);
        }
    }

    /** A place's marker put somewhere else: where the teacher says the place is. */
    @JsonPropertyOrder({"place_id", "lat", "lon"})
    public record MovedMarker(@JsonProperty("place_id") String placeId, @JsonProperty("lat") double lat,
            @JsonProperty("lon") double lon) {
        public MovedMarker {
            Objects.requireNonNull(placeId, "place_id");
            requireOnGlobe(lat, lon);
        }
    }

    /**
     * One mention read as another gazetteer entry. A mention is named by its article's file name,
     * its offsets and its text, so that a correction made on another version of the article is
     * recognised as stale instead of landing on the wrong words.
     */
    @JsonPropertyOrder({"article", "start", "end", "text", "place_id"})
    public record Reassignment(@JsonProperty("article") String article, @JsonProperty("start") int start,
            @JsonProperty("end") int end, @JsonProperty("text") String text, @JsonProperty("place_id") String placeId) {
        public Reassignment {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(placeId, "place_id");
            requireSpan(start, end);
        }
    }

    /** A mention that is not a place at all (« Kazan » in a person's name, say). */
    @JsonPropertyOrder({"article", "start", "end", "text"})
    public record NotAPlace(@JsonProperty("article") String article, @JsonProperty("start") int start,
            @JsonProperty("end") int end, @JsonProperty("text") String text) {
        public NotAPlace {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(text, "text");
            requireSpan(start, end);
        }
    }

    private static void requireOnGlobe(double lat, double lon) {
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a point on the globe: " + lat + ", " + lon);
        }
    }

    private static void requireSpan(int start, int end) {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("not a span of text: " + start + "–" + end);
        }
    }

    public Project withArticles(List<String> newArticles) {
        return new Project(schemaVersion, newArticles, layers, notes, pins, movedMarkers, reassignments, notPlaces);
    }

    public Project withLayers(List<LayerRef> newLayers) {
        return new Project(schemaVersion, articles, newLayers, notes, pins, movedMarkers, reassignments, notPlaces);
    }

    /** The note of a place replaced, or removed when {@code text} is blank. */
    public Project withNote(String placeId, String text) {
        List<Note> kept = without(notes, n -> n.placeId().equals(placeId));
        if (!text.isBlank()) {
            kept.add(new Note(placeId, text));
        }
        return new Project(schemaVersion, articles, layers, kept, pins, movedMarkers, reassignments, notPlaces);
    }

    public Optional<Note> noteOn(String placeId) {
        return notes.stream().filter(n -> n.placeId().equals(placeId)).findFirst();
    }

    /** A pin added, or replaced when one has the same id. */
    public Project withPin(Pin pin) {
        List<Pin> kept = without(pins, p -> p.id().equals(pin.id()));
        kept.add(pin);
        return new Project(schemaVersion, articles, layers, notes, kept, movedMarkers, reassignments, notPlaces);
    }

    public Project withoutPin(String id) {
        return new Project(schemaVersion, articles, layers, notes, without(pins, p -> p.id().equals(id)), movedMarkers,
                reassignments, notPlaces);
    }

    public Project withMovedMarker(MovedMarker moved) {
        List<MovedMarker> kept = without(movedMarkers, m -> m.placeId().equals(moved.placeId()));
        kept.add(moved);
        return new Project(schemaVersion, articles, layers, notes, pins, kept, reassignments, notPlaces);
    }

    /** A mention re-assigned; it is no longer « not a place » if it was. */
    public Project withReassignment(Reassignment r) {
        List<Reassignment> kept = without(reassignments, x -> sameMention(x.article(), x.start(), x.end(), r.article(),
                r.start(), r.end()));
        kept.add(r);
        return new Project(schemaVersion, articles, layers, notes, pins, movedMarkers, kept,
                without(notPlaces, x -> sameMention(x.article(), x.start(), x.end(), r.article(), r.start(), r.end())));
    }

    /** A mention marked « not a place »; a re-assignment of it is dropped. */
    public Project withNotAPlace(NotAPlace mark) {
        List<NotAPlace> kept = without(notPlaces, x -> sameMention(x.article(), x.start(), x.end(), mark.article(),
                mark.start(), mark.end()));
        kept.add(mark);
        return new Project(schemaVersion, articles, layers, notes, pins, movedMarkers,
                without(reassignments, x -> sameMention(x.article(), x.start(), x.end(), mark.article(), mark.start(),
                        mark.end())), kept);
    }

    private static boolean sameMention(String a1, int s1, int e1, String a2, int s2, int e2) {
        return a1.equals(a2) && s1 == s2 && e1 == e2;
    }

    private static <T> List<T> without(List<T> list, Predicate<T> drop) {
        List<T> out = new ArrayList<>(list);
        out.removeIf(drop);
        return out;
    }
}
