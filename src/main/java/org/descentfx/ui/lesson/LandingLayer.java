package org.descentfx.ui.lesson;

import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.descentfx.core.train.Point;
import org.descentfx.ui.map.CostMapView;

/**
 * Over the map, the landing prediction: while armed, a plain click on the map is the learner's
 * guess of where the next step lands (the map itself does nothing on a plain click); the guess is
 * drawn as a cross, the truth as a ring, and a line between them. Both are kept in (w, b), so they
 * follow the map when it is zoomed or panned. FX thread only.
 */
final class LandingLayer extends StackPane {
    private final CostMapView map;
    private final Pane marks = new Pane();
    private final Line guessA = cross();
    private final Line guessB = cross();
    private final Circle truthRing = new Circle(7);
    private final Line between = new Line();
    private final Label guessLabel = label("your guess");
    private final Label truthLabel = label("the step");
    private Consumer<Point> onGuess;
    private Point guess;
    private Point truth;

    LandingLayer(CostMapView map) {
        this.map = map;
        marks.setMouseTransparent(true);
        marks.setId("lessonLanding");
        truthRing.setFill(Color.TRANSPARENT);
        truthRing.setStroke(Color.web("#ffffff"));
        truthRing.setStrokeWidth(3);
        between.setStroke(Color.web("#ffffff"));
        between.getStrokeDashArray().addAll(6.0, 4.0);
        between.setStrokeWidth(2);
        marks.getChildren().addAll(between, guessA, guessB, truthRing, guessLabel, truthLabel);
        marks.getChildren().forEach(n -> n.setManaged(false));
        getChildren().addAll(map, marks);
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
        map.widthProperty().addListener(o -> place());
        map.heightProperty().addListener(o -> place());
        map.windowProperty().addListener(o -> place());
        place();
    }

    /** The keyboard goes to the map this layer lies over, as it did before the layer was there. */
    @Override
    public void requestFocus() {
        map.requestFocus();
    }

    /**
     * Takes the next plain click on the map as a guess and hands it to {@code onGuess}; null disarms.
     * While armed, the map's step arrows are hidden: they would show the answer.
     */
    void arm(Consumer<Point> onGuess) {
        this.onGuess = onGuess;
        map.setCursor(onGuess == null ? null : javafx.scene.Cursor.CROSSHAIR);
        map.setStepArrowsHidden(onGuess != null);
    }

    boolean isArmed() {
        return onGuess != null;
    }

    /** Draws the guess and, once known, the truth; nulls clear them. */
    void show(Point guess, Point truth) {
        this.guess = guess;
        this.truth = truth;
        place();
    }

    Point guess() {
        return guess;
    }

    /** The distance on screen, in pixels, between two points of (w, b) at the map's present scale. */
    double pixelDistance(Point a, Point b) {
        return map.toPixel(a).distance(map.toPixel(b));
    }

    private void clicked(MouseEvent e) {
        if (onGuess == null || e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || e.isShiftDown()
                || !map.plotArea().contains(e.getX(), e.getY())) {
            return;
        }
        e.consume();
        Consumer<Point> take = onGuess;
        arm(null);
        take.accept(map.toParameters(e.getX(), e.getY()));
    }

    private void place() {
        boolean hasGuess = guess != null && guess.isFinite();
        boolean hasTruth = truth != null && truth.isFinite();
        guessA.setVisible(hasGuess);
        guessB.setVisible(hasGuess);
        guessLabel.setVisible(hasGuess);
        truthRing.setVisible(hasTruth);
        truthLabel.setVisible(hasTruth);
        between.setVisible(hasGuess && hasTruth);
        if (hasGuess) {
            Point2D g = map.toPixel(guess);
            guessA.setStartX(g.getX() - 7);
            guessA.setStartY(g.getY() - 7);
            guessA.setEndX(g.getX() + 7);
            guessA.setEndY(g.getY() + 7);
            guessB.setStartX(g.getX() - 7);
            guessB.setStartY(g.getY() + 7);
            guessB.setEndX(g.getX() + 7);
            guessB.setEndY(g.getY() - 7);
            guessLabel.relocate(g.getX() + 10, g.getY() - 24);
            between.setStartX(g.getX());
            between.setStartY(g.getY());
        }
        if (hasTruth) {
            Point2D t = map.toPixel(truth);
            truthRing.setCenterX(t.getX());
            truthRing.setCenterY(t.getY());
            truthLabel.relocate(t.getX() + 10, t.getY() + 6);
            between.setEndX(t.getX());
            between.setEndY(t.getY());
        }
        guessLabel.autosize();
        truthLabel.autosize();
    }

    private static Line cross() {
        Line l = new Line();
        l.setStroke(Color.web("#ff3b30"));
        l.setStrokeWidth(3);
        return l;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 13px; -fx-text-fill: #111; -fx-background-color: rgba(255,255,255,0.85);"
                + " -fx-background-radius: 4; -fx-padding: 1 5 1 5;");
        return l;
    }
}
