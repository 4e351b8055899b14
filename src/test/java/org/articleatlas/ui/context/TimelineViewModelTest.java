package org.articleatlas.ui.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.articleatlas.context.DateExpression;
import org.articleatlas.context.DatePrecision;
import org.articleatlas.context.DatedEvent;
import org.articleatlas.model.TextSpan;
import org.articleatlas.ui.places.PlacesViewModel;
import org.articleatlas.ui.places.SeedlikeReading;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {

    private final PlacesViewModel places = new PlacesViewModel();
    private final TimelineViewModel timeline = new TimelineViewModel(places);

    private static DatedEvent event(LocalDate start, LocalDate end, DatePrecision precision, List<String> ids) {
        return new DatedEvent("a.txt", new DateExpression(new TextSpan(0, 4), "date", start, end, precision,
                DateExpression.EXPLICIT), new TextSpan(0, 10), "sentence", ids);
    }

    private final DatedEvent plot = event(LocalDate.of(2017, 12, 14), LocalDate.of(2017, 12, 14), DatePrecision.DAY,
            List.of("geonames:000", "landmark:kazan-cathedral"));
    private final DatedEvent august = event(LocalDate.of(2001, 8, 1), LocalDate.of(2001, 8, 31), DatePrecision.MONTH,
            List.of("geonames:524901"));
    private final DatedEvent sept11 = event(LocalDate.of(2001, 9, 11), LocalDate.of(2001, 9, 11), DatePrecision.DAY,
            List.of("geonames:2660646", "geonames:524901"));

    TimelineViewModelTest() {
        places.accept(SeedlikeReading.reading());
        timeline.accept(List.of(august, sept11, plot));
    }

    @Test
    void choosingAnEventHighlightsItsPlacesAndSelectsTheFirstOneOnTheMap() {
        timeline.choose(plot);
        assertThat(timeline.highlighted()).containsExactly("geonames:000", "landmark:kazan-cathedral");
        assertThat(places.selectedProperty().get().place().id()).as("the unknown id is skipped")
                .isEqualTo("landmark:kazan-cathedral");
        assertThat(timeline.chosenEvents()).containsExactly(plot);
    }

    @Test
    void choosingAPeriodTakesEveryEventThatOverlapsIt() {
        List<DatedEvent> in = timeline.choosePeriod(LocalDate.of(2001, 8, 31), LocalDate.of(2001, 12, 31));
        assertThat(in).containsExactly(august, sept11);
        assertThat(timeline.highlighted()).containsExactly("geonames:524901", "geonames:2660646");
        assertThat(timeline.chosen()).isEmpty();
        assertThat(timeline.chosenEvents()).containsExactly(august, sept11);
    }

    @Test
    void aPeriodGivenBackwardsIsTheSamePeriod() {
        assertThat(timeline.choosePeriod(LocalDate.of(2017, 12, 31), LocalDate.of(2017, 1, 1))).containsExactly(plot);
    }

    @Test
    void untilAReadingIsInTheStripIsNotReadAndAnEmptyReadingStillCountsAsRead() {
        TimelineViewModel fresh = new TimelineViewModel(places);
        assertThat(fresh.readProperty().get()).as("« no dated event » must wait for a reading").isFalse();
        fresh.accept(List.of());
        assertThat(fresh.readProperty().get()).isTrue();
        assertThat(fresh.events()).isEmpty();
    }

    @Test
    void aNewReadingForgetsTheChoice() {
        timeline.choose(plot);
        timeline.accept(List.of(august));
        assertThat(timeline.highlighted()).isEmpty();
        assertThat(timeline.chosenEvents()).isEmpty();
    }
}
