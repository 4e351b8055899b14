package org.articleatlas.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.articleatlas.model.MentionUse;
import org.articleatlas.model.Mention;
import org.articleatlas.project.Project;
import org.articleatlas.ui.places.PlacesViewModel;
import org.articleatlas.ui.places.SeedlikeReading;
import org.junit.jupiter.api.Test;

class CorrectedReadingTest {

    private final PlacesViewModel places = new PlacesViewModel();
    private final List<String> problems = new ArrayList<>();
    private final CorrectedReading reading = new CorrectedReading(places, problems::add);

    private List<String> shownIds() {
        return places.places().stream().map(p -> p.place().id()).toList();
    }

    @Test
    void aMentionMarkedNotAPlaceLeavesTheMapAndComesBackWhenTheMarkIsGone() {
        reading.accept(SeedlikeReading.reading(), Project.empty(), null);
        assertThat(shownIds()).contains("geonames:524901");
        Mention moscow = SeedlikeReading.mention("Moscou", 0, MentionUse.METONYMIC);
        Project marked = Project.empty().withNotAPlace(new Project.NotAPlace("a.txt", moscow.span().start(),
                moscow.span().end(), "Moscou"));
        reading.projectChanged(marked, null);
        assertThat(shownIds()).doesNotContain("geonames:524901").contains("geonames:2660646");
        reading.projectChanged(Project.empty(), null);
        assertThat(shownIds()).contains("geonames:524901");
        assertThat(problems).isEmpty();
    }

    @Test
    void aMovedMarkerMovesItsPlaceAndKeepsItSelected() {
        reading.accept(SeedlikeReading.reading(), Project.empty(), null);
        places.select("geonames:2660646");
        reading.projectChanged(Project.empty().withMovedMarker(new Project.MovedMarker("geonames:2660646", 46.5, 6.6)),
                null);
        assertThat(places.selectedProperty().get().place().point().lat()).isEqualTo(46.5);
    }

    @Test
    void aNoteAloneDoesNotReadThePlacesAgain() {
        reading.accept(SeedlikeReading.reading(), Project.empty(), null);
        places.select("geonames:2660646");
        var before = places.places().get(0);
        reading.projectChanged(Project.empty().withNote("geonames:2660646", "Lac Léman"), null);
        assertThat(places.places().get(0)).isSameAs(before);
        assertThat(places.selectedProperty().get()).isNotNull();
    }
}
