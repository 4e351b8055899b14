package org.articleatlas.render;

import java.util.List;
import java.util.Objects;
import org.articleatlas.model.GeoPoint;

/**
 * The teacher's own marks on a map, from their project: pins with text anywhere, and notes on the
 * places the articles name. Kept apart from the articles' content so that a map without a project
 * draws exactly as before.
 */
public record TeacherAnnotations(List<Pin> pins, List<Note> notes) {

    public TeacherAnnotations {
        pins = List.copyOf(pins);
        notes = List.copyOf(notes);
    }

    /** No pins, no notes. */
    public static TeacherAnnotations none() {
        return new TeacherAnnotations(List.of(), List.of());
    }

    public boolean isEmpty() {
        return pins.isEmpty() && notes.isEmpty();
    }

    /** A pin with its text, where the teacher put it. */
    public record Pin(GeoPoint point, String text) {
        public Pin {
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A note on a place, by the place's id; drawn only when that place is on the map. */
    public record Note(String placeId, String text) {
        public Note {
            Objects.requireNonNull(placeId, "placeId");
            Objects.requireNonNull(text, "text");
        }
    }
}
