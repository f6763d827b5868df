package org.descentfx.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.descentfx.ui.plot.TestTraces.fx;

import java.util.Random;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.descentfx.ui.plot.TestTraces;

/** What a decimated line looks like on a canvas, pixel by pixel. */
@ExtendWith(ApplicationExtension.class)
class ColumnBandsTest {
    private static final int WIDTH = 200;
    private static final int HEIGHT = 200;
    private static final double LINE = 2.5;

    @Start
    void start(Stage stage) {
        // the toolkit only; the canvas is drawn off screen
    }

    /** Draws the line in black on white and reads back the pixels. */
    private static PixelReader draw(ColumnDecimator line) throws Exception {
        WritableImage image = fx(() -> {
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, WIDTH, HEIGHT);
            ColumnBands.draw(gc, line, Color.BLACK, LINE);
            return canvas.snapshot(null, null);
        });
        return image.getPixelReader();
    }

    private static boolean ink(PixelReader pixels, int x, int y) {
        return pixels.getColor(x, y).getBrightness() < 0.5;
    }

    /** 20 noisy points per column across columns 20..179, around a slow wave. */
    private static ColumnDecimator noisy(long seed) {
        Random random = new Random(seed);
        ColumnDecimator line = new ColumnDecimator();
        for (int i = 0; i < 3200; i++) {
            double x = 20 + i / 20.0;
            line.add(x, 100 + 40 * Math.sin(x / 25) + 25 * random.nextGaussian());
        }
        line.finish();
        return line;
    }

    @Test
    void aNoisyLineCoversEachColumnFromItsHighestToItsLowestPoint() throws Exception {
        // given a noisy series of 20 points per pixel column
        ColumnDecimator line = noisy(1);

        PixelReader pixels = draw(line);

        // then every pixel between each column's extremes is inked: no column shows a gap
        int checked = 0;
        for (int k = 0; k < line.columns(); k++) {
            int x = (int) line.column(k);
            for (int y = (int) Math.ceil(line.top(k)); y <= Math.floor(line.bottom(k)); y++) {
                if (y >= 0 && y < HEIGHT) {
                    assertThat(ink(pixels, x, y)).as("column %d, row %d", x, y).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(160 * 50);
    }

    @Test
    void aNoisyLineReachesNoFurtherThanHalfItsWidthBeyondItsNeighbourhood() throws Exception {
        ColumnDecimator line = noisy(2);

        PixelReader pixels = draw(line);

        // then above the highest and below the lowest point of a column and its neighbours, by
        // more than half the line's width and a pixel of antialiasing, nothing is inked
        double reach = LINE / 2 + 1;
        for (int k = 1; k + 1 < line.columns(); k++) {
            int x = (int) line.column(k);
            double top = Math.min(line.top(k - 1), Math.min(line.top(k), line.top(k + 1)));
            double bottom = Math.max(line.bottom(k - 1), Math.max(line.bottom(k), line.bottom(k + 1)));
            for (int y = 0; y < HEIGHT; y++) {
                if (y + 1 < top - reach || y > bottom + reach) {
                    assertThat(ink(pixels, x, y)).as("column %d, row %d", x, y).isFalse();
                }
            }
        }
    }

    @Test
    void pointsColumnsApartAreJoinedByALine() throws Exception {
        // given points 20 px apart: one per column, none adjacent
        ColumnDecimator line = new ColumnDecimator();
        for (int i = 0; i < 8; i++) {
            line.add(20.5 + 20 * i, i % 2 == 0 ? 60.5 : 140.5);
        }
        line.finish();

        PixelReader pixels = draw(line);

        // then the middle of each segment is inked, and the middle between two segments is not
        for (int i = 0; i < 7; i++) {
            assertThat(ink(pixels, 30 + 20 * i, 100)).as("segment %d", i).isTrue();
        }
        assertThat(ink(pixels, 40, 100)).isFalse();
    }

    @Test
    void aFlatLineIsAsThickAsTheLine() throws Exception {
        // given a level line at y = 100, 10 points per column
        ColumnDecimator line = new ColumnDecimator();
        for (int i = 0; i < 1000; i++) {
            line.add(50 + i / 10.0, 100);
        }
        line.finish();

        PixelReader pixels = draw(line);

        // then a column of it is inked 2.5 px deep: rows 99 and 100 whole, a quarter of 98 and 101
        int inked = 0;
        for (int y = 80; y < 120; y++) {
            inked += ink(pixels, 100, y) ? 1 : 0;
        }
        assertThat(inked).isEqualTo(2);
        assertThat(ink(pixels, 100, 99)).isTrue();
        assertThat(ink(pixels, 100, 100)).isTrue();
    }
}
