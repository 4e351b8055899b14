package org.articleatlas.ui.app;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Tabs whose content is built when first wanted rather than with the window: when the tab is
 * selected, or when {@link #buildAll()} says the window's first frame is out. A hidden tab costs the
 * first frame its building and its styling (JavaFX styles hidden tabs too) and shows nothing in it.
 */
final class DeferredTabs {

    private final List<Runnable> builders = new ArrayList<>();

    /**
     * A tab of {@code title} whose content {@code content} makes once, the first time the tab is
     * selected or {@link #buildAll()} is called, whichever comes first.
     */
    Tab tab(String title, java.util.function.Supplier<? extends Node> content) {
        Tab tab = new Tab(title);
        Supplier<Node> once = Suppliers.memoize(content::get);
        Runnable build = () -> {
            if (tab.getContent() == null) {
                tab.setContent(once.get());
            }
        };
        builders.add(build);
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                build.run();
            }
        });
        if (tab.isSelected()) {
            build.run();
        }
        return tab;
    }

    /** Builds every tab not built yet, in the order they were made. */
    void buildAll() {
        builders.forEach(Runnable::run);
    }
}
