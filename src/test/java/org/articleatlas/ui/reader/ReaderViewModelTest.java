package org.articleatlas.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Mention;
import org.articleatlas.model.Place;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.model.Article;
import org.articleatlas.model.MentionUse;
import org.articleatlas.model.TextSpan;
import org.articleatlas.ui.places.PlacesViewModel;
import org.articleatlas.ui.places.PlacesViewModel.Origin;
import org.articleatlas.ui.places.SeedlikeReading;
import org.articleatlas.ui.reader.ReaderViewModel.Segment;
import org.junit.jupiter.api.Test;

class ReaderViewModelTest {

    private final PlacesViewModel places = new PlacesViewModel();
    private final ReaderViewModel reader = new ReaderViewModel(places);

    {
        places.accept(SeedlikeReading.reading());
    }

    private static String joined(List<Segment> paragraph) {
        return paragraph.stream().map(Segment::text).reduce("", String::concat);
    }

    @Test
    void cutsTheArticleIntoParagraphsWhoseNamesCarryTheirMentionAndPlace() {
        reader.open(SeedlikeReading.article());
        assertThat(reader.paragraphs()).hasSize(3);
        assertThat(reader.paragraphs()).extracting(ReaderViewModelTest::joined)
                .containsExactly(SeedlikeReading.TEXT.split("\n"));
        List<Segment> names = reader.paragraphs().stream().flatMap(List::stream)
                .filter(s -> s.mention().isPresent()).toList();
        assertThat(names).extracting(Segment::text).containsExactly("Genève", "Moscou", "Genève", "Kazan");
        assertThat(names.get(1).mention().get().use()).isEqualTo(MentionUse.METONYMIC);
        assertThat(names.get(3).place().get().place()).isEqualTo(SeedlikeReading.CATHEDRAL);
    }

    @Test
    void clickingANameSelectsItsPlaceForEveryViewWithTheReaderAsOrigin() {
        reader.open(SeedlikeReading.article());
        Segment geneva = reader.paragraphs().get(1).stream().filter(s -> "Genève".equals(s.text())).findFirst()
                .orElseThrow();
        reader.choose(geneva.mention().get());
        assertThat(places.selectedProperty().get().place()).isEqualTo(SeedlikeReading.GENEVA);
        assertThat(places.focusProperty().get().origin()).isEqualTo(Origin.READER);
        assertThat(places.focusProperty().get().mention()).isEqualTo(geneva.mention());
    }

    @Test
    void readInArticleOpensTheArticleAtTheMentionAndSelectsItsPlace() {
        var kazan = SeedlikeReading.mention("Kazan", 0, MentionUse.LITERAL);
        reader.openAt(kazan);
        assertThat(reader.articleProperty().get().id()).isEqualTo("a");
        assertThat(reader.targetProperty().get().span()).isEqualTo(kazan.span());
        assertThat(places.selectedProperty().get().place()).isEqualTo(SeedlikeReading.CATHEDRAL);
    }

    @Test
    void aSearchPassageIsMarkedAndScrolledToUntilAnotherArticleIsOpened() {
        Article a = SeedlikeReading.article();
        int at = SeedlikeReading.TEXT.indexOf("salué la");
        reader.openAt(a, new TextSpan(at, at + 8));
        List<Segment> marked = reader.paragraphs().stream().flatMap(List::stream).filter(Segment::match).toList();
        assertThat(marked).extracting(Segment::text).containsExactly("salué la");
        assertThat(reader.targetProperty().get().span().start()).isEqualTo(at);
        reader.open(a);
        assertThat(reader.paragraphs().stream().flatMap(List::stream).noneMatch(Segment::match)).isTrue();
    }

    private static final Mention GENEVA_MENTION = SeedlikeReading.mention("Genève", 0, MentionUse.LITERAL);
    private static final Place LAKE = new Place("physical:lake-geneva", "Lake Geneva", "Lac Léman", PlaceKind.PHYSICAL,
            Optional.empty(), new GeoPoint(46.45, 6.55));

    /** The seed-like reading, where « Genève » also names the lake: one phrase, two places. */
    private PlaceResult readWithGenevaAlsoTheLake() {
        GeoparseResult base = SeedlikeReading.reading();
        List<PlaceResult> both = new ArrayList<>(base.places());
        PlaceResult lake = new PlaceResult(LAKE, List.of(GENEVA_MENTION), List.of(), "a lake");
        both.add(lake);
        places.accept(new GeoparseResult(base.articles(), both, base.borders()));
        return lake;
    }

    @Test
    void aPhraseNamingTwoPlacesSelectsEachInTurnAndReadsAsOneName() {
        Mention geneva = GENEVA_MENTION;
        Place lake = LAKE;
        readWithGenevaAlsoTheLake();
        reader.open(SeedlikeReading.article());
        assertThat(reader.paragraphs().get(0).stream().filter(s -> s.mention().isPresent()))
                .as("one run for the name, not one per place").hasSize(1);

        reader.choose(geneva);
        assertThat(places.selectedProperty().get().place()).isEqualTo(SeedlikeReading.GENEVA);
        reader.choose(geneva);
        assertThat(places.selectedProperty().get().place()).isEqualTo(lake);
        reader.choose(geneva);
        assertThat(places.selectedProperty().get().place()).isEqualTo(SeedlikeReading.GENEVA);
    }

    @Test
    void readInArticleUnderAnExcerptOfAPhraseNamingTwoPlacesKeepsThePlaceChosen() {
        Mention geneva = GENEVA_MENTION;
        Place lake = LAKE;
        places.select(readWithGenevaAlsoTheLake(), Origin.MAP);

        reader.openAt(geneva);

        assertThat(places.selectedProperty().get().place()).as("the lake, not the first place of the phrase")
                .isEqualTo(lake);
        assertThat(places.focusProperty().get().mention()).contains(geneva);
        assertThat(reader.targetProperty().get().span()).isEqualTo(geneva.span());
    }

    @Test
    void aNewReadingOfTheArticlesMarksTheOpenArticleAgain() {
        reader.open(SeedlikeReading.article());
        places.accept(SeedlikeReading.reading());
        assertThat(reader.paragraphs().stream().flatMap(List::stream).filter(s -> s.mention().isPresent()))
                .hasSize(4);
    }
}
