package org.descentfx.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
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

/** A step that raised C is marked ▲ on the path where it arrived, and only such a step. */
@ExtendWith(ApplicationExtension.class)
class RaisedMarksTest {
    private static final Window WINDOW = new Window(-2, 4, -2, 1);
    /** Five points across the top of the map, clear of the start's label; step 2 arrives at the third. */
    private static final Point[] PATH = {new Point(-1.5, 0.8), new Point(-0.5, 0.8), new Point(0.5, 0.8),
        new Point(1.5, 0.8), new Point(2.5, 0.8)};

    private CostMapView view;

    @Start
    void start(Stage stage) {
        view = new CostMapView();
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    @Test
    void theStepThatRaisedCIsMarkedAndTheOthersAreNot(FxRobot robot) {
        // given: the same path, once with C falling at every step and once rising at step 2
        CostGrid grid = CostMapPixels.paraboloid(WINDOW);
        robot.interact(() -> {
            view.setWindow(WINDOW);
            view.showSurface(grid, List.of());
        });

        // when
        WritableImage falling = drawn(robot, new double[] {9, 8, 7, 6, 5});
        WritableImage rising = drawn(robot, new double[] {9, 8, 8.5, 6, 5});

        // then: dark ink at the third point only where C rose there, and never at the second
        Point2D third = view.toPixel(PATH[2]);
        Point2D second = view.toPixel(PATH[1]);
        assertThat(CostMapPixels.nearestDistance(rising, third, TracePainter.RAISED_INK, 3)).isLessThan(40);
        assertThat(CostMapPixels.nearestDistance(falling, third, TracePainter.RAISED_INK, 3)).isGreaterThan(80);
        assertThat(CostMapPixels.nearestDistance(rising, second, TracePainter.RAISED_INK, 3)).isGreaterThan(80);
    }

    private WritableImage drawn(FxRobot robot, double[] costs) {
        TraceHistory h = new TraceHistory();
        for (int k = 0; k < PATH.length; k++) {
            h.append(k, k, PATH[k].w(), PATH[k].b(), Double.NaN, costs[k]);
        }
        Trace t = new Trace("mini-batch (m = 1)", RunColors.MINI_BATCH, h, PATH[4], null, true, false);
        robot.interact(() -> view.showTraces(List.of(t)));
        return CostMapPixels.snapshot(view);
    }
}
