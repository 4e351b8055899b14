package org.articleatlas.ui.tour;

import static org.assertj.core.api.Assertions.assertThat;

import org.articleatlas.model.GeoPoint;
import org.articleatlas.ui.places.PlacesViewModel;
import org.articleatlas.ui.places.SeedlikeReading;
import org.junit.jupiter.api.Test;

class QuizViewModelTest {

    private final PlacesViewModel places = new PlacesViewModel();
    private final QuizViewModel quiz = new QuizViewModel();

    QuizViewModelTest() {
        places.accept(SeedlikeReading.reading());
    }

    @Test
    void marksAreFullNearThePlaceFallEvenlyAndStopAtZero() {
        assertThat(QuizViewModel.marks(0)).isEqualTo(100);
        assertThat(QuizViewModel.marks(25)).isEqualTo(100);
        assertThat(QuizViewModel.marks(762.5)).isEqualTo(50);
        assertThat(QuizViewModel.marks(1500)).isZero();
        assertThat(QuizViewModel.marks(9000)).isZero();
    }

    @Test
    void aClickIsScoredByItsGeodesicDistanceOncePerQuestion() {
        quiz.start(QuizViewModel.questionsFor(places, "a"));
        assertThat(quiz.currentProperty().get().place().place().nameFr()).isEqualTo("Genève");
        // Lausanne, about 50 km north-east of Geneva along the lake.
        QuizViewModel.Answer a = quiz.answer(new GeoPoint(46.5197, 6.6323)).orElseThrow();
        assertThat(a.distanceKm()).isBetween(45.0, 55.0);
        assertThat(a.marks()).isEqualTo(QuizViewModel.marks(a.distanceKm())).isBetween(95, 99);
        assertThat(quiz.answer(new GeoPoint(46.2, 6.15))).as("one answer per question").isEmpty();
        assertThat(quiz.totalProperty().get()).isEqualTo(a.marks());
    }

    @Test
    void theQuizGoesThroughThePointPlacesAndStaysOnItsResultAtTheEnd() {
        quiz.start(QuizViewModel.questionsFor(places, "a"));
        assertThat(quiz.questionCount()).isEqualTo(3);
        quiz.answer(new GeoPoint(46.2, 6.15));
        assertThat(quiz.next()).isTrue();
        quiz.answer(new GeoPoint(0, 0));
        assertThat(quiz.next()).isTrue();
        assertThat(quiz.answerProperty().get()).as("a new question has no answer yet").isNull();
        quiz.answer(new GeoPoint(59.9343, 30.3245));
        assertThat(quiz.next()).isFalse();
        assertThat(quiz.isActive()).isTrue();
        assertThat(quiz.answers()).extracting(QuizViewModel.Answer::marks).containsExactly(100, 0, 100);
        assertThat(quiz.totalProperty().get()).isEqualTo(200);
    }
}
