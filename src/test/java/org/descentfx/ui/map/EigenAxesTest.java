package org.descentfx.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.descentfx.core.curvature.Hessian;
import org.descentfx.core.surface.ContourLines;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.descentfx.engine.TraceHistory;
import org.descentfx.ui.plot.RunColors;
import org.descentfx.ui.plot.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The eigen-axes of H through the floor, drawn along H's eigenvectors in (w, b), and κ said in words above the plot. */
@ExtendWith(ApplicationExtension.class)
class EigenAxesTest {
    /** A narrow, tilted valley: λmax ≈ 4.6, λmin ≈ 0.4, and a w-axis stretched unlike the b-axis. */
    private static final Hessian H = new Hessian(4, 1.5, 1);
    private static final Window WINDOW = new Window(-2, 4, -2, 1);

    private CostMapView view;

    @Start
    void start(Stage stage) {
        view = new CostMapView();
        stage.setScene(new Scene(view, 800, 600));
        stage.sizeToScene(); // the stage is shared between tests, and one of them narrows it
        stage.show();
    }

    @Test
    void eachAxisCrossesThePlotThroughTheFloorAlongItsEigenvector() {
        // given
        MapFrame frame = MapFrame.of(WINDOW, 800, 600);

        for (Point axis : List.of(H.steepAxis(), H.gentleAxis())) {
            // when
            EigenAxes.Segment s = EigenAxes.clip(frame, CostMapPixels.FLOOR, axis);

            // then: it ends on the plot's edges, passes through the floor, and runs along the eigenvector in (w, b)
            assertThat(onEdge(frame.plot(), s.from()) && onEdge(frame.plot(), s.to())).isTrue();
            Point a = frame.toParameters(s.from().getX(), s.from().getY());
            Point b = frame.toParameters(s.to().getX(), s.to().getY());
            double dw = b.w() - a.w();
            double db = b.b() - a.b();
            assertThat(dw * axis.b() - db * axis.w()).as("parallel").isCloseTo(0, within(1e-9 * Math.hypot(dw, db)));
            double cw = CostMapPixels.FLOOR.w() - a.w();
            double cb = CostMapPixels.FLOOR.b() - a.b();
            assertThat(cw * db - cb * dw).as("through the floor").isCloseTo(0, within(1e-9 * Math.hypot(dw, db)));
        }
    }

    @Test
    void axesAreDrawnOnTheMapWithKappaInWordsAndGoAwayWhenCleared(FxRobot robot) {
        // given: a surface whose floor is dark, so the white axes stand out
        CostGrid grid = CostMapPixels.paraboloid(WINDOW);
        robot.interact(() -> {
            view.setWindow(WINDOW);
            view.showSurface(grid, ContourLines.trace(grid, new double[] {0.5, 2.0}));
        });
        List<Point2D> along = pointsAlong(CostMapPixels.FLOOR, H.gentleAxis());
        int before = whitePixels(CostMapPixels.snapshot(view), along);

        // when
        robot.interact(() -> view.setValleyAxes(CostMapPixels.FLOOR, H));
        WritableImage drawn = CostMapPixels.snapshot(view);
        Label kappa = robot.lookup("#conditionLabel").queryAs(Label.class);
        String text = kappa.getText();
        boolean shown = kappa.isVisible();
        robot.interact(() -> view.setValleyAxes(null, null));
        int after = whitePixels(CostMapPixels.snapshot(view), along);

        // then: most points along the long axis (dashed) turn white, and only while the axes are shown
        assertThat(before).isZero();
        assertThat(whitePixels(drawn, along)).isGreaterThan(along.size() / 2);
        assertThat(after).isZero();
        assertThat(shown).isTrue();
        // (in the band above the plot, in the most words that fit beside the buttons)
        assertThat(text).isIn(EigenAxes.conditionTexts(H))
                .startsWith("κ = λmax/λmin = " + org.descentfx.ui.plot.Format.number(H.conditionNumber()));
        assertThat(kappa.isVisible()).isFalse();
    }

    @Test
    void aNarrowMapSaysKappaInShort(FxRobot robot) {
        // when: the map is made narrower than the words need
        robot.interact(() -> {
            view.setWindow(WINDOW);
            view.setValleyAxes(CostMapPixels.FLOOR, H);
            // a scene of this size sizes its root, the map, whatever the stage was before
            Stage stage = (Stage) view.getScene().getWindow();
            view.getScene().setRoot(new javafx.scene.layout.Pane());
            stage.setScene(new Scene(view, MapFrame.LEFT + MapFrame.RIGHT + 300, 600));
        });
        robot.interact(view::layout);
        assertThat(view.plotArea().getWidth()).isEqualTo(300);
        String text = robot.lookup("#conditionLabel").queryAs(Label.class).getText();

        // then
        assertThat(text).isEqualTo("κ = λmax/λmin = " + org.descentfx.ui.plot.Format.number(H.conditionNumber()));
    }

    @Test
    void theAxesNamesMoveOutOfTheWayOfAPathThatReachesThem(FxRobot robot) {
        // given: the axes and their names where nothing is in their way
        CostGrid grid = CostMapPixels.paraboloid(WINDOW);
        robot.interact(() -> {
            view.setWindow(WINDOW);
            view.showSurface(grid, List.of());
            view.setValleyAxes(CostMapPixels.FLOOR, H);
        });
        CostMapPixels.snapshot(view);
        List<Rectangle2D> before = view.axesNameBoxes();

        // when: a run comes from the plot's left edge through the middle of each name and stops on the second
        List<Point2D> through = new ArrayList<>();
        through.add(new Point2D(view.plotArea().getMinX() + 2, before.get(0).getMinY() + before.get(0).getHeight() / 2));
        before.forEach(box -> through.add(new Point2D(box.getMinX() + box.getWidth() / 2, box.getMinY() + box.getHeight() / 2)));
        TraceHistory history = new TraceHistory();
        List<Point2D> dense = new ArrayList<>();
        for (int k = 1; k < through.size(); k++) {
            for (int j = 0; j <= 50; j++) {
                dense.add(through.get(k - 1).interpolate(through.get(k), j / 50.0));
            }
        }
        for (int i = 0; i < dense.size(); i++) {
            Point p = view.toParameters(dense.get(i).getX(), dense.get(i).getY());
            history.append(i, i, p.w(), p.b(), 1, 1);
        }
        Point end = view.toParameters(dense.get(dense.size() - 1).getX(), dense.get(dense.size() - 1).getY());
        robot.interact(() -> view.showTraces(List.of(new Trace("run",
                RunColors.MINI_BATCH, history, end, null, true, false))));
        CostMapPixels.snapshot(view);
        CostMapPixels.snapshot(view);
        List<Rectangle2D> after = view.axesNameBoxes();

        // then: both names are still drawn, and neither lies on the path or near it (the drawn path is
        // within 1.5 px of the true one)
        double near = EigenAxes.CLEARANCE - 1.5;
        assertThat(before).hasSize(2);
        assertThat(EigenAxes.crosses(before, List.of(dense))).as("the path crosses where the names were").isTrue();
        assertThat(after).hasSize(2);
        for (Rectangle2D box : after) {
            assertThat(dense).as("path points near " + box)
                    .noneMatch(p -> p.getX() > box.getMinX() - near && p.getX() < box.getMaxX() + near
                            && p.getY() > box.getMinY() - near && p.getY() < box.getMaxY() + near);
        }
    }

    /** Twenty points on the line through p along the axis, within the plot and away from the floor's marker. */
    private List<Point2D> pointsAlong(Point p, Point axis) {
        List<Point2D> out = new ArrayList<>();
        for (int k = 1; k <= 20; k++) {
            double t = 0.04 * k;
            out.add(view.toPixel(new Point(p.w() - t * axis.w(), p.b() - t * axis.b())));
        }
        return out;
    }

    private static int whitePixels(WritableImage image, List<Point2D> points) {
        int white = 0;
        for (Point2D q : points) {
            if (CostMapPixels.nearestDistance(image, q, EigenAxes.INK, 1) < 40) {
                white++;
            }
        }
        return white;
    }

    private static boolean onEdge(Rectangle2D r, Point2D p) {
        double tol = 1e-6;
        boolean inside = p.getX() >= r.getMinX() - tol && p.getX() <= r.getMaxX() + tol
                && p.getY() >= r.getMinY() - tol && p.getY() <= r.getMaxY() + tol;
        boolean edge = Math.abs(p.getX() - r.getMinX()) < tol || Math.abs(p.getX() - r.getMaxX()) < tol
                || Math.abs(p.getY() - r.getMinY()) < tol || Math.abs(p.getY() - r.getMaxY()) < tol;
        return inside && edge;
    }
}
