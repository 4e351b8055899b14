package org.articleatlas.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.Language;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.ui.places.PlacesViewModel;

/**
 * The places' names beside their markers, in the interface language, placed again on every pan
 * and zoom so that no two overlap and none covers a marker ({@link LabelPlacement}); the most
 * named places win, a name that does not fit is hidden until there is room.
 */
public final class PlaceLabelLayer extends MapLayer {

    private record Entry(PlaceResult place, Label label, double markerRadius) {
    }

    /** Among places named as often, which name matters most to a reader of the map. */
    private static final List<PlaceKind> KIND_PRIORITY = List.of(PlaceKind.COUNTRY, PlaceKind.REGION,
            PlaceKind.CITY, PlaceKind.BASE, PlaceKind.LANDMARK, PlaceKind.STATE, PlaceKind.PHYSICAL, PlaceKind.BORDER);

    private final PlacesViewModel places;
    private final Language language;
    private final ObservableBooleanValue markersShown;
    private final List<Entry> entries = new ArrayList<>();

    /** @param markersShown whether the markers are on screen, so labels keep clear of them */
    public PlaceLabelLayer(PlacesViewModel places, Language language, ObservableBooleanValue markersShown) {
        this.places = places;
        this.language = language;
        this.markersShown = markersShown;
        setMouseTransparent(true);
        markersShown.addListener((obs, was, now) -> markDirty());
        places.places().addListener((ListChangeListener<PlaceResult>) change -> rebuild());
        rebuild();
    }

    /** Most named first, then by kind, then by name, so the placement is the same every time. */
    static Comparator<PlaceResult> priority(Language language) {
        return Comparator.<PlaceResult>comparingInt(p -> -p.mentions().size())
                .thenComparingInt(p -> KIND_PRIORITY.indexOf(p.place().kind()))
                .thenComparing(p -> p.place().name(language));
    }

    private void rebuild() {
        getChildren().clear();
        entries.clear();
        // Countries are named by the basemap itself (offline tiles and OpenStreetMap alike): a
        // second name beside the marker would only crowd out the towns.
        for (PlaceResult place : places.places().stream().filter(p -> p.place().kind() != PlaceKind.COUNTRY)
                .sorted(priority(language)).toList()) {
            Label label = new Label(place.place().name(language));
            label.setId("label-" + place.place().id());
            label.getStyleClass().addAll("place-label", "place-label-" + place.place().kind().label());
            label.setVisible(false);
            entries.add(new Entry(place, label, MarkerStyle.radius(place)));
            getChildren().add(label);
        }
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        Parent parent = getParent();
        if (entries.isEmpty() || parent == null) {
            return;
        }
        double width = parent instanceof Region r ? r.getWidth() : parent.getLayoutBounds().getWidth();
        double height = parent instanceof Region r ? r.getHeight() : parent.getLayoutBounds().getHeight();
        List<LabelPlacement.Candidate> candidates = new ArrayList<>(entries.size());
        List<LabelPlacement.Box> markers = new ArrayList<>();
        boolean avoidMarkers = markersShown.get();
        for (Entry e : entries) {
            Point2D at = getMapPoint(e.place().place().point().lat(), e.place().place().point().lon());
            Label label = e.label();
            if (label.getWidth() <= 0) {
                label.applyCss();
            }
            double w = label.prefWidth(-1);
            double h = label.prefHeight(w);
            candidates.add(new LabelPlacement.Candidate(at.getX(), at.getY(), e.markerRadius(), w, h));
            if (avoidMarkers) {
                markers.add(LabelPlacement.Box.around(at.getX(), at.getY(), e.markerRadius()));
            }
        }
        List<Optional<LabelPlacement.Box>> placed = LabelPlacement.place(candidates, markers, width, height);
        for (int i = 0; i < entries.size(); i++) {
            Label label = entries.get(i).label();
            Optional<LabelPlacement.Box> box = placed.get(i);
            label.setVisible(box.isPresent());
            box.ifPresent(b -> {
                label.resizeRelocate(b.minX(), b.minY(), b.maxX() - b.minX(), b.maxY() - b.minY());
            });
        }
    }
}
