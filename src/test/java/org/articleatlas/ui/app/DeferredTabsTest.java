package org.articleatlas.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Controls need the toolkit: each case runs on the FX thread (Monocle, headless). */
class DeferredTabsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static void onFx(Runnable test) throws Exception {
        FxToolkit.setupFixture(test);
    }

    private final DeferredTabs deferred = new DeferredTabs();
    private final AtomicInteger built = new AtomicInteger();

    private Tab countedTab(String title) {
        return deferred.tab(title, () -> {
            built.incrementAndGet();
            Pane content = new Pane();
            content.setId(title);
            return content;
        });
    }

    @Test
    void aTabIsEmptyUntilSelectedThenBuiltOnceHoweverOftenItIsSelected() throws Exception {
        onFx(() -> {
            TabPane pane = new TabPane(new Tab("first", new Pane()));
            Tab later = countedTab("later");
            pane.getTabs().add(later);
            assertThat(later.getContent()).isNull();
            assertThat(built).hasValue(0);

            pane.getSelectionModel().select(later);
            assertThat(later.getContent()).isNotNull().extracting(n -> n.getId()).isEqualTo("later");
            pane.getSelectionModel().select(0);
            pane.getSelectionModel().select(later);
            deferred.buildAll();
            assertThat(built).hasValue(1);
        });
    }

    @Test
    void buildAllFillsEveryTabNotYetBuiltAndKeepsTheOnesThatWere() throws Exception {
        onFx(() -> {
            TabPane pane = new TabPane(new Tab("first", new Pane()));
            Tab a = countedTab("a");
            Tab b = countedTab("b");
            pane.getTabs().addAll(a, b);
            pane.getSelectionModel().select(b);
            var shown = b.getContent();

            deferred.buildAll();
            assertThat(a.getContent()).isNotNull();
            assertThat(b.getContent()).isSameAs(shown);
            assertThat(built).hasValue(2);
            deferred.buildAll();
            assertThat(built).hasValue(2);
        });
    }

    @Test
    void aTabSelectedFromTheStartIsBuiltAtOnce() throws Exception {
        onFx(() -> {
            TabPane pane = new TabPane();
            Tab only = countedTab("only");
            pane.getTabs().add(only);
            assertThat(only.isSelected()).isTrue();
            assertThat(only.getContent()).isNotNull();
            assertThat(built).hasValue(1);
        });
    }
}
