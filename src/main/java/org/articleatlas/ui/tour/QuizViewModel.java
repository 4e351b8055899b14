package org.articleatlas.ui.tour;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.articleatlas.geodata.Geodesy;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.ui.places.PlacesViewModel;

/**
 * The classroom quiz: for each place of an article, an excerpt is shown and the student clicks where
 * the place is; the answer is scored by its distance on the ellipsoid and revealed with its sentence.
 * Countries and regions are left out: « where is Russia? » has no point to be near.
 */
public final class QuizViewModel {

    /** Full marks within this distance: a click on a city's dot at a country's scale is exact enough. */
    static final double EXACT_KM = 25;
    /** No mark beyond this distance: another country, for the seeds' places. */
    static final double ZERO_KM = 1500;
    public static final int FULL_MARKS = 100;

    private static final Set<PlaceKind> POINTS = Set.of(PlaceKind.CITY, PlaceKind.LANDMARK, PlaceKind.BASE,
            PlaceKind.PHYSICAL, PlaceKind.STATE);

    /** One answered question: where the student clicked, how far off and the marks. */
    public record Answer(TourViewModel.Step question, GeoPoint clicked, double distanceKm, int marks) {
    }

    private final ReadOnlyObjectWrapper<List<TourViewModel.Step>> questions = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<TourViewModel.Step> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Answer> answer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final List<Answer> answers = new ArrayList<>();

    /** The places of an article that make questions, in reading order. */
    public static List<TourViewModel.Step> questionsFor(PlacesViewModel places, String articleId) {
        return TourViewModel.readingOrder(places, articleId).stream()
                .filter(s -> POINTS.contains(s.place().place().kind())).toList();
    }

    /** Marks for a click {@code km} away: full up to {@link #EXACT_KM}, then falling evenly to none at {@link #ZERO_KM}. */
    public static int marks(double km) {
        if (km <= EXACT_KM) {
            return FULL_MARKS;
        }
        if (km >= ZERO_KM) {
            return 0;
        }
        return (int) Math.round(FULL_MARKS * (ZERO_KM - km) / (ZERO_KM - EXACT_KM));
    }

    public boolean start(List<TourViewModel.Step> asked) {
        questions.set(List.copyOf(asked));
        answers.clear();
        total.set(0);
        if (asked.isEmpty()) {
            stop();
            return false;
        }
        ask(0);
        return true;
    }

    /** The student's click: scored once per question; later clicks change nothing until the next question. */
    public Optional<Answer> answer(GeoPoint clicked) {
        TourViewModel.Step q = current.get();
        if (q == null || answer.get() != null) {
            return Optional.empty();
        }
        double km = Geodesy.distanceKm(clicked, q.place().place().point());
        Answer a = new Answer(q, clicked, km, marks(km));
        answers.add(a);
        total.set(total.get() + a.marks());
        answer.set(a);
        return Optional.of(a);
    }

    /** The next question; false after the last one (the quiz then stays on its result). */
    public boolean next() {
        if (current.get() == null || index.get() >= questions.get().size() - 1) {
            return false;
        }
        ask(index.get() + 1);
        return true;
    }

    public void stop() {
        index.set(-1);
        answer.set(null);
        current.set(null);
    }

    private void ask(int i) {
        answer.set(null);
        index.set(i);
        current.set(questions.get().get(i));
    }

    public boolean isActive() {
        return current.get() != null;
    }

    public ReadOnlyObjectProperty<TourViewModel.Step> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The answer to the current question, once given. */
    public ReadOnlyObjectProperty<Answer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public int questionCount() {
        return questions.get().size();
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }
}
