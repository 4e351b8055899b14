package org.articleatlas.ui.project;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.ContextMenuEvent;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.project.Project;
import org.articleatlas.ui.app.Messages;
import org.articleatlas.ui.places.PlacesViewModel;

/**
 * The map's context menu for the teacher's layer: add a pin with text where the mouse is, edit or
 * remove the pin under it, and move the selected place's marker there when the geoparser put it in
 * the wrong spot.
 */
public final class MapAnnotations {

    private final Messages messages;
    private final ProjectViewModel project;
    private final PlacesViewModel places;
    private ContextMenu open;

    private MapAnnotations(Messages messages, ProjectViewModel project, PlacesViewModel places) {
        this.messages = messages;
        this.project = project;
        this.places = places;
    }

    public static void attach(MapView map, Messages messages, ProjectViewModel project, PlacesViewModel places) {
        MapAnnotations a = new MapAnnotations(messages, project, places);
        map.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> a.menu(map, e));
    }

    private void menu(MapView map, ContextMenuEvent e) {
        if (open != null) {
            open.hide();
        }
        MapPoint at = map.getMapPosition(e.getX(), e.getY());
        double lat = Math.max(-85, Math.min(85, at.getLatitude()));
        double lon = ((at.getLongitude() + 180) % 360 + 360) % 360 - 180;
        ContextMenu menu = new ContextMenu();
        Optional<Project.Pin> pin = pinUnder(e.getPickResult().getIntersectedNode());
        if (pin.isPresent()) {
            menu.getItems().add(item("map.pin.edit", () -> askText(pin.get().text())
                    .ifPresent(t -> project.edit(p -> p.withPin(new Project.Pin(pin.get().id(), pin.get().lat(),
                            pin.get().lon(), t))))));
            menu.getItems().add(item("map.pin.remove", () -> project.edit(p -> p.withoutPin(pin.get().id()))));
        } else {
            menu.getItems().add(item("map.pin.add", () -> askText("").ifPresent(t -> project.edit(p -> p.withPin(
                    new Project.Pin(UUID.randomUUID().toString(), lat, lon, t))))));
        }
        PlaceResult selected = places.selectedProperty().get();
        if (selected != null) {
            MenuItem move = new MenuItem(messages.get("map.marker.move", selected.place().name(messages.language())));
            move.setId("moveMarkerItem");
            move.setOnAction(x -> project.edit(p -> p.withMovedMarker(new Project.MovedMarker(selected.place().id(),
                    lat, lon))));
            menu.getItems().add(move);
        }
        open = menu;
        menu.show(map, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(key.replace('.', '-'));
        item.setOnAction(x -> action.run());
        return item;
    }

    private Optional<String> askText(String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(messages.get("map.pin.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(messages.get("map.pin.text"));
        return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
    }

    private static Optional<Project.Pin> pinUnder(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getUserData() instanceof Project.Pin pin) {
                return Optional.of(pin);
            }
        }
        return Optional.empty();
    }
}
