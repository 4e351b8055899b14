package org.articleatlas.ui.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.Article;
import org.articleatlas.model.Language;
import org.articleatlas.model.MentionUse;
import org.articleatlas.ui.places.PlacesViewModel.Origin;
import org.junit.jupiter.api.Test;

class PlacesViewModelTest {

    private static PlacesViewModel loaded() {
        PlacesViewModel model = new PlacesViewModel();
        model.accept(SeedlikeReading.reading());
        return model;
    }

    @Test
    void selectsAPlaceByIdAndFindsTheArticlesOfItsMentions() {
        PlacesViewModel model = loaded();
        assertThat(model.places()).hasSize(3);
        assertThat(model.select("geonames:2660646")).isPresent();
        assertThat(model.selectedProperty().get().place().nameFr()).isEqualTo("Genève");
        assertThat(model.article("a").map(Article::title)).contains("Sommet");
        assertThat(model.select("geonames:0")).isEmpty();
    }

    @Test
    void aNewReadingKeepsTheChosenPlaceWhenItIsStillThereWithoutMovingTheMap() {
        PlacesViewModel model = loaded();
        model.select("geonames:2660646");
        PlaceResult before = model.selectedProperty().get();
        model.accept(SeedlikeReading.reading());
        PlaceResult after = model.selectedProperty().get();
        assertThat(after).isNotSameAs(before);
        assertThat(model.places()).anySatisfy(p -> assertThat(p).isSameAs(after));
        assertThat(after.place().id()).isEqualTo("geonames:2660646");
        assertThat(model.focusProperty().get().place()).isSameAs(after);
        assertThat(model.focusProperty().get().origin()).as("the map stays where it is").isEqualTo(Origin.MAP);
    }

    @Test
    void aNewReadingWithoutTheChosenPlaceClearsTheSelection() {
        PlacesViewModel model = loaded();
        model.select("geonames:2660646");
        GeoparseResult full = SeedlikeReading.reading();
        model.accept(new GeoparseResult(full.articles(), full.places().stream()
                .filter(p -> !p.place().id().equals("geonames:2660646")).toList(), full.borders()));
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.focusProperty().get()).isNull();
    }

    @Test
    void choosingAMentionSelectsItsPlaceAndKeepsTheMentionAndWhereItWasChosen() {
        PlacesViewModel model = loaded();
        var moscow = SeedlikeReading.mention("Moscou", 0, MentionUse.METONYMIC);
        assertThat(model.select(moscow, Origin.READER)).isPresent();
        assertThat(model.selectedProperty().get().place()).isEqualTo(SeedlikeReading.MOSCOW);
        assertThat(model.focusProperty().get().mention()).contains(moscow);
        assertThat(model.focusProperty().get().origin()).isEqualTo(Origin.READER);
    }

    @Test
    void settingTheSelectedPlaceDirectlyMovesTheFocusSoTheyNeverDisagree() {
        PlacesViewModel model = loaded();
        model.select(SeedlikeReading.mention("Moscou", 0, MentionUse.METONYMIC), Origin.READER);
        PlaceResult geneva = model.places().stream().filter(p -> p.place().equals(SeedlikeReading.GENEVA))
                .findFirst().orElseThrow();
        model.selectedProperty().set(geneva);
        assertThat(model.focusProperty().get().place()).isSameAs(geneva);
        assertThat(model.focusProperty().get().mention()).isEmpty();
        model.selectedProperty().set(null);
        assertThat(model.focusProperty().get()).isNull();
    }

    @Test
    void choosingTheSamePlaceAgainIsANewFocusSoTheMapFliesBackToIt() {
        PlacesViewModel model = loaded();
        List<PlacesViewModel.Focus> seen = new ArrayList<>();
        model.focusProperty().addListener((obs, old, now) -> seen.add(now));
        PlaceResult first = model.places().get(0);
        model.select(first, Origin.LIST);
        model.select(first, Origin.LIST);
        assertThat(seen).hasSize(2);
    }

    @Test
    void theListPutsTheMostNamedFirstThenSortsByNameInTheInterfaceLanguage() {
        PlacesViewModel model = loaded();
        List<String> order = model.places().stream().sorted(PlacesViewModel.listOrder(Language.FRENCH))
                .map(p -> p.place().nameFr()).toList();
        assertThat(order).containsExactly("Genève", "Cathédrale Notre-Dame-de-Kazan", "Moscou");
    }

    @Test
    void findsThePlacesAndMentionsOfOneArticleInTextOrder() {
        PlacesViewModel model = loaded();
        assertThat(model.mentionsIn("a")).extracting(m -> m.text()).containsExactly("Genève", "Moscou", "Genève", "Kazan");
        assertThat(model.placesIn("a")).hasSize(3);
        assertThat(model.placesIn("b")).isEmpty();
        assertThat(model.resolution(SeedlikeReading.mention("Genève", 1, MentionUse.LITERAL)))
                .hasValueSatisfying(r -> assertThat(r.score()).isEqualTo(7.79));
    }
}
