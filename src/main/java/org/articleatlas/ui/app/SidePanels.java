package org.articleatlas.ui.app;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.articleatlas.ui.context.PlaceCardPane;
import org.articleatlas.ui.places.ExcerptPanel;
import org.articleatlas.ui.places.PlacesViewModel;
import org.articleatlas.ui.places.PlacesViewModel.Origin;
import org.articleatlas.ui.project.MentionCorrections;
import org.articleatlas.ui.reader.ReaderPane;
import org.articleatlas.ui.reader.ReaderViewModel;

/**
 * The excerpts and the reader, one tab each, beside the map. A place chosen on the map, in a list or by
 * the search turns to its excerpts; « Read in article » and a search passage turn to the reader, which
 * stays in front while its own names are clicked.
 */
final class SidePanels extends TabPane {

    private final ExcerptPanel excerpts;
    private final Tab excerptsTab;
    private final Tab readerTab;
    private final Tab cardTab;
    /** The card and the reader, hidden behind the excerpts at first: built when first shown, or after the first frame. */
    private final DeferredTabs deferred = new DeferredTabs();

    SidePanels(Messages messages, PlacesViewModel places, ReaderViewModel reader, Teaching teaching) {
        excerpts = new ExcerptPanel(messages, places, reader::openAt);
        excerptsTab = new Tab(messages.get("tab.excerpts"), excerpts);
        readerTab = deferred.tab(messages.get("tab.reader"), () -> {
            ReaderPane readerPane = new ReaderPane(messages, reader, places);
            readerPane.setMentionMenu(new MentionCorrections(messages, teaching.project(), places)::itemsFor);
            return readerPane;
        });
        cardTab = deferred.tab(messages.get("tab.card"), () -> new PlaceCardPane(messages, places, teaching.cards(),
                teaching.project()));
        cardTab.setId("cardTab");
        cardTab.setClosable(false);
        excerptsTab.setId("excerptsTab");
        readerTab.setId("readerTab");
        excerptsTab.setClosable(false);
        readerTab.setClosable(false);
        getTabs().addAll(excerptsTab, cardTab, readerTab);
        setId("sidePanels");
        setMinWidth(260);
        places.focusProperty().addListener((obs, old, now) -> {
            if (now != null && now.origin() != Origin.READER && now.origin() != Origin.EXCERPTS
                    && getSelectionModel().getSelectedItem() != cardTab) {
                getSelectionModel().select(excerptsTab);
            }
        });
        reader.targetProperty().addListener((obs, old, now) -> showReader());
        // A reader turned to with a place chosen but no article open shows where that place is first named,
        // rather than asking the user to go and find it.
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            var chosen = places.selectedProperty().get();
            if (now == readerTab && reader.articleProperty().get() == null && chosen != null
                    && !chosen.mentions().isEmpty()) {
                reader.openAt(chosen.mentions().get(0));
            }
        });
    }

    /** Shows the chosen place's excerpts and gives them the keyboard (Enter on the map or in the list). */
    void openExcerpts() {
        getSelectionModel().select(excerptsTab);
        excerpts.focusExcerpts();
    }

    void showCard() {
        getSelectionModel().select(cardTab);
    }

    void showReader() {
        getSelectionModel().select(readerTab);
    }

    /** Builds the tabs not shown yet; called once the window's first frame is complete. */
    void buildHiddenTabs() {
        deferred.buildAll();
    }
}
