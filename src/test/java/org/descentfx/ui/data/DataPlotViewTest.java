package org.descentfx.ui.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.descentfx.ui.plot.TestTraces.RED;
import static org.descentfx.ui.plot.TestTraces.colourNear;
import static org.descentfx.ui.plot.TestTraces.fx;
import static org.descentfx.ui.plot.TestTraces.pixelsNear;
import static org.descentfx.ui.plot.TestTraces.snapshot;
import static org.descentfx.ui.plot.TestTraces.trace;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.SigmoidNeuron;
import org.descentfx.core.train.Point;
import org.descentfx.engine.TraceHistory;
import org.descentfx.ui.plot.Format;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.descentfx.ui.plot.TestTraces;
import org.descentfx.ui.plot.Trace;

@ExtendWith(ApplicationExtension.class)
class DataPlotViewTest {
    private DataPlotView plot;

    @Start
    void start(Stage stage) {
        plot = new DataPlotView();
        stage.setScene(new Scene(new StackPane(plot), 800, 500));
        stage.show();
    }

    /** n points on y = 2x + 1 with a small deterministic wiggle, x in [0, 10]. */
    private static Dataset line(int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 10.0 * i / Math.max(1, n - 1);
            y[i] = 2 * x[i] + 1 + 0.8 * Math.sin(i * 2.3);
        }
        return Dataset.of("line", x, y);
    }

    private static Trace at(double w, double b) {
        return trace("run", RED, new TraceHistory(), new Point(w, b));
    }

    private void show(Dataset data, Model model, Trace trace) throws Exception {
        fx(() -> {
            plot.showData(data);
            plot.showModel(model, List.of(trace));
            return null;
        });
    }

    @Test
    void takesItsNodeId() {
        assertThat(plot.getId()).isEqualTo("dataPlot");
    }

    @Test
    void linearFitPassesThroughTheModelsOutputAtTheMiddle() throws Exception {
        // given w = 1.5, b = 3 over data on [0, 10]
        show(line(40), LinearNeuron.INSTANCE, at(1.5, 3));

        // when the expected pixel of ŷ(5) = 10.5 and of a wrong fit ŷ(5) = 3 are looked up
        double sx = fx(() -> plot.screenX(5));
        double onCurve = fx(() -> plot.screenY(10.5));
        double offCurve = fx(() -> plot.screenY(3));
        WritableImage image = snapshot(plot);

        // then the trace colour is at the first and not at the second
        assertThat(colourNear(image, sx, onCurve, 2, RED)).isTrue();
        assertThat(colourNear(image, sx, offCurve, 2, RED)).isFalse();
    }

    @Test
    void sigmoidFitPassesThroughTheModelsOutput() throws Exception {
        // given data in [0, 1] and σ(0.8x − 4), which is 0.5 at x = 5
        double[] x = IntStream.range(0, 50).mapToDouble(i -> i / 4.9).toArray();
        double[] y = IntStream.range(0, 50).mapToDouble(i -> i < 25 ? 0.1 : 0.9).toArray();
        show(Dataset.of("step", x, y), SigmoidNeuron.INSTANCE, at(0.8, -4));

        double sx = fx(() -> plot.screenX(7.5));
        double sy = fx(() -> plot.screenY(SigmoidNeuron.sigmoid(0.8 * 7.5 - 4)));
        double wrong = fx(() -> plot.screenY(0.5));
        WritableImage image = snapshot(plot);

        assertThat(colourNear(image, sx, sy, 2, RED)).isTrue();
        assertThat(colourNear(image, sx, wrong, 2, RED)).isFalse();
        assertThat(plot.titleLines()).first().isEqualTo("ŷ = σ(w·x + b)");
    }

    @Test
    void theFormulaBoxCoversNoPointWhereABottomCornerIsEmpty() throws Exception {
        // given V-shaped data, high at both ends: both top corners hold points, the bottom ones none
        double[] x = IntStream.range(0, 41).mapToDouble(i -> i / 4.0).toArray();
        double[] y = IntStream.range(0, 41).mapToDouble(i -> Math.abs(i / 4.0 - 5) * 2).toArray();
        show(Dataset.of("vee", x, y), LinearNeuron.INSTANCE, at(0, 5));
        WaitForAsyncUtils.waitForFxEvents();

        // then the box went where it hides no point
        assertThat(fx(() -> {
            plot.layout();
            return plot.pointsUnderTitle();
        })).isZero();
    }

    @Test
    void titleGivesWAndBWithTheReadoutsDigits() throws Exception {
        // given a point the readout and the step panel write as w = 2.035, b = -0.5123
        show(line(10), LinearNeuron.INSTANCE, at(2.034567, -0.5123456));

        // then the plot's box writes the same digits (one quantity, one way of writing it)
        assertThat(plot.titleLines()).containsExactly("ŷ = w·x + b", "w = " + Format.number(2.034567) + "   b = "
                + Format.number(-0.5123456)).last().isEqualTo("w = 2.035   b = -0.5123");
    }

    @Test
    void highlightsTheValidIndicesOfTheMiniBatch() throws Exception {
        show(line(100), LinearNeuron.INSTANCE, at(2, 1));
        int before = pixelsNear(snapshot(plot), DataPlotView.ACCENT);

        int count = fx(() -> {
            plot.highlight(new int[] {0, 3, 7, -1, 100});
            return plot.highlightedCount();
        });
        int rings = pixelsNear(snapshot(plot), DataPlotView.ACCENT);
        int none = fx(() -> {
            plot.highlight(null);
            return plot.highlightedCount();
        });

        assertThat(count).isEqualTo(3);
        assertThat(before).isZero();
        assertThat(rings).isGreaterThan(3 * 10);
        assertThat(none).isZero();
    }

    @Test
    void aMillionExamplesAreDrawnAsAStridedSubsample() throws Exception {
        Dataset big = line(1_000_000);
        int[] everything = IntStream.range(0, big.size()).toArray();

        int[] counts = fx(() -> {
            plot.showData(big);
            plot.highlight(everything);
            return new int[] {plot.drawnPointCount(), plot.highlightedCount()};
        });
        int small = fx(() -> {
            plot.showData(line(300));
            return plot.drawnPointCount();
        });

        assertThat(counts).containsExactly(DataPlotView.MAX_DRAWN_POINTS, DataPlotView.MAX_DRAWN_POINTS);
        assertThat(small).isEqualTo(300);
    }

    @Test
    void aWildFitDoesNotSquashTheData() throws Exception {
        // given a line a million times too steep
        show(line(40), LinearNeuron.INSTANCE, at(1e6, 0));

        // then the data (y from about 0 to 21) still fills about a third of the plot's height
        double dataHeight = fx(() -> plot.screenY(0) - plot.screenY(21));
        assertThat(dataHeight).isGreaterThan(0.28 * (plot.getHeight() - 80));
    }

    @Test
    void aDivergedTraceDrawsNoCurve() throws Exception {
        show(line(40), LinearNeuron.INSTANCE, at(Double.NaN, Double.POSITIVE_INFINITY));

        assertThat(pixelsNear(snapshot(plot), RED)).isZero();
        assertThat(plot.titleLines()).contains("diverged: w, b not finite");
    }

    @Test
    void aFitThatMovesAlittleDrawsOnlyTheOverlay() throws Exception {
        // given the data and a fit inside it
        Dataset data = line(100);
        show(data, LinearNeuron.INSTANCE, at(2, 1));
        int before = fx(plot::backgroundDraws);

        // when the fit moves a little, frame after frame, and the mini-batch changes
        int after = fx(() -> {
            for (int step = 0; step < 20; step++) {
                plot.show(LinearNeuron.INSTANCE, List.of(at(2 + 0.01 * Math.sin(step), 1 + 0.02 * Math.cos(step))),
                        new int[] {step, step + 1});
            }
            return plot.backgroundDraws();
        });
        WritableImage image = snapshot(plot);

        // then the axes and data points are not drawn again, and the fit is where it is now
        assertThat(after).isEqualTo(before);
        double sx = fx(() -> plot.screenX(5));
        double sy = fx(() -> plot.screenY((2 + 0.01 * Math.sin(19)) * 5 + 1 + 0.02 * Math.cos(19)));
        assertThat(colourNear(image, sx, sy, 2, RED)).isTrue();
    }

    @Test
    void newDataOrANewSizeDrawTheBackgroundAgain() throws Exception {
        show(line(40), LinearNeuron.INSTANCE, at(2, 1));
        int before = fx(plot::backgroundDraws);

        int afterData = fx(() -> {
            plot.showData(line(60));
            return plot.backgroundDraws();
        });
        int afterResize = fx(() -> {
            plot.setMaxWidth(500);
            plot.getParent().layout();
            return plot.backgroundDraws();
        });

        assertThat(afterData).isGreaterThan(before);
        assertThat(afterResize).isGreaterThan(afterData);
    }

    @Test
    void aFitThatLeavesTheDataWidensTheAxisAndTheOldFitIsGone() throws Exception {
        // given a fit on the data
        show(line(40), LinearNeuron.INSTANCE, at(2, 1));

        // when the fit jumps far below it: ŷ(5) = −4
        fx(() -> {
            plot.showModel(LinearNeuron.INSTANCE, List.of(at(2, -14)));
            return null;
        });
        WritableImage image = snapshot(plot);
        double sx = fx(() -> plot.screenX(5));
        double newFit = fx(() -> plot.screenY(-4));

        // then the axis reaches down to the fit, which is drawn, and the old fit is not left behind
        assertThat(newFit).isLessThan(plot.getHeight());
        assertThat(colourNear(image, sx, newFit, 2, RED)).isTrue();
        assertThat(colourNear(image, sx, fx(() -> plot.screenY(11)), 2, RED)).isFalse();
    }

    @Test
    void aFitThatMovesLeavesNoTraceWhereItWas() throws Exception {
        // given a fit through ŷ(9) = 19
        show(line(40), LinearNeuron.INSTANCE, at(2, 1));
        double sx = fx(() -> plot.screenX(9));
        double was = fx(() -> plot.screenY(19));

        // when it turns, still inside the data, to ŷ(9) = 18.2
        fx(() -> {
            plot.showModel(LinearNeuron.INSTANCE, List.of(at(1.8, 2)));
            return null;
        });
        WritableImage image = snapshot(plot);

        // then it is drawn where it is now and nothing is left where it was
        assertThat(fx(() -> plot.screenY(19))).isEqualTo(was);
        assertThat(colourNear(image, sx, fx(() -> plot.screenY(18.2)), 1, RED)).isTrue();
        assertThat(colourNear(image, sx, was, 1, RED)).isFalse();
    }
}
