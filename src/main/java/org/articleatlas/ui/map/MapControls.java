package org.articleatlas.ui.map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.articleatlas.ui.app.Messages;

/** The buttons over the map's corner: fit all places, fit the open article, zoom in and out. */
public final class MapControls extends HBox {

    public MapControls(Messages messages, MapCamera camera, Runnable fitAll, Runnable fitArticle) {
        super(4);
        setId("mapControls");
        getStyleClass().add("map-controls");
        setPadding(new Insets(6));
        setAlignment(Pos.TOP_LEFT);
        setPickOnBounds(false);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Button all = button("fitAllButton", messages.get("menu.view.fitAll"), fitAll);
        Button article = button("fitArticleButton", messages.get("menu.view.fitArticle"), fitArticle);
        Button in = button("zoomInButton", "+", () -> camera.zoomBy(1));
        in.setTooltip(new Tooltip(messages.get("menu.view.zoomIn")));
        Button out = button("zoomOutButton", "\u2212", () -> camera.zoomBy(-1));
        out.setTooltip(new Tooltip(messages.get("menu.view.zoomOut")));
        getChildren().addAll(all, article, in, out);
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("map-button");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
