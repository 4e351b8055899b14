package org.articleatlas.ui.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.articleatlas.geoparse.ArticleGeoparse;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.model.Article;
import org.articleatlas.model.ArticleMetadata;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Language;
import org.articleatlas.model.Mention;
import org.articleatlas.model.MentionUse;
import org.articleatlas.model.Place;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.model.TextSpan;
import org.junit.jupiter.api.Test;

class PlacesViewModelTest {

    private static final String TEXT = "Le sommet a eu lieu à Genève.";

    private static GeoparseResult reading() {
        TextSpan all = new TextSpan(0, TEXT.length());
        Article article = new Article("a", Path.of("a.txt"), "Sommet", Language.FRENCH, TEXT, List.of(all), List.of(all),
                ArticleMetadata.empty());
        Place geneva = new Place("geonames:2660646", "Geneva", "Genève", PlaceKind.CITY, Optional.of("CH"),
                new GeoPoint(46.2, 6.15));
        Mention m = new Mention("a", new TextSpan(22, 28), "Genève", all, MentionUse.LITERAL);
        return new GeoparseResult(List.of(new ArticleGeoparse(article, List.of(), List.of())),
                List.of(new GeoparseResult.PlaceResult(geneva, List.of(m), List.of(), "a town")), List.of());
    }

    @Test
    void selectsAPlaceByIdAndFindsTheArticlesOfItsMentions() {
        PlacesViewModel model = new PlacesViewModel();
        model.accept(reading());
        assertThat(model.places()).hasSize(1);
        assertThat(model.select("geonames:2660646")).isPresent();
        assertThat(model.selectedProperty().get().place().nameFr()).isEqualTo("Genève");
        assertThat(model.article("a").map(Article::title)).contains("Sommet");
        assertThat(model.select("geonames:0")).isEmpty();
    }

    @Test
    void aNewReadingClearsTheSelection() {
        PlacesViewModel model = new PlacesViewModel();
        model.accept(reading());
        model.select("geonames:2660646");
        model.accept(reading());
        assertThat(model.selectedProperty().get()).isNull();
    }
}
