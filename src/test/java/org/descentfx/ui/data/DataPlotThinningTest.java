package org.descentfx.ui.data;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A data set too large to draw whole says how it was thinned; the mini-batch is still ringed exactly. */
@ExtendWith(ApplicationExtension.class)
class DataPlotThinningTest {
    private DataPlotView plot;

    @Start
    void start(Stage stage) {
        plot = new DataPlotView();
        stage.setScene(new Scene(new StackPane(plot), 640, 420));
        stage.show();
    }

    @Test
    void theLargeLineIsDrawnAsEveryTwentiethExampleAndSaysSo() throws Exception {
        Dataset large = BuiltInDatasets.load("large-line");
        int[] batch = IntStream.range(0, 100).map(i -> 997 * i + 13).toArray();

        String caption = fx(() -> {
            plot.showData(large);
            plot.highlight(batch);
            return plot.thinningCaption();
        });

        assertThat(caption).isEqualTo("every 20th example shown: 5,000 of 100,000");
        assertThat(fx(plot::drawnPointCount)).isEqualTo(DataPlotView.MAX_DRAWN_POINTS);
        assertThat(fx(plot::highlightedCount)).as("every example of the batch ringed").isEqualTo(batch.length);
        assertThat(fx(plot::batchThinningNote)).isEmpty();
    }

    @Test
    void theCaptionIsDrawnAboveThePlotOnlyWhenThinned() throws Exception {
        fx(() -> {
            plot.showData(BuiltInDatasets.load("large-line"));
            return null;
        });
        WritableImage thinned = snapshot(plot);
        fx(() -> {
            plot.showData(BuiltInDatasets.load("noisy-line"));
            return null;
        });
        WritableImage whole = snapshot(plot);

        assertThat(fx(plot::thinningCaption)).isEmpty();
        int band = 26; // the margin above the plot, where only the caption is written
        assertThat(darkPixelsAbove(thinned, band)).as("caption text").isGreaterThan(40);
        assertThat(darkPixelsAbove(whole, band)).isZero();
    }

    @Test
    void aMiniBatchTooLargeToRingWholeIsSaidToBeThinned() throws Exception {
        int[] batch = IntStream.range(0, 20_000).toArray();

        String note = fx(() -> {
            plot.showData(BuiltInDatasets.load("large-line"));
            plot.highlight(batch);
            return plot.batchThinningNote();
        });

        assertThat(note).isEqualTo("ringed: 5,000 of the mini-batch's 20,000 (evenly spaced)");
    }

    @Test
    void captionsNameTheStrideOnlyWhenItIsWhole() {
        assertThat(Thinning.caption(5_000, 1_000_000)).isEqualTo("every 200th example shown: 5,000 of 1,000,000");
        assertThat(Thinning.caption(5_000, 7_000)).isEqualTo("evenly spaced examples shown: 5,000 of 7,000");
        assertThat(Thinning.caption(5_000, 5_000)).isEmpty();
        assertThat(Thinning.caption(2_000, 42_000)).startsWith("every 21st example");
        assertThat(Thinning.caption(1_000, 12_000)).startsWith("every 12th example");
    }

    private static int darkPixelsAbove(WritableImage image, int rows) {
        int dark = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = image.getPixelReader().getColor(x, y);
                dark += c.getBrightness() < 0.7 ? 1 : 0;
            }
        }
        return dark;
    }
}
