package org.descentfx.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.descentfx.engine.TraceHistory;
import org.descentfx.ui.chart.CostChartView;
import org.descentfx.ui.data.DataPlotView;
import org.descentfx.ui.map.CostMapView;
import org.descentfx.ui.plot.RunColors;
import org.descentfx.ui.plot.Trace;

/**
 * What one frame of each view costs, alone, for the profile behind docs/WINDOW-BENCHMARK.md: the
 * chart, the data plot and the map (playing and paused) paint three full histories that grow as at
 * full speed (300, 3,000 and 30,000 points a frame), and the renderer then draws each view
 * ({@code Node.snapshot}). It reports the median CPU time of the paint on the FX thread and of the
 * drawing on the render thread, over the last two thirds of {@code -Diterations=300} frames.
 * {@code -Dviews=chart,data,playing} measures only the views named (of chart, data, playing,
 * paused): the paused map alone takes most of a full run.
 * Headless (Monocle, software pipeline), like {@link org.descentfx.bench.WindowBench}.
 */
public final class ViewPaintCost {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] VIEWS = {"chart", "data plot", "map, playing", "map, paused"};
    private static final String[] KEYS = {"chart", "data", "playing", "paused"};

    private ViewPaintCost() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1200-32");
        CompletableFuture<long[][][]> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                done.complete(measure(Integer.getInteger("iterations", 300)));
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        long[][][] cpu = done.get();
        for (int v = 0; v < VIEWS.length; v++) {
            if (!measured(v)) {
                continue;
            }
            System.out.printf(Locale.ROOT, "%-14s paint (FX thread) %7.3f ms   draw (render thread) %8.3f ms%n",
                    VIEWS[v], median(cpu[0][v]), median(cpu[1][v]));
        }
        Platform.exit();
    }

    /** CPU ns per frame: [FX or render][view][frame]. */
    private static long[][][] measure(int iterations) throws Exception {
        Dataset data = BuiltInDatasets.load("noisy-line");
        CostMapView map = new CostMapView();
        CostChartView chart = new CostChartView();
        DataPlotView plot = new DataPlotView();
        Stage stage = new Stage();
        stage.setScene(new Scene(new Pane(map, chart, plot), 1280, 800));
        map.resizeRelocate(0, 0, 700, 560);
        plot.resizeRelocate(700, 0, 560, 300);
        chart.resizeRelocate(700, 300, 560, 320);
        stage.show();
        map.setWindow(new Window(-1.5, 3.5, -3.5, 2.5));
        plot.showData(data);
        long render = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElseThrow().getId();
        Walks walks = new Walks();
        long[][][] cpu = new long[2][VIEWS.length][iterations];
        for (int i = 0; i < iterations; i++) {
            List<Trace> traces = walks.next();
            List<Runnable> paints = List.of(
                    () -> chart.show(traces, data.size()),
                    () -> plot.show(LinearNeuron.INSTANCE, traces, new int[] {1, 5, 9, 13, 40, 77, 80, 81, 90, 99}),
                    () -> paintMap(map, traces, true),
                    () -> paintMap(map, traces, false));
            Node[] nodes = {chart, plot, map, map};
            for (int v = 0; v < VIEWS.length; v++) {
                if (!measured(v)) {
                    continue;
                }
                long fx = THREADS.getCurrentThreadCpuTime();
                paints.get(v).run();
                cpu[0][v][i] = THREADS.getCurrentThreadCpuTime() - fx;
                long drawn = THREADS.getThreadCpuTime(render);
                nodes[v].snapshot(null, null);
                cpu[1][v][i] = THREADS.getThreadCpuTime(render) - drawn;
            }
        }
        stage.close();
        return cpu;
    }

    private static boolean measured(int view) {
        return List.of(System.getProperty("views", String.join(",", KEYS)).split(",")).contains(KEYS[view]);
    }

    private static void paintMap(CostMapView map, List<Trace> traces, boolean playing) {
        map.setPlaying(playing);
        map.showTraces(traces);
        map.layout();
    }

    private static double median(long[] nanos) {
        long[] warm = Arrays.copyOfRange(nanos, nanos.length / 3, nanos.length);
        Arrays.sort(warm);
        return warm[warm.length / 2] / 1e6;
    }

    /** Three noisy descents towards (2, 1), as seen by the map: a few pixels a step. */
    private static final class Walks {
        private static final int[] PER_FRAME = {3_000, 300, 30_000};
        private final Random random = new Random(1);
        private final List<TraceHistory> histories = List.of(new TraceHistory(), new TraceHistory(), new TraceHistory());
        private final double[][] wb = {{-1, -3}, {-1, -3}, {-1, -3}};
        private final long[] steps = new long[3];

        List<Trace> next() {
            List<Trace> traces = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                double[] p = wb[k];
                for (int i = 0; i < PER_FRAME[k]; i++) {
                    p[0] += 0.02 * (2 - p[0]) + 0.03 * random.nextGaussian();
                    p[1] += 0.002 * (1 - p[1]) + 0.03 * random.nextGaussian();
                    double cost = 0.1 + (p[0] - 2) * (p[0] - 2) + 0.01 * (p[1] - 1) * (p[1] - 1);
                    steps[k]++;
                    histories.get(k).append(steps[k], 10 * steps[k], p[0], p[1], cost * (1 + 0.3 * random.nextGaussian()), cost);
                }
                traces.add(new Trace("run " + k, List.of(RunColors.MINI_BATCH, RunColors.FULL_BATCH, RunColors.STOCHASTIC).get(k),
                        histories.get(k), new Point(p[0], p[1]), null, true, false));
            }
            return traces;
        }
    }
}
