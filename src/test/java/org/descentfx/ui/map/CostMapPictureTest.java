package org.descentfx.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.Random;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.surface.ContourLines;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.CostSurface;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.descentfx.engine.TraceHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.descentfx.core.surface.Minimum;
import org.descentfx.ui.plot.RunColors;
import org.descentfx.ui.plot.Trace;

/** The map of a realistic valley, written to a PNG so a person can judge it. */
@ExtendWith(ApplicationExtension.class)
class CostMapPictureTest {
    private static final double ETA = 0.03;

    private CostMapView view;
    private Dataset data;
    private Point start;

    @Start
    void start(Stage stage) {
        view = new CostMapView();
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    @Test
    void realisticValleyShowsTheDescentOverTheMap(FxRobot robot) throws Exception {
        // given: y ≈ 2x + 1 on x in [2, 6], a descent from far up the valley's wall
        data = line(new Random(7));
        start = new Point(-1.0, 4.0);
        Window window = Window.around(Minimum.of(LinearNeuron.INSTANCE, data, start), start, 0.35, 1.0);
        CostGrid grid = CostSurface.compute(LinearNeuron.INSTANCE, data, window, 256, 256);
        var contours = ContourLines.trace(grid, ContourLines.logLevels(grid.min(), grid.max(), 14));
        TraceHistory history = descent(start, 150, ETA, 0.8, 5);
        int last = history.size() - 1;
        Point current = new Point(history.w(last), history.b(last));
        double[] g = QuadraticCost.gradient(LinearNeuron.INSTANCE, data, current.w(), current.b());
        Trace trace = new Trace("mini-batch (m = 10)", RunColors.MINI_BATCH, history, current,
                new Point(-ETA * g[0], -ETA * g[1]), true, false);

        // when
        robot.interact(() -> {
            view.setWindow(window);
            view.setStart(start);
            view.showSurface(grid, contours);
            view.showTraces(List.of(trace));
        });
        WritableImage shot = CostMapPixels.snapshot(view);
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", new File("/tmp/costmap.png"));

        // then: the path's colour shows halfway along it, and the floor is darker than a far corner
        Point2D mid = view.toPixel(new Point(history.w(last / 2), history.b(last / 2)));
        assertThat(CostMapPixels.nearestDistance(shot, mid, RunColors.MINI_BATCH, 2)).isLessThan(60);
        Point2D corner = view.toPixel(new Point(window.wMax(), window.bMin())).add(-3, -3);
        assertThat(CostMapPixels.luminance(shot, view.toPixel(grid.argmin())))
                .isLessThan(CostMapPixels.luminance(shot, corner));
    }

    @Test
    void comparisonShowsEveryRunWithItsLegendAndStepArrow(FxRobot robot) throws Exception {
        // given: three runs from one start, paused
        data = line(new Random(11));
        start = new Point(4.0, -2.0);
        Window window = Window.around(Minimum.of(LinearNeuron.INSTANCE, data, start), start, 0.35, 1.0);
        CostGrid grid = CostSurface.compute(LinearNeuron.INSTANCE, data, window, 256, 256);
        var contours = ContourLines.trace(grid, ContourLines.logLevels(grid.min(), grid.max(), 14));
        List<Trace> traces = List.of(
                trace("mini-batch (m = 10)", RunColors.MINI_BATCH, descent(start, 8, ETA, 0.8, 1), ETA),
                trace("full batch (m = 40)", RunColors.FULL_BATCH, descent(start, 0, ETA, 0, 2), ETA),
                trace("stochastic (m = 1)", RunColors.STOCHASTIC, descent(start, 14, ETA, 3, 3), ETA));

        // when
        robot.interact(() -> {
            view.setWindow(window);
            view.setStart(start);
            view.showSurface(grid, contours);
            view.showTraces(traces);
            view.setCostFunction((w, b) -> QuadraticCost.cost(LinearNeuron.INSTANCE, data, w, b));
            view.hover(new Point(2.5, 0.5));
        });
        WritableImage shot = CostMapPixels.snapshot(view);
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", new File("/tmp/costmap-compare.png"));

        // then: the legend stands above the plot, with each run's colour in it, and each run shows
        var plot = view.plotArea();
        javafx.scene.Node legend = view.lookup("#mapLegend");
        var box = legend.getBoundsInParent();
        assertThat(legend.isVisible()).isTrue();
        assertThat(box.getMaxY()).isLessThanOrEqualTo(plot.getMinY());
        for (Trace t : traces) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int y = (int) box.getMinY() + 1; y < box.getMaxY() - 1; y += 2) {
                for (int x = (int) box.getMinX() + 1; x < box.getMaxX() - 1; x += 2) {
                    nearest = Math.min(nearest, CostMapPixels.nearestDistance(shot, new Point2D(x, y), t.color(), 0));
                }
            }
            assertThat(nearest).as("%s in the legend", t.label()).isLessThan(40);
        }
        for (Trace t : traces) {
            assertThat(CostMapPixels.nearestDistance(shot, view.toPixel(t.current()), t.color(), 0)).isLessThan(40);
        }
    }

    private Trace trace(String label, javafx.scene.paint.Color color, TraceHistory history, double eta) {
        int last = history.size() - 1;
        Point current = new Point(history.w(last), history.b(last));
        double[] g = QuadraticCost.gradient(LinearNeuron.INSTANCE, data, current.w(), current.b());
        return new Trace(label, color, history, current, new Point(-eta * g[0], -eta * g[1]), true, false);
    }

    private static Dataset line(Random random) {
        double[] x = new double[40];
        double[] y = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = 2 + 4 * random.nextDouble();
            y[i] = 2 * x[i] + 1 + 0.6 * random.nextGaussian();
        }
        return Dataset.of("line", x, y);
    }

    /**
     * Descent w ← w − η ∂C/∂w, b ← b − η ∂C/∂b, recorded point by point; {@code noise} scales a
     * random error in the gradient, as a mini-batch's estimate of it would have.
     */
    private TraceHistory descent(Point from, int steps, double eta, double noise, long seed) {
        Random random = new Random(seed);
        TraceHistory history = new TraceHistory();
        double w = from.w();
        double b = from.b();
        for (int step = 0; step <= steps; step++) {
            double c = QuadraticCost.cost(LinearNeuron.INSTANCE, data, w, b);
            history.append(step, (long) step * data.size(), w, b, c, c);
            double[] g = QuadraticCost.gradient(LinearNeuron.INSTANCE, data, w, b);
            double scale = noise * Math.hypot(g[0], g[1]) * 0.5;
            w -= eta * (g[0] + scale * random.nextGaussian());
            b -= eta * (g[1] + scale * random.nextGaussian());
        }
        return history;
    }
}
