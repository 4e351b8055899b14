package org.articleatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Tooltips need the toolkit: the case runs on the FX thread (Monocle, headless). */
class HoverTooltipsTest {

    /** Where JavaFX keeps the tooltip {@link Tooltip#install} gives a node. */
    private static final String TOOLTIP_KEY = "javafx.scene.control.Tooltip";

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theTooltipIsMadeAtTheFirstPointerOverTheNodeOnlyAndKeptAfter() throws Exception {
        FxToolkit.setupFixture(() -> {
            Rectangle marker = new Rectangle(10, 10);
            AtomicInteger asked = new AtomicInteger();
            HoverTooltips.install(marker, () -> "Kant Air Base (" + asked.incrementAndGet() + ")");
            assertThat(marker.getProperties()).doesNotContainKey(TOOLTIP_KEY);
            assertThat(asked).hasValue(0);

            Event.fireEvent(marker, entered());
            assertThat(marker.getProperties().get(TOOLTIP_KEY)).isInstanceOf(Tooltip.class);
            Tooltip first = (Tooltip) marker.getProperties().get(TOOLTIP_KEY);
            assertThat(first.getText()).isEqualTo("Kant Air Base (1)");

            Event.fireEvent(marker, entered());
            assertThat(marker.getProperties().get(TOOLTIP_KEY)).isSameAs(first);
            assertThat(asked).hasValue(1);
        });
    }

    private static MouseEvent entered() {
        return new MouseEvent(MouseEvent.MOUSE_ENTERED, 5, 5, 5, 5, MouseButton.NONE, 0, false, false, false, false,
                false, false, false, false, false, false, null);
    }
}
