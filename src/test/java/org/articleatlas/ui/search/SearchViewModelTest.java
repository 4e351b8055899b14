package org.articleatlas.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.articleatlas.model.Article;
import org.articleatlas.ui.places.PlacesViewModel;
import org.articleatlas.ui.places.SeedlikeReading;
import org.articleatlas.ui.reader.ReaderViewModel;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {

    private final PlacesViewModel places = new PlacesViewModel();
    private final ReaderViewModel reader = new ReaderViewModel(places);
    private final ObservableList<Article> articles = FXCollections.observableArrayList(SeedlikeReading.article());
    private final SearchViewModel search = new SearchViewModel(places, reader, articles);

    {
        places.accept(SeedlikeReading.reading());
    }

    @Test
    void findsAPlaceByItsNameWithoutAccentsThenEveryPassageNamingIt() {
        search.queryProperty().set("geneve");
        assertThat(search.results()).hasSize(3);
        assertThat(search.results().get(0).isPlace()).isTrue();
        assertThat(search.results().get(0).place().place()).isEqualTo(SeedlikeReading.GENEVA);
        SearchViewModel.Result passage = search.results().get(1);
        assertThat(passage.isPlace()).isFalse();
        assertThat(passage.span().of(SeedlikeReading.TEXT)).isEqualTo("Genève");
        assertThat(passage.snippet().substring(passage.matchStart(), passage.matchEnd())).isEqualTo("Genève");
    }

    @Test
    void findsAPlaceByItsNameInTheOtherLanguage() {
        search.queryProperty().set("Moscow");
        assertThat(search.results()).singleElement().satisfies(r -> assertThat(r.place().place())
                .isEqualTo(SeedlikeReading.MOSCOW));
    }

    @Test
    void choosingAPassageOpensTheReaderThereAndChoosingAPlaceSelectsIt() {
        search.queryProperty().set("SALUÉ");
        SearchViewModel.Result passage = search.results().get(0);
        search.choose(passage);
        assertThat(reader.articleProperty().get().id()).isEqualTo("a");
        assertThat(reader.targetProperty().get().span()).isEqualTo(passage.span());

        search.queryProperty().set("kaz");
        search.choose(search.results().get(0));
        assertThat(places.selectedProperty().get().place()).isEqualTo(SeedlikeReading.CATHEDRAL);
        assertThat(places.focusProperty().get().origin()).isEqualTo(PlacesViewModel.Origin.SEARCH);
    }

    @Test
    void oneLetterSearchesNothingAndNewPlacesRefreshTheResults() {
        search.queryProperty().set("g");
        assertThat(search.results()).isEmpty();
        search.queryProperty().set("moscou");
        int before = search.results().size();
        places.accept(SeedlikeReading.reading());
        assertThat(search.results()).hasSize(before);
    }
}
