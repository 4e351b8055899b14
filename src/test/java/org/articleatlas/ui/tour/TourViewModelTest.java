package org.articleatlas.ui.tour;

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

class TourViewModelTest {

    private final PlacesViewModel places = new PlacesViewModel();
    private final TourViewModel tour = new TourViewModel(places);

    TourViewModelTest() {
        places.accept(SeedlikeReading.reading());
    }

    private static List<String> names(List<TourViewModel.Step> steps) {
        return steps.stream().map(s -> s.place().place().nameFr()).toList();
    }

    @Test
    void readingOrderVisitsEachPlaceOnceWhereTheTextFirstNamesIt() {
        List<TourViewModel.Step> steps = TourViewModel.readingOrder(places, "a");
        assertThat(names(steps)).containsExactly("Genève", "Moscou", "Cathédrale Notre-Dame-de-Kazan");
        assertThat(steps.get(0).mention().span().start()).isEqualTo(SeedlikeReading.TEXT.indexOf("Genève"));
    }

    @Test
    void nextAndPreviousStopAtTheEndsAndEachStepSelectsItsPlace() {
        tour.start(TourViewModel.readingOrder(places, "a"));
        assertThat(places.selectedProperty().get().place().nameFr()).isEqualTo("Genève");
        tour.previous();
        assertThat(tour.indexProperty().get()).isZero();
        tour.next();
        tour.next();
        tour.next();
        assertThat(tour.indexProperty().get()).isEqualTo(2);
        assertThat(places.selectedProperty().get().place().nameFr()).isEqualTo("Cathédrale Notre-Dame-de-Kazan");
        assertThat(places.focusProperty().get().mention()).isPresent();
        tour.stop();
        assertThat(tour.isActive()).isFalse();
        tour.next();
        assertThat(tour.current()).isEmpty();
    }

    @Test
    void timelineOrderFollowsTheEventsNotTheText() {
        int kazan = SeedlikeReading.TEXT.indexOf("Une bombe");
        int geneva = SeedlikeReading.TEXT.indexOf("Le sommet");
        DatedEvent plot = new DatedEvent("a.txt", new DateExpression(new TextSpan(kazan, kazan + 3), "2017",
                LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), DatePrecision.YEAR, DateExpression.EXPLICIT),
                new TextSpan(kazan, SeedlikeReading.TEXT.length()), "Une bombe…", List.of("landmark:kazan-cathedral"));
        DatedEvent summit = new DatedEvent("a.txt", new DateExpression(new TextSpan(geneva, geneva + 3), "2021",
                LocalDate.of(2021, 6, 16), LocalDate.of(2021, 6, 16), DatePrecision.DAY, DateExpression.EXPLICIT),
                new TextSpan(geneva, SeedlikeReading.TEXT.indexOf('\n')), "Le sommet…", List.of("geonames:2660646"));
        assertThat(names(TourViewModel.timelineOrder(places, List.of(plot, summit))))
                .containsExactly("Cathédrale Notre-Dame-de-Kazan", "Genève");
    }

    @Test
    void aTourWithNoPlaceDoesNotStart() {
        assertThat(tour.start(List.of())).isFalse();
        assertThat(tour.isActive()).isFalse();
    }
}
