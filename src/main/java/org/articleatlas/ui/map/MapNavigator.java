package org.articleatlas.ui.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.List;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.ui.places.PlacesViewModel;
import org.articleatlas.ui.places.PlacesViewModel.Origin;

/**
 * Carries the camera's moves out on a Gluon {@link MapView}, reads back what the map really shows
 * (Gluon's own {@code getCenter()} keeps the last centre asked for, not where a drag left it), flies to
 * a place chosen anywhere but on the map itself, and gives the map its keys: + and − zoom, the arrows
 * pan, Tab and Shift+Tab go through the places, Enter opens the chosen place's excerpts, Escape leaves
 * the map (Tab being taken, the keyboard needs another way out).
 */
public final class MapNavigator {

    private static final Duration FLIGHT = Duration.millis(650);

    private final MapView map;
    private final MapCamera camera;
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private Timeline flight;
    private ChangeListener<Number> step;

    private MapNavigator(MapView map, MapCamera camera) {
        this.map = map;
        this.camera = camera;
    }

    /**
     * Joins a map to its camera and the places.
     *
     * @param keys       the node that holds the keyboard focus for the map
     * @param tabOrder   the places in the order Tab visits them (the side list's order)
     * @param openChosen what Enter does on the selected place
     * @param leave      what Escape does: give the keyboard to the next part of the window
     */
    public static MapNavigator attach(MapView map, Node keys, MapCamera camera, PlacesViewModel places,
            List<PlaceResult> tabOrder, Runnable openChosen, Runnable leave) {
        MapNavigator navigator = new MapNavigator(map, camera);
        camera.setViewportSource(navigator::viewport);
        camera.moveProperty().addListener((obs, old, move) -> {
            if (move != null) {
                navigator.carryOut(move);
            }
        });
        places.focusProperty().addListener((obs, old, focus) -> {
            if (focus != null && focus.origin() != Origin.MAP) {
                camera.show(focus.place().place().point(), focus.place().place().kind());
            }
        });
        keys.setFocusTraversable(true);
        keys.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> keys.requestFocus());
        keys.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                leave.run();
                e.consume();
            } else if (navigator.onKey(e, places, tabOrder, openChosen)) {
                e.consume();
            }
        });
        return navigator;
    }

    private boolean onKey(KeyEvent e, PlacesViewModel places, List<PlaceResult> tabOrder, Runnable openChosen) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        KeyCode code = e.getCode();
        switch (code) {
            case PLUS, ADD, EQUALS -> camera.zoomBy(1);
            case MINUS, SUBTRACT -> camera.zoomBy(-1);
            case LEFT -> camera.panBy(-0.25, 0);
            case RIGHT -> camera.panBy(0.25, 0);
            case UP -> camera.panBy(0, -0.25);
            case DOWN -> camera.panBy(0, 0.25);
            case TAB -> {
                if (tabOrder.isEmpty()) {
                    return false;
                }
                int at = tabOrder.indexOf(places.selectedProperty().get());
                int next = at < 0 ? (e.isShiftDown() ? tabOrder.size() - 1 : 0)
                        : Math.floorMod(at + (e.isShiftDown() ? -1 : 1), tabOrder.size());
                places.select(tabOrder.get(next), Origin.KEYBOARD);
            }
            case ENTER -> {
                if (places.selectedProperty().get() == null) {
                    return false;
                }
                openChosen.run();
            }
            default -> {
                // "+" typed with Shift on keyboards where it has no key of its own.
                if ("+".equals(e.getText())) {
                    camera.zoomBy(1);
                    return true;
                }
                return false;
            }
        }
        return true;
    }

    /** What the map shows now, measured on the map rather than taken from the last request. */
    MapCamera.Viewport viewport() {
        double w = map.getWidth();
        double h = map.getHeight();
        if (w <= 0 || h <= 0 || map.getScene() == null) {
            MapPoint c = map.getCenter();
            return new MapCamera.Viewport(new GeoPoint(c.getLatitude(), c.getLongitude()), map.getZoom(),
                    Math.max(w, 800), Math.max(h, 600));
        }
        MapPoint centre = map.getMapPosition(w / 2, h / 2);
        MapPoint west = map.getMapPosition(0, h / 2);
        MapPoint east = map.getMapPosition(w, h / 2);
        double lonSpan = east.getLongitude() - west.getLongitude();
        double zoom = lonSpan > 0 ? Math.log(w * 360 / (lonSpan * 256)) / Math.log(2) : map.getZoom();
        return new MapCamera.Viewport(new GeoPoint(clampLat(centre.getLatitude()), wrapLon(centre.getLongitude())),
                zoom, w, h);
    }

    private void carryOut(MapCamera.Move move) {
        if (flight != null) {
            flight.stop();
            progress.removeListener(step);
        }
        if (!move.animated() || map.getScene() == null) {
            place(move.centre().lat(), move.centre().lon(), move.zoom());
            return;
        }
        MapCamera.Viewport from = viewport();
        double x0 = MapCamera.x(from.centre().lon());
        double y0 = MapCamera.y(from.centre().lat());
        double x1 = MapCamera.x(move.centre().lon());
        double y1 = MapCamera.y(move.centre().lat());
        // The short way round: from Alaska to Kamchatka across the 180th meridian, not across the Atlantic.
        if (x1 - x0 > 0.5) {
            x1 -= 1;
        } else if (x0 - x1 > 0.5) {
            x1 += 1;
        }
        double fx1 = x1;
        double z0 = from.zoom();
        double z1 = move.zoom();
        progress.set(0);
        step = (obs, old, t) -> {
            double f = t.doubleValue();
            double x = x0 + (fx1 - x0) * f;
            place(MapCamera.lat(y0 + (y1 - y0) * f), MapCamera.lon(x - Math.floor(x)), z0 + (z1 - z0) * f);
        };
        progress.addListener(step);
        flight = new Timeline(new KeyFrame(FLIGHT, new KeyValue(progress, 1.0, Interpolator.EASE_BOTH)));
        ChangeListener<Number> thisStep = step;
        flight.setOnFinished(e -> {
            progress.removeListener(thisStep);
            place(move.centre().lat(), move.centre().lon(), move.zoom());
        });
        flight.play();
    }

    private void place(double lat, double lon, double zoom) {
        map.setZoom(zoom);
        map.setCenter(lat, lon);
    }

    private static double clampLat(double lat) {
        return Math.max(-85, Math.min(85, lat));
    }

    private static double wrapLon(double lon) {
        return ((lon + 180) % 360 + 360) % 360 - 180;
    }
}
