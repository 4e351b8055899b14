package org.articleatlas.ui.tour;

import com.gluonhq.maps.MapLayer;
import javafx.geometry.Point2D;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.SVGPath;

/** The quiz's answer on the map: where the student clicked, where the place is, and the line between. */
final class QuizLayer extends MapLayer {

    private final QuizViewModel quiz;
    private final Circle clicked = new Circle(6);
    private final SVGPath place = new SVGPath();
    private final Line between = new Line();

    QuizLayer(QuizViewModel quiz) {
        this.quiz = quiz;
        setId("quizLayer");
        setMouseTransparent(true);
        clicked.getStyleClass().add("quiz-click");
        // A five-pointed star marks the right answer.
        place.setContent("M0,-11 L3,-3.5 L10.5,-3.5 L4.5,1.5 L6.5,9.5 L0,5 L-6.5,9.5 L-4.5,1.5 L-10.5,-3.5 L-3,-3.5 Z");
        place.getStyleClass().add("quiz-answer");
        between.getStyleClass().add("quiz-line");
        getChildren().addAll(between, clicked, place);
        quiz.answerProperty().addListener((obs, old, now) -> {
            boolean shown = now != null;
            getChildren().forEach(n -> n.setVisible(shown));
            markDirty();
        });
        getChildren().forEach(n -> n.setVisible(false));
    }

    @Override
    protected void layoutLayer() {
        QuizViewModel.Answer a = quiz.answerProperty().get();
        if (a == null) {
            return;
        }
        Point2D c = getMapPoint(a.clicked().lat(), a.clicked().lon());
        Point2D p = getMapPoint(a.question().place().place().point().lat(), a.question().place().place().point().lon());
        clicked.setTranslateX(c.getX());
        clicked.setTranslateY(c.getY());
        place.setTranslateX(p.getX());
        place.setTranslateY(p.getY());
        between.setStartX(c.getX());
        between.setStartY(c.getY());
        between.setEndX(p.getX());
        between.setEndY(p.getY());
    }
}
