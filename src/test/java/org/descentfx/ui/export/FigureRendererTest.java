package org.descentfx.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.descentfx.ui.plot.TestTraces.fx;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.engine.TraceHistory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.descentfx.ui.chart.CostChartView;
import org.descentfx.ui.plot.RunColors;
import org.descentfx.ui.plot.TestTraces;
import org.descentfx.ui.plot.Trace;
import org.descentfx.core.surface.Minimum;
import org.descentfx.ui.map.CostMapPixels;
import org.descentfx.ui.map.MapFrame;
import org.descentfx.ui.plot.ColorScale;

/** Figures are drawn offscreen at the asked size, complete at once: the map, the path, the data, the chart. */
@ExtendWith(ApplicationExtension.class)
class FigureRendererTest {
    private static final Point START = new Point(-1, -3);

    private Figure figure;
    private TraceHistory path;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @BeforeEach
    void descend() throws Exception {
        Dataset data = BuiltInDatasets.load("noisy-line");
        Run run = new Run(data, LinearNeuron.INSTANCE, START, new Hyperparameters(0.02, 10), 1);
        path = new TraceHistory();
        path.append(0, 0, run.w(), run.b(), Double.NaN, run.cost());
        for (int k = 0; k < 100; k++) {
            run.stepMiniBatch();
            path.append(run.step(), run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(), run.cost());
        }
        Trace trace = new Trace("mini-batch (m = 10)", RunColors.MINI_BATCH, path, run.point(), null, true, false);
        figure = new Figure(LinearNeuron.INSTANCE, data, Figure.frame(LinearNeuron.INSTANCE, data, START, List.of(path)),
                START, List.of(trace), CostChartView.XAxisMode.STEPS, false, null);
    }

    @Test
    void theArrowOfAFigureKnowsItsRunsMiniBatchSize() throws Exception {
        // given the figure's m = 10 run, and a full-batch run (m = n = 100) on the same data
        Run full = new Run(figure.data(), LinearNeuron.INSTANCE, START, new Hyperparameters(0.02, 100), 1);
        TraceHistory fullPath = new TraceHistory();
        fullPath.append(0, 0, full.w(), full.b(), Double.NaN, full.cost());
        for (int k = 0; k < 3; k++) {
            full.stepMiniBatch();
            fullPath.append(full.step(), full.examplesSeen(), full.w(), full.b(), full.lastBatchCost(), full.cost());
        }
        Trace fullTrace = new Trace("full batch", RunColors.FULL_BATCH, fullPath, full.point(), null, true, false);
        Figure both = new Figure(LinearNeuron.INSTANCE, figure.data(), figure.window(), START,
                List.of(figure.traces().get(0), fullTrace), CostChartView.XAxisMode.STEPS, false, null);

        // then the map is told each run's m, so a lone arrow reads −η∇C_X for m = 10 and −η∇C for m = n
        assertThat(FigureRenderer.miniBatchSizes(both)).containsExactly(10, 100);
    }

    @Test
    void theMapIsTheAskedSizeInViridisWithThePathOnIt() throws Exception {
        // when
        WritableImage image = fx(() -> FigureRenderer.render(figure, FigureView.MAP, 800, 600, 1));

        // then
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(CostMapPixels.distinctColours(image)).isGreaterThan(300);
        MapFrame frame = MapFrame.of(figure.window(), 800, 600);
        Point2D floor = frame.toPixel(Minimum.of(LinearNeuron.INSTANCE, figure.data(), START));
        assertThat(CostMapPixels.nearestDistance(image, floor, ColorScale.color(0), 3))
                .as("the valley's floor is the darkest viridis").isLessThan(60);
        Point2D midway = frame.toPixel(new Point(path.w(3), path.b(3)));
        assertThat(CostMapPixels.nearestDistance(image, midway, RunColors.MINI_BATCH, 2)).isLessThan(60);
    }

    @Test
    void aScaleDrawsTheSamePictureWithMorePixels() throws Exception {
        // when: twice the size at twice the scale
        WritableImage image = fx(() -> FigureRenderer.render(figure, FigureView.MAP, 1600, 1200, 2));

        // then: the path lies where it lies at scale 1, doubled
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1200);
        Point2D midway = MapFrame.of(figure.window(), 800, 600).toPixel(new Point(path.w(3), path.b(3)));
        assertThat(CostMapPixels.nearestDistance(image, midway.multiply(2), RunColors.MINI_BATCH, 3)).isLessThan(60);
    }

    @Test
    void allPutsTheMapLeftAndTheDataAndChartRight() throws Exception {
        // when
        WritableImage image = fx(() -> FigureRenderer.render(figure, FigureView.ALL, 1280, 800, 1));

        // then: viridis fills the left, the plots' white areas and the run's colour the right
        int left = 0;
        int right = 0;
        int white = 0;
        for (int y = 0; y < 800; y += 4) {
            for (int x = 0; x < 1280; x += 4) {
                boolean dark = CostMapPixels.distance(image.getPixelReader().getArgb(x, y), ColorScale.color(0.1)) < 40;
                left += dark && x < 700 ? 1 : 0;
                right += dark && x >= 760 ? 1 : 0;
                white += x >= 760 && image.getPixelReader().getArgb(x, y) == 0xFFFFFFFF ? 1 : 0;
            }
        }
        assertThat(left).as("the valley's floor on the map").isGreaterThan(200);
        assertThat(right).isZero();
        assertThat(white).as("plot areas of data and chart").isGreaterThan(8000);
        assertThat(TestTraces.pixelsNear(image, RunColors.MINI_BATCH)).isGreaterThan(400);
    }

    @Test
    void theChartAloneIsDrawnCompleteAtOnce() throws Exception {
        // when
        WritableImage image = fx(() -> FigureRenderer.render(figure, FigureView.CHART, 800, 450, 1));

        // then
        assertThat(TestTraces.pixelsNear(image, RunColors.MINI_BATCH)).isGreaterThan(200);
    }

    @Test
    void aPngIsWrittenAndAFolderThatIsMissingIsSaidSo() throws Exception {
        // given
        WritableImage image = fx(() -> FigureRenderer.render(figure, FigureView.DATA, 640, 480, 1));
        Path png = dir.resolve("data.png");
        Path nowhere = dir.resolve("missing").resolve("data.png");

        // when
        FigureRenderer.writePng(image, png);

        // then
        BufferedImage read = ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isEqualTo(640);
        assertThat(read.getHeight()).isEqualTo(480);
        assertThatThrownBy(() -> FigureRenderer.writePng(image, nowhere)).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot write").hasMessageContaining("does not exist");
    }

    @Test
    void thePngWriterWritesImageIosBytesAndTellsHowFarItGot() throws Exception {
        // given
        WritableImage image = fx(() -> FigureRenderer.render(figure, FigureView.MAP, 700, 500, 1));
        java.util.List<Double> progress = new java.util.ArrayList<>();

        // when
        PngWriter.write(image, dir.resolve("map.png"), progress::add);

        // then: the bytes of ImageIO.write, and progress that climbs to 1
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", expected);
        assertThat(java.nio.file.Files.readAllBytes(dir.resolve("map.png"))).isEqualTo(expected.toByteArray());
        assertThat(progress).hasSizeGreaterThan(2).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void anInterruptedPngWriteLeavesTheOldFile() throws Exception {
        // given
        WritableImage image = fx(() -> FigureRenderer.render(figure, FigureView.MAP, 700, 500, 1));
        Path png = java.nio.file.Files.writeString(dir.resolve("old.png"), "old");

        // when: the thread is interrupted as the export's Stop interrupts it
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> PngWriter.write(image, png, done -> { }))
                    .isInstanceOf(IOException.class).hasMessage("cannot write '" + png + "': the export was stopped");
        } finally {
            Thread.interrupted();
        }

        // then
        assertThat(java.nio.file.Files.readString(png)).isEqualTo("old");
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("old.png");
        }
    }
}
