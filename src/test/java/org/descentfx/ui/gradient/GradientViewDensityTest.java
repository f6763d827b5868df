package org.descentfx.ui.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.descentfx.ui.plot.TestTraces.fx;
import static org.descentfx.ui.plot.TestTraces.snapshot;

import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.gradient.GradientSpread;
import org.descentfx.core.model.LinearNeuron;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Above 5,000 examples the gradient view counts every ∇C_x into a density instead of drawing dots, and says so. */
@ExtendWith(ApplicationExtension.class)
class GradientViewDensityTest {
    private GradientView view;

    @Start
    void start(Stage stage) {
        view = new GradientView();
        stage.setScene(new Scene(new StackPane(view), 640, 420));
        stage.show();
    }

    @Test
    void aHundredThousandGradientsAreADensityOfAllOfThem() throws Exception {
        Dataset large = BuiltInDatasets.load("large-line");
        GradientSpread spread = GradientSpread.at(LinearNeuron.INSTANCE, large, -2, 3);
        int[] batch = IntStream.range(0, 100).map(i -> 991 * i + 7).toArray();

        fx(() -> {
            view.show(spread, batch, 100);
            return null;
        });

        assertThat(fx(view::drawsDensity)).isTrue();
        assertThat(fx(view::densityCount)).as("every example counted, none left out").isEqualTo(100_000L);
        assertThat(fx(view::caption)).isEqualTo("∇C_x of all n = 100,000 as a density (darker: more)");
        assertThat(fx(view::ringedCount)).isEqualTo(100);
        assertThat(shades(snapshot(view))).as("a density has many shades of grey, dots a few").isGreaterThan(12);
    }

    @Test
    void theDensitysCountsAreTheGradientsAtThePointCountedDirectly() throws Exception {
        // given: the gradients of all n at a point, drawn once
        Dataset large = BuiltInDatasets.load("large-line");
        GradientSpread spread = GradientSpread.at(LinearNeuron.INSTANCE, large, 1.2, 0.4);
        fx(() -> {
            view.show(spread, new int[] {5, 50_000}, 2);
            return null;
        });

        // then: each cell holds exactly the examples whose ∇C_x falls in it where the axes put it
        DensityCells cells = fx(view::densityCells);
        assertThat(directCounts(spread, cells)).isEqualTo(drawnCounts(cells));
        assertThat(cells.inside()).isEqualTo(100_000L);

        // when: counts made off the FX thread for this plot, and counts made for a plot 30 px wider
        double[] plot = fx(view::plotSize);
        DensityCells ready = GradientView.precount(spread, plot);
        DensityCells misfit = GradientView.precount(spread, new double[] {plot[0] + 30, plot[1]});
        int recounts = fx(view::densityRecounts);
        DensityCells used = fx(() -> {
            view.show(spread, ready, new int[] {7}, 1);
            return view.densityCells();
        });
        DensityCells usedForMisfit = fx(() -> {
            view.show(spread, misfit, new int[] {8}, 1);
            return view.densityCells();
        });

        // then: the ready counts are drawn as they are; the misfit ones are not, the plot's own are
        assertThat(used).isSameAs(ready);
        assertThat(fx(view::densityRecounts)).as("counted again on the FX thread").isEqualTo(recounts);
        assertThat(usedForMisfit).isNotSameAs(misfit);
        assertThat(drawnCounts(usedForMisfit)).isEqualTo(directCounts(spread, usedForMisfit));
    }

    /** Per cell, row by row, the examples whose ∇C_x the view's axes put in that cell. */
    private int[] directCounts(GradientSpread spread, DensityCells cells) throws Exception {
        int columns = cells.grid().columns();
        int rows = cells.grid().rows();
        int[] counts = new int[columns * rows];
        fx(() -> {
            for (int i = 0; i < spread.size(); i++) {
                double[] p = view.toPixel(spread.gw(i), spread.gb(i));
                int c = (int) Math.floor((p[0] - p[2]) / DensityCells.CELL);
                int r = (int) Math.floor((p[1] - p[3]) / DensityCells.CELL);
                if (c >= 0 && c < columns && r >= 0 && r < rows) {
                    counts[r * columns + c]++;
                }
            }
            return null;
        });
        return counts;
    }

    private static int[] drawnCounts(DensityCells cells) {
        int columns = cells.grid().columns();
        int[] counts = new int[columns * cells.grid().rows()];
        for (int k = 0; k < counts.length; k++) {
            counts[k] = cells.count(k % columns, k / columns);
        }
        return counts;
    }

    @Test
    void aFewThousandAreStillDots() throws Exception {
        Dataset noisy = BuiltInDatasets.load("noisy-line");

        fx(() -> {
            view.show(GradientSpread.at(LinearNeuron.INSTANCE, noisy, -1, -3), new int[] {1, 2, 3}, 3);
            return null;
        });

        assertThat(fx(view::drawsDensity)).isFalse();
        assertThat(fx(view::densityCount)).isZero();
        assertThat(fx(view::caption)).isEqualTo("∇C_x of each example, n = 100");
    }

    @Test
    void aBatchTooLargeToRingWholeIsSaidToBeThinned() {
        assertThat(GradientPainter.ringNote(20_000)).isEqualTo(" (5,000 of its 20,000 ringed)");
        assertThat(GradientPainter.ringNote(5_000)).isEmpty();
    }

    /** Distinct neutral greys (r = g = b within a little) darker than the white plot. */
    private static int shades(WritableImage image) {
        java.util.Set<Integer> greys = new java.util.HashSet<>();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = image.getPixelReader().getColor(x, y);
                boolean neutral = Math.abs(c.getRed() - c.getGreen()) < 0.06 && Math.abs(c.getGreen() - c.getBlue()) < 0.06;
                if (neutral && c.getBrightness() < 0.95) {
                    greys.add((int) Math.round(c.getBrightness() * 100));
                }
            }
        }
        return greys.size();
    }
}
