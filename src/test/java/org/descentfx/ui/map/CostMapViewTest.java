package org.descentfx.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.descentfx.ui.map.CostMapPixels.FLOOR;
import static org.descentfx.ui.map.CostMapPixels.distinctColours;
import static org.descentfx.ui.map.CostMapPixels.luminance;
import static org.descentfx.ui.map.CostMapPixels.nearestDistance;
import static org.descentfx.ui.map.CostMapPixels.paraboloid;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.descentfx.core.surface.ContourLines;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.descentfx.engine.TraceHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.descentfx.ui.plot.ColorScale;
import org.descentfx.ui.plot.RunColors;
import org.descentfx.ui.plot.Trace;

/** What the map draws: the surface, the paths, the markers and the step arrow. */
@ExtendWith(ApplicationExtension.class)
class CostMapViewTest {
    private static final Window WINDOW = new Window(-3, 5, -2, 4);

    private CostMapView view;

    @Start
    void start(Stage stage) {
        view = new CostMapView();
        view.setWindow(WINDOW);
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    @Test
    void pixelsAndParametersRoundTripWithBUpwards() {
        // given
        Point p = new Point(0.3, 1.7);

        // when
        Point2D pixel = view.toPixel(p);
        Point back = view.toParameters(pixel.getX(), pixel.getY());

        // then
        assertThat(back.w()).isCloseTo(p.w(), within(1e-9));
        assertThat(back.b()).isCloseTo(p.b(), within(1e-9));
        assertThat(view.toPixel(new Point(0.3, 2.7)).getY()).isLessThan(pixel.getY());
        assertThat(view.toPixel(new Point(1.3, 1.7)).getX()).isGreaterThan(pixel.getX());
        assertThat(view.plotArea().contains(pixel)).isTrue();
    }

    @Test
    void saysItIsComputingUntilTheFirstSurfaceArrives(FxRobot robot) {
        // given
        Label status = robot.lookup("#costMapStatus").queryAs(Label.class);
        assertThat(status.isVisible()).isTrue();
        assertThat(status.getText()).isEqualTo("computing the cost surface\u2026");

        // when
        robot.interact(() -> view.showSurface(paraboloid(WINDOW), List.of()));

        // then
        assertThat(status.isVisible()).isFalse();
    }

    @Test
    void paraboloidIsDarkAtItsMinimumAndBrightFarAway(FxRobot robot) {
        // given
        CostGrid grid = paraboloid(WINDOW);

        // when
        var contours = ContourLines.trace(grid, ContourLines.logLevels(grid.min(), grid.max(), 8));
        robot.interact(() -> view.showSurface(grid, contours));
        Image shot = CostMapPixels.snapshot(view);

        // then
        Point2D floor = view.toPixel(FLOOR);
        assertThat(nearestDistance(shot, floor, ColorScale.color(0), 0)).isLessThan(25);
        assertThat(luminance(shot, floor)).isLessThan(0.25);
        assertThat(luminance(shot, view.toPixel(new Point(4.9, 3.9)))).isGreaterThan(0.7);
        assertThat(distinctColours(shot)).isGreaterThan(100);
    }

    @Test
    void keepsTheOldPictureUnderANewWindowUntilTheNewOneArrives(FxRobot robot) {
        // given
        robot.interact(() -> view.showSurface(paraboloid(WINDOW), List.of()));

        // when: panned so the floor sits elsewhere on screen, no new surface yet
        robot.interact(() -> view.setWindow(WINDOW.pan(2, -1.5)));
        Image shot = CostMapPixels.snapshot(view);

        // then: the dark floor moved with the window
        assertThat(luminance(shot, view.toPixel(FLOOR))).isLessThan(0.25);
        assertThat(luminance(shot, view.toPixel(new Point(FLOOR.w() + 2, FLOOR.b() - 1.5)))).isGreaterThan(0.4);
    }

    @Test
    void drawsThePathAndTheCurrentPointInTheRunsColour(FxRobot robot) {
        // given: a path along a bent line from (−2, 3) to (3, −1)
        TraceHistory history = new TraceHistory();
        for (int i = 0; i <= 100; i++) {
            double t = i / 100.0;
            history.append(i, i, -2 + 5 * t, 3 - 4 * t + Math.sin(Math.PI * t), 1, 1);
        }
        Point current = new Point(3, -1);
        Trace trace = new Trace("run", RunColors.MINI_BATCH, history, current, null, true, false);

        // when
        robot.interact(() -> {
            view.showSurface(paraboloid(WINDOW), List.of());
            view.showTraces(List.of(trace));
        });
        Image shot = CostMapPixels.snapshot(view);

        // then
        Point2D mid = view.toPixel(new Point(history.w(50), history.b(50)));
        assertThat(nearestDistance(shot, mid, RunColors.MINI_BATCH, 2)).isLessThan(40);
        assertThat(nearestDistance(shot, view.toPixel(current), RunColors.MINI_BATCH, 0)).isLessThan(40);
        Point2D offPath = view.toPixel(new Point(-2, -1.5));
        assertThat(nearestDistance(shot, offPath, RunColors.MINI_BATCH, 2)).isGreaterThan(100);
    }

    @Test
    void leavesOutHiddenRuns(FxRobot robot) {
        // given
        TraceHistory history = new TraceHistory();
        history.append(0, 0, -2, 2, 1, 1);
        Point current = new Point(2, 2);
        Trace hidden = new Trace("run", RunColors.STOCHASTIC, history, current, null, false, false);

        // when
        robot.interact(() -> view.showTraces(List.of(hidden)));
        Image shot = CostMapPixels.snapshot(view);

        // then
        assertThat(nearestDistance(shot, view.toPixel(new Point(0, 2)), RunColors.STOCHASTIC, 2)).isGreaterThan(100);
        assertThat(nearestDistance(shot, view.toPixel(current), RunColors.STOCHASTIC, 2)).isGreaterThan(100);
    }

    @Test
    void aDivergedRunIsDrawnUpToItsLastFinitePoint(FxRobot robot) {
        // given: a run that shoots off to 1e300 and then to NaN
        TraceHistory history = new TraceHistory();
        history.append(0, 0, -2, -1, 1, 1);
        history.append(1, 1, 2, -1, 1, 1);
        history.append(2, 2, 1e300, -1e300, 1, 1);
        history.append(3, 3, Double.NaN, Double.NaN, 1, 1);
        Point current = new Point(Double.NaN, Double.NaN);
        Trace trace = new Trace("run", RunColors.FULL_BATCH, history, current, new Point(1, 1), true, true);

        // when
        robot.interact(() -> view.showTraces(List.of(trace)));
        Image shot = CostMapPixels.snapshot(view);

        // then: the finite segment shows, and the one towards 1e300 runs off the plot's bottom right
        assertThat(nearestDistance(shot, view.toPixel(new Point(0, -1)), RunColors.FULL_BATCH, 2)).isLessThan(40);
        Point2D past = view.toPixel(new Point(2, -1)).add(30, 30);
        assertThat(nearestDistance(shot, past, RunColors.FULL_BATCH, 2)).isLessThan(40);
    }

    @Test
    void drawsTheStepArrowToScaleOnlyWhilePaused(FxRobot robot) {
        // given: at (−1, 0) the next step is (+3, +2), so the arrow passes (0.5, 1) and ends at (2, 2)
        Trace trace = new Trace("run", RunColors.FULL_BATCH, new TraceHistory(), new Point(-1, 0), new Point(3, 2),
                true, false);
        Point2D alongArrow = view.toPixel(new Point(0.5, 1));
        Point2D beyondTip = view.toPixel(new Point(2.5, 2.333));
        robot.interact(() -> view.showTraces(List.of(trace)));

        // when
        robot.interact(() -> view.setPlaying(false));
        Image paused = CostMapPixels.snapshot(view);
        robot.interact(() -> view.setPlaying(true));
        Image playing = CostMapPixels.snapshot(view);

        // then
        assertThat(nearestDistance(paused, alongArrow, RunColors.FULL_BATCH, 2)).isLessThan(40);
        Point2D nearTip = view.toPixel(new Point(1.95, 1.967));
        assertThat(nearestDistance(paused, nearTip, RunColors.FULL_BATCH, 2)).isLessThan(40);
        assertThat(nearestDistance(paused, beyondTip, RunColors.FULL_BATCH, 3)).isGreaterThan(100);
        assertThat(nearestDistance(playing, alongArrow, RunColors.FULL_BATCH, 2)).isGreaterThan(100);
    }

    @Test
    void theLegendAndTheStartLabelAreDrawnOnceWhileTheRunsMove(FxRobot robot) {
        // given two runs from one start, on the map
        Point start = new Point(-2, 3);
        TraceHistory a = new TraceHistory();
        TraceHistory b = new TraceHistory();
        robot.interact(() -> {
            view.showSurface(paraboloid(WINDOW), List.of());
            view.setStart(start);
        });

        // when they take 30 steps, the map painting after each
        for (int i = 0; i < 30; i++) {
            double t = i / 30.0;
            a.append(i, i, -2 + 4 * t, 3 - 3 * t, 1, 1);
            b.append(i, i, -2 + 3 * t, 3 - 4 * t, 1, 1);
            List<Trace> traces = List.of(
                    new Trace("one", RunColors.MINI_BATCH, a, new Point(a.w(i), a.b(i)), null, true, false),
                    new Trace("two", RunColors.FULL_BATCH, b, new Point(b.w(i), b.b(i)), null, true, false));
            robot.interact(() -> {
                view.showTraces(traces);
                view.layout();
            });
        }
        List<Sticker> stickers = view.getChildrenUnmodifiable().stream()
                .filter(Sticker.class::isInstance).map(Sticker.class::cast).toList();
        Image shot = CostMapPixels.snapshot(view);

        // then each label was drawn once, and both are on the map: the legend's white box, "start" in ink
        assertThat(stickers).hasSize(2).allSatisfy(s -> {
            assertThat(s.draws()).isEqualTo(1);
            assertThat(s.isVisible()).isTrue();
        });
        Point2D insideLegend = new Point2D(view.plotArea().getMinX() + 14, view.plotArea().getMinY() + 14);
        assertThat(luminance(shot, insideLegend)).isGreaterThan(0.85);
        Point2D s = view.toPixel(start);
        int ink = 0;
        for (int x = (int) s.getX() + 16; x < s.getX() + 56; x++) {
            for (int y = (int) s.getY() + 6; y < s.getY() + 20; y++) {
                ink += luminance(shot, new Point2D(x, y)) < 0.15 ? 1 : 0;
            }
        }
        assertThat(ink).isGreaterThan(20);
    }
}
