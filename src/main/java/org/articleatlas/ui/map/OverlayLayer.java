package org.articleatlas.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Path;
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
        layers.overlays().addListener((ListChangeListener<Overlay>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        drawn.clear();
        for (Overlay overlay : layers.overlays()) {
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
                    Circle dot = new Circle(3.5, stroke);
                    dot.setStroke(Color.WHITE);
                    dot.setStrokeWidth(0.8);
                    node = dot;
                } else {
                    Path path = new Path();
                    path.setFillRule(FillRule.EVEN_ODD);
                    path.setStroke(stroke);
                    path.setStrokeWidth(Math.max(1, overlay.style().strokeWidth()));
                    path.setFill(feature.geometry().getDimension() == 2 ? fill : null);
                    node = path;
                }
                feature.name().ifPresent(name -> Tooltip.install(node, new Tooltip(name)));
                group.getChildren().add(node);
                drawn.add(new Drawn(node, feature.geometry()));
            }
            getChildren().add(group);
        }
        markDirty();
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
