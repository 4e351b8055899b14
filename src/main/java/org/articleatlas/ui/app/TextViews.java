package org.articleatlas.ui.app;

import org.articleatlas.ui.places.PlacesViewModel;
import org.articleatlas.ui.reader.ReaderViewModel;
import org.articleatlas.ui.search.SearchViewModel;

/**
 * The reader's and the search's state, made once for the application: the window rebuilt in another
 * language shows the same open article and the same query, and no second pair listens to the places.
 */
record TextViews(ReaderViewModel reader, SearchViewModel search) {

    static TextViews of(PlacesViewModel places, ArticleListViewModel articles) {
        ReaderViewModel reader = new ReaderViewModel(places);
        return new TextViews(reader, new SearchViewModel(places, reader, articles.articles()));
    }
}
