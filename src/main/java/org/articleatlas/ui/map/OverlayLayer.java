package org.articleatlas.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The extra GeoJSON layers, each in its own style and shown or hidden by its toggle. One map layer
 * holds them all so that they stay under the articles' borders and markers whenever one is added.
 */
public final class OverlayLayer extends MapLayer {

    private record Drawn(Node node, Geometry geometry) {
    }

    private final MapLayersViewModel layers;
    private final List<Drawn> drawn = new ArrayList<>();

    public OverlayLayer(MapLayersViewModel layers) {
        this.layers = layers;
        layers.overlays().addListener((ListChangeListener<Overlay>) change -> {
            boolean onlyAdded = true;
            int firstAdded = Integer.MAX_VALUE;
            while (change.next()) {
                onlyAdded &= change.wasAdded() && !change.wasRemoved() && !change.wasPermutated();
                firstAdded = Math.min(firstAdded, change.getFrom());
            }
            // One group per overlay, in order: new ones after those drawn can simply be appended.
            onlyAdded &= firstAdded == getChildren().size();
            if (onlyAdded) {
                // The usual case (start-up adds the folder's layers one by one): the others stay as drawn.
                change.reset();
                while (change.next()) {
                    change.getAddedSubList().forEach(this::add);
                }
                markDirty();
            } else {
                rebuild();
            }
        });
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        drawn.clear();
        layers.overlays().forEach(this::add);
        markDirty();
    }

    private void add(Overlay overlay) {
        Group group = new Group();
        group.setId("overlay-" + overlay.id());
        layers.toggle(overlay.id()).ifPresent(t -> {
            group.visibleProperty().bind(t.visible());
            t.visible().addListener((obs, was, now) -> markDirty());
        });
        Color stroke = Color.web(overlay.style().stroke().orElse("#555555"));
        Color fill = overlay.style().fill().map(Color::web).orElse(stroke).deriveColor(0, 1, 1, 0.25);
        for (Overlay.Feature feature : overlay.features()) {
            Node node;
            if (feature.geometry().getDimension() == 0) {
                // Hollow, in the layer's own symbol: told apart from the articles' filled markers.
                Shape symbol = symbol(overlay.style().marker().orElse("circle"));
                symbol.setFill(Color.rgb(255, 255, 255, 0.7));
                symbol.setStroke(stroke);
                symbol.setStrokeWidth(1.4);
                node = symbol;
            } else {
                Path path = new Path();
                path.setFillRule(FillRule.EVEN_ODD);
                path.setStroke(stroke);
                path.setStrokeWidth(Math.max(1, overlay.style().strokeWidth()));
                path.setFill(feature.geometry().getDimension() == 2 ? fill : null);
                node = path;
            }
            feature.name().ifPresent(name -> HoverTooltips.install(node, () -> name));
            group.getChildren().add(node);
            drawn.add(new Drawn(node, feature.geometry()));
        }
        getChildren().add(group);
    }

    private static Shape symbol(String marker) {
        return switch (marker) {
            case "triangle" -> new Polygon(0, -4.5, 4.2, 3, -4.2, 3);
            case "star" -> star(5, 2.2);
            case "square" -> new Rectangle(-3.2, -3.2, 6.4, 6.4);
            default -> new Circle(3.5);
        };
    }

    private static Polygon star(double outer, double inner) {
        Polygon star = new Polygon();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double angle = Math.PI / 5 * i - Math.PI / 2;
            star.getPoints().addAll(r * Math.cos(angle), r * Math.sin(angle));
        }
        return star;
    }

    @Override
    protected void layoutLayer() {
        for (Drawn d : drawn) {
            if (!d.node().getParent().isVisible()) {
                continue;
            }
            if (d.node() instanceof Path path) {
                path.getElements().setAll(GeometryPaths.elements(d.geometry(), this::getMapPoint));
            } else {
                Point p = d.geometry() instanceof Point point ? point : d.geometry().getInteriorPoint();
                Point2D at = getMapPoint(p.getY(), p.getX());
                d.node().setTranslateX(at.getX());
                d.node().setTranslateY(at.getY());
            }
        }
    }
}
