package org.articleatlas.ui.map;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which layers the map shows: the four drawn from the articles (borders named, places, labels,
 * tinted countries and regions) and any extra GeoJSON layer, from {@code geodata/} or added by
 * the user. The layer panel and the View menu toggle them; the map layers bind to them.
 */
public final class MapLayersViewModel {

    /** A layer the user can show or hide; {@code title} is a bundle key for built-in layers, else the English title. */
    public record Toggle(String id, String title, boolean builtIn, BooleanProperty visible) {

        public boolean isVisible() {
            return visible.get();
        }
    }

    public static final String BORDERS = "borders-named";
    public static final String PLACES = "places";
    public static final String LABELS = "labels";
    public static final String TINT = "tint";

    private final ObservableList<Toggle> toggles = FXCollections.observableArrayList();
    private final ObservableList<Overlay> overlays = FXCollections.observableArrayList();
    private final ObjectProperty<AreaOutlines> outlines = new SimpleObjectProperty<>(AreaOutlines.none());

    public MapLayersViewModel() {
        for (String id : new String[] {BORDERS, PLACES, LABELS, TINT}) {
            toggles.add(new Toggle(id, "layer." + id, true, new SimpleBooleanProperty(true)));
        }
    }

    public ObservableList<Toggle> toggles() {
        return toggles;
    }

    /** The extra layers, in the order they were added (drawn bottom first). */
    public ObservableList<Overlay> overlays() {
        return overlays;
    }

    /** The outlines of countries and regions, for tinting those the articles name; empty until read. */
    public ObjectProperty<AreaOutlines> outlinesProperty() {
        return outlines;
    }

    public Optional<Overlay> overlay(String id) {
        return overlays.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<Toggle> toggle(String id) {
        return toggles.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The visibility of a layer; an unknown id is a programming error. */
    public BooleanProperty visibleProperty(String id) {
        return toggle(id).orElseThrow(() -> new IllegalArgumentException("no layer " + id)).visible();
    }

    public boolean isVisible(String id) {
        return toggle(id).map(Toggle::isVisible).orElse(false);
    }

    public void setVisible(String id, boolean visible) {
        toggle(id).ifPresent(t -> t.visible().set(visible));
    }

    /**
     * Adds an extra layer, with its toggle. A layer with the same id replaces the one before it
     * (the user opened the same file again), keeping its position.
     */
    public Toggle addOverlay(Overlay overlay, boolean visible) {
        Toggle toggle = new Toggle(overlay.id(), overlay.titleEn(), false, new SimpleBooleanProperty(visible));
        int at = indexOf(overlay.id());
        if (at >= 0) {
            toggles.set(at, toggle);
            overlays.replaceAll(o -> o.id().equals(overlay.id()) ? overlay : o);
        } else {
            toggles.add(toggle);
            overlays.add(overlay);
        }
        return toggle;
    }

    /**
     * Takes an extra layer off the map and out of the panel, as when the user forgets the folder it
     * came from. The article's own four layers are never removed.
     *
     * @return whether there was such an extra layer
     */
    public boolean removeOverlay(String id) {
        boolean removed = overlays.removeIf(o -> o.id().equals(id));
        if (removed) {
            toggles.removeIf(t -> !t.builtIn() && t.id().equals(id));
        }
        return removed;
    }

    private int indexOf(String id) {
        for (int i = 0; i < toggles.size(); i++) {
            if (toggles.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
