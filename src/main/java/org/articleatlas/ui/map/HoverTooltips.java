package org.articleatlas.ui.map;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips for the map's many shapes, made when the pointer first comes over one: a tooltip is a popup
 * window with a scene of its own, and making one for each of the hundreds of features, markers and
 * border lines of the map took a good part of the FX thread's time at start-up.
 */
final class HoverTooltips {

    private HoverTooltips() {
    }

    /** Installs on {@code node}, at the first pointer over it, a tooltip of {@code text} (worked out then). */
    static void install(Node node, Supplier<String> text) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(node, new Tooltip(text.get()));
            }
        });
    }
}
