package org.articleatlas.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.project.Project;
import org.articleatlas.ui.places.PlacesViewModel;

/**
 * The teacher's own marks over the map: pins with their text, a note sign beside each place that has a
 * note, and rings round the places of the event or period chosen on the timeline. Thin: it rebuilds its
 * nodes when the project or the choice changes and only positions them in {@link #layoutLayer()}.
 */
public final class TeacherLayer extends MapLayer {

    private record Placed(Node node, GeoPoint at, double dx, double dy) {
    }

    private final ReadOnlyObjectProperty<Project> project;
    private final PlacesViewModel places;
    private final List<String> highlighted;
    private final List<Placed> nodes = new ArrayList<>();

    public TeacherLayer(ReadOnlyObjectProperty<Project> project, PlacesViewModel places,
            javafx.collections.ObservableList<String> highlighted) {
        this.project = project;
        this.places = places;
        this.highlighted = highlighted;
        setId("teacherLayer");
        project.addListener((obs, old, now) -> rebuild());
        places.places().addListener((ListChangeListener<PlaceResult>) c -> rebuild());
        highlighted.addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        nodes.clear();
        for (String id : highlighted) {
            place(id).ifPresent(p -> {
                Circle ring = new Circle(16);
                ring.getStyleClass().add("timeline-ring");
                ring.setMouseTransparent(true);
                add(ring, p.place().point(), 0, 0);
            });
        }
        Project p = project.get();
        for (Project.Note note : p.notes()) {
            place(note.placeId()).ifPresent(place -> {
                Label sign = new Label("\u270e");
                sign.setId("note-" + note.placeId());
                sign.getStyleClass().add("note-sign");
                Tooltip tip = new Tooltip(note.text());
                tip.setWrapText(true);
                tip.setMaxWidth(360);
                sign.setTooltip(tip);
                sign.setOnMouseClicked(e -> places.select(place));
                // In a Group, which gives a label its size; the layer itself lays out no child.
                add(new Group(sign), place.place().point(), 8, -24);
            });
        }
        for (Project.Pin pin : p.pins()) {
            SVGPath mark = new SVGPath();
            // A map pin: a round head on a point, its tip at the pinned place.
            mark.setContent("M0,0 C-2,-6 -7,-9 -7,-14 A7,7 0 1 1 7,-14 C7,-9 2,-6 0,0 Z");
            mark.getStyleClass().add("pin-mark");
            Label text = new Label(pin.text());
            text.getStyleClass().add("pin-text");
            text.setMaxWidth(220);
            text.setWrapText(true);
            text.setTranslateX(9);
            text.setTranslateY(-26);
            Group node = new Group(mark, text);
            node.setId("pin-" + pin.id());
            node.setUserData(pin);
            add(node, new GeoPoint(pin.lat(), pin.lon()), 0, 0);
        }
        markDirty();
    }

    private java.util.Optional<PlaceResult> place(String id) {
        return places.places().stream().filter(r -> r.place().id().equals(id)).findFirst();
    }

    private void add(Node node, GeoPoint at, double dx, double dy) {
        nodes.add(new Placed(node, at, dx, dy));
        getChildren().add(node);
    }

    @Override
    protected void layoutLayer() {
        for (Placed p : nodes) {
            Point2D xy = getMapPoint(p.at().lat(), p.at().lon());
            p.node().setTranslateX(xy.getX() + p.dx());
            p.node().setTranslateY(xy.getY() + p.dy());
        }
    }
}
