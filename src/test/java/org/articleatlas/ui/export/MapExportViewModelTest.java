package org.articleatlas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.articleatlas.export.ExportFormat;
import org.articleatlas.model.Article;
import org.articleatlas.model.ArticleMetadata;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Language;
import org.articleatlas.model.TextSpan;
import org.articleatlas.render.MapProjection;
import org.articleatlas.ui.app.Messages;
import org.articleatlas.ui.map.MapCamera;
import org.articleatlas.ui.places.SeedlikeReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;

class MapExportViewModelTest {

    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    private static final Messages FRENCH = Messages.forLocale(Locale.FRENCH);
    /** 1024 × 512 px at zoom 2 shows the whole world's width: 4 tiles of 256 px. */
    private static final MapCamera.Viewport WORLD = new MapCamera.Viewport(new GeoPoint(0, 0), 2, 1024, 512);
    private static final MapCamera.Viewport CENTRAL_ASIA = new MapCamera.Viewport(new GeoPoint(41, 67), 4, 1000, 600);

    private static Article article(String id, String title) {
        String text = "Une phrase.";
        List<TextSpan> one = List.of(new TextSpan(0, text.length()));
        return new Article(id, Path.of(id + ".txt"), title, Language.FRENCH, text, one, one, ArticleMetadata.empty());
    }

    private static MapExportViewModel model(Messages messages, List<Article> articles) {
        return new MapExportViewModel(messages, articles, CENTRAL_ASIA, Optional.empty());
    }

    @Test
    void theBoxIsWhatTheMapShowsMeasuredFromItsCentreZoomAndSize() {
        Envelope box = MapExportViewModel.extentOf(CENTRAL_ASIA);
        // 1000 px at zoom 4 (4096 px for 360°) span 87.9° of longitude around 67° E.
        assertThat(box.getMinX()).isCloseTo(67 - 43.95, within(0.01));
        assertThat(box.getMaxX()).isCloseTo(67 + 43.95, within(0.01));
        assertThat(box.getMinY()).isLessThan(41).isGreaterThan(15);
        assertThat(box.getMaxY()).isGreaterThan(41).isLessThan(60);
        // Web Mercator stretches the north: more pixels per degree there, so fewer degrees above the centre.
        assertThat(box.getMaxY() - 41).isLessThan(41 - box.getMinY());
    }

    @Test
    void aViewOfTheWholeWorldIsCutToTheWorldAndToMercatorsLatitudes() {
        Envelope box = MapExportViewModel.extentOf(new MapCamera.Viewport(new GeoPoint(0, 0), 1.5, 1400, 900));
        assertThat(box.getMinX()).isEqualTo(-180);
        assertThat(box.getMaxX()).isEqualTo(180);
        assertThat(box.getMaxY()).isEqualTo(MapProjection.MERCATOR_MAX_LATITUDE);
        assertThat(box.getMinY()).isEqualTo(-MapProjection.MERCATOR_MAX_LATITUDE);
        Envelope exact = MapExportViewModel.extentOf(WORLD);
        assertThat(exact.getMinX()).isCloseTo(-180, within(1e-9));
        assertThat(exact.getMaxX()).isCloseTo(180, within(1e-9));
    }

    @Test
    void theDefaultsAreASlideInPngInTheInterfaceLanguageWithTheArticlesTitle() {
        MapExportViewModel one = model(ENGLISH, List.of(article("a", "Russian bases in Central Asia")));
        assertThat(one.formatProperty().get()).isEqualTo(ExportFormat.PNG);
        assertThat(one.sizeProperty().get()).isEqualTo(MapExportViewModel.SizePreset.SLIDE);
        assertThat(one.widthProperty().get()).isEqualTo("1920");
        assertThat(one.heightProperty().get()).isEqualTo("1080");
        assertThat(one.languageProperty().get()).isEqualTo(Language.ENGLISH);
        assertThat(one.projectionProperty().get()).isEqualTo(MapProjection.Kind.MERCATOR);
        assertThat(one.titleProperty().get()).isEqualTo("Russian bases in Central Asia");
        assertThat(one.highlightSelectedProperty().get()).isFalse();
        MapExportViewModel.Settings settings = one.settings().orElseThrow();
        assertThat(settings.title()).as("the default title is left to the map's builder").isEmpty();
        assertThat(settings.bbox()).isEqualTo(MapExportViewModel.extentOf(CENTRAL_ASIA));
        assertThat(settings.dpi()).isEqualTo(150);

        MapExportViewModel two = model(FRENCH, List.of(article("a", "Un"), article("b", "Deux")));
        assertThat(two.languageProperty().get()).isEqualTo(Language.FRENCH);
        assertThat(two.titleProperty().get()).isEqualTo("Lieux cités par 2 articles");
    }

    @Test
    void anUntouchedTitleFollowsTheMapsLanguageButATypedOneStays() {
        MapExportViewModel model = model(FRENCH, List.of(article("a", "Un"), article("b", "Deux")));
        model.languageProperty().set(Language.ENGLISH);
        assertThat(model.titleProperty().get()).isEqualTo("Places named in 2 articles");
        model.titleProperty().set("Ma leçon");
        model.languageProperty().set(Language.FRENCH);
        assertThat(model.titleProperty().get()).isEqualTo("Ma leçon");
        assertThat(model.settings().orElseThrow().title()).contains("Ma leçon");
    }

    @Test
    void theChosenPlaceIsHighlightedUnlessTheUserSaysNo() {
        MapExportViewModel model = new MapExportViewModel(ENGLISH, List.of(SeedlikeReading.article()), CENTRAL_ASIA,
                Optional.of(SeedlikeReading.CATHEDRAL));
        assertThat(model.highlightSelectedProperty().get()).isTrue();
        assertThat(model.settings().orElseThrow().selectedPlaceId()).contains("landmark:kazan-cathedral");
        model.highlightSelectedProperty().set(false);
        assertThat(model.settings().orElseThrow().selectedPlaceId()).isEmpty();
    }

    @Test
    void presetsFillTheSizeAndTypingASizeMakesItCustom() {
        MapExportViewModel model = model(ENGLISH, List.of(article("a", "A")));
        model.sizeProperty().set(MapExportViewModel.SizePreset.A4_LANDSCAPE);
        assertThat(model.widthProperty().get()).isEqualTo("3508");
        assertThat(model.heightProperty().get()).isEqualTo("2480");
        assertThat(model.settings().orElseThrow().dpi()).isEqualTo(300);
        model.widthProperty().set("1200");
        assertThat(model.sizeProperty().get()).isEqualTo(MapExportViewModel.SizePreset.CUSTOM);
        model.heightProperty().set(" 800 ");
        MapExportViewModel.Settings settings = model.settings().orElseThrow();
        assertThat(settings.width()).isEqualTo(1200);
        assertThat(settings.height()).isEqualTo(800);
        assertThat(settings.dpi()).isEqualTo(150);
        assertThat(settings.request().width()).isEqualTo(1200);
    }

    @ParameterizedTest
    @CsvSource({"0, 1080, between 1 and 8000", "1920, 100000, between 1 and 8000", "8001, 600, between 1 and 8000",
        "abc, 600, whole numbers", "'', 600, whole numbers", "12.5, 600, whole numbers"})
    void aSizeOutOfRangeOrNotANumberIsOneLineAndNoSettings(String width, String height, String said) {
        MapExportViewModel model = model(ENGLISH, List.of(article("a", "A")));
        model.widthProperty().set(width);
        model.heightProperty().set(height);
        assertThat(model.problemProperty().get()).contains(said).doesNotContain("\n");
        assertThat(model.settings()).isEmpty();
        model.widthProperty().set("8000");
        model.heightProperty().set("1");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.settings()).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russian bases in Central Asia | PNG | Russian bases in Central Asia.png",
        "Vers un partenariat militaire Russie / États-Unis ? | PDF | Vers un partenariat militaire Russie États-Unis.pdf",
        "  ..hidden: a*b  | SVG | hidden a b.svg",
        "'' | PNG | map.png"})
    void theFileNameComesFromTheTitleWithoutWhatFileSystemsRefuse(String title, ExportFormat format, String name) {
        MapExportViewModel model = model(ENGLISH, List.of(article("a", "A")));
        model.titleProperty().set(title);
        model.formatProperty().set(format);
        assertThat(model.fileName()).isEqualTo(name);
    }

    @Test
    void aVeryLongTitleGivesAFileNameCutAtAWord() {
        MapExportViewModel model = model(FRENCH, List.of(article("a", "A")));
        model.titleProperty().set("Les bases russes en Asie centrale et la coopération antiterroriste entre Moscou et Washington depuis 2001");
        String name = model.fileName();
        assertThat(name).endsWith(".png").startsWith("Les bases russes");
        assertThat(name.length()).isLessThanOrEqualTo(84);
        assertThat(name).doesNotContain(" .png");
    }

    @Test
    void aFileWithoutTheFormatsExtensionGetsIt() {
        assertThat(ExportMapAction.withExtension(Path.of("/tmp/carte"), ExportFormat.PDF)).isEqualTo(Path.of("/tmp/carte.pdf"));
        assertThat(ExportMapAction.withExtension(Path.of("/tmp/carte.png"), ExportFormat.PNG)).isEqualTo(Path.of("/tmp/carte.png"));
        assertThat(ExportMapAction.withExtension(Path.of("/tmp/carte.png"), ExportFormat.SVG))
                .isEqualTo(Path.of("/tmp/carte.png.svg"));
    }
}
