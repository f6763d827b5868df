package org.descentfx.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.gradient.GradientSpread;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;
import org.descentfx.core.surface.CostSurface;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.ui.DescentApp;
import org.descentfx.ui.controls.DataChoice;
import org.descentfx.ui.data.DataPlotView;
import org.descentfx.ui.gradient.GradientView;
import org.descentfx.ui.plot.FrameProbe;

/**
 * Part 7 of the benchmarks, a large n: the built-in set large-line (n = 100,000), headless under Monocle
 * in a JVM of its own (as {@link WindowBench}). It times, as medians, one cost surface (the closed form
 * from the moments, at 256 × 256 nodes, against a 64 × 64 grid summed over the n examples),
 * the per-example gradients of one point, one gradient-view draw (a density of all n) and one data-plot
 * draw (5,000 of the n); the steps per second of a run that measures C after every step (closed form),
 * for m = 100 and m = n; and the real window's frames with large-line chosen, comparison on, playing at
 * the default 30 steps per second and, with the gradient view, as fast as the steps go (our CPU per
 * frame on the FX thread, and the render thread's, which rasterizes what the canvases were told to
 * draw), and for scale the same with the noisy line (n = 100). {@code --rows} prints the suite's rows;
 * {@code --quick} plays 5 s, not 15.
 */
public final class LargeNBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int GRID = 256;
    /** The summed grid is the map's quick first grid: 256 × 256 summed nodes would take minutes. */
    private static final int SUMMED = CostSurface.COARSE_SIZE;

    private LargeNBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        boolean rows = List.of(args).contains("--rows");
        startToolkit();
        List<Row> out = measure(quick ? 5 : 15);
        for (Row r : out) {
            System.err.printf(java.util.Locale.ROOT, "%-70s %12s %s%n", r.benchmark(), r.figureText(), r.unit());
            if (rows) {
                System.out.println(WindowPart.encode(r));
            }
        }
        Platform.exit();
    }

    static List<Row> measure(double playSeconds) throws Exception {
        Dataset data = BuiltInDatasets.load("large-line");
        Model model = LinearNeuron.INSTANCE;
        Window window = new Window(-3.5, 3.5, 0.3, 3.7);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("cost surface, closed form from the moments, " + GRID + " × " + GRID,
                medianMs(20, () -> CostSurface.compute(model, data, window, GRID, GRID)), "ms", Target.below(16)));
        rows.add(Row.of("a " + SUMMED + " × " + SUMMED + " grid summed over all n examples instead (what the closed form saves)",
                medianMs(3, () -> summedGrid(model, data, window)), "ms"));
        rows.add(Row.of("the n per-example gradients ∇C_x at one point",
                medianMs(30, () -> GradientSpread.at(model, data, -2, 3)), "ms"));
        double[] draws = onFx(() -> viewDraws(data, model));
        rows.add(new Row("the n ∇C_x at a new point and their density's counts (the feed's own thread)",
                offThreadMs(data, model), "ms", Target.below(33)));
        rows.add(new Row("one gradient-view draw at a new point, the counts made ready (CPU, FX thread)", draws[3], "ms",
                Target.below(8)));
        rows.add(Row.of("  the same, counted on the FX thread (a plot of another size than the counts')", draws[0], "ms"));
        rows.add(Row.of("  a redraw at the same point: a new m or mini-batch (CPU, FX thread)", draws[4], "ms"));
        rows.add(new Row("one data-plot draw, points and fit: 5,000 of n, 640 × 420 (CPU, FX thread)", draws[1], "ms",
                Target.below(16)));
        rows.add(Row.of("one data-plot frame while training: fit and the 100 ringed (CPU, FX thread)", draws[2], "ms"));
        rows.add(new Row("steps/s, m = 100, C after every step (closed form)", stepsPerSecond(data, model, 100), "steps/s",
                Target.atLeast(10_000)));
        rows.add(Row.of("steps/s, m = n (full batch), C after every step", stepsPerSecond(data, model, data.size()),
                "steps/s"));
        double[] map = mapFrames(data, model, playSeconds / 3);
        rows.add(Row.of("the map alone, two long paths (m = 100 and m = 1) growing 300 steps a frame: FX-thread CPU per frame, the steps left out",
                map[0], "ms"));
        rows.add(Row.of("  the same, the render thread's CPU per frame", map[1], "ms"));
        rows.add(Row.of("  the m = 100 path's vertices at the end", map[2], "vertices"));
        rows.add(Row.of("  the m = 1 path's vertices at the end", map[3], "vertices"));
        rows.addAll(window(playSeconds, "large-line", false, false));
        rows.addAll(window(playSeconds, "large-line", true, false));
        rows.addAll(window(playSeconds, "large-line", true, true));
        rows.addAll(window(playSeconds, "noisy-line", false, false));
        return rows;
    }

    /**
     * The map by itself in a stage, the valley of large-line under two runs that each had 200,000 steps
     * already (m = 100 and m = 1, η = 0.1): for {@code seconds}, every pulse takes 300 steps of each and
     * shows them. Returns the FX thread's CPU ms per frame without the steps (the map's paint, CSS and
     * layout), the render thread's, and the vertices of both paths at the end.
     */
    private static double[] mapFrames(Dataset data, Model model, double seconds) throws Exception {
        Point start = new Point(-2, 3);
        Window window = Window.around(org.descentfx.core.surface.Minimum.of(model, data, start), start, 0.35, 1.0);
        var grid = CostSurface.compute(model, data, window, GRID, GRID);
        var contours = org.descentfx.core.surface.ContourLines.trace(grid,
                org.descentfx.core.surface.ContourLines.logLevels(grid.min(), grid.max(), 10));
        org.descentfx.ui.map.CostMapView map = onFx(() -> {
            org.descentfx.ui.map.CostMapView v = new org.descentfx.ui.map.CostMapView();
            v.setWindow(window);
            v.showSurface(grid, contours);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(v), 700, 560));
            stage.show();
            return v;
        });
        int[] sizes = {100, 1};
        Run[] runs = new Run[sizes.length];
        org.descentfx.engine.TraceHistory[] histories = new org.descentfx.engine.TraceHistory[sizes.length];
        onFx(() -> {
            for (int k = 0; k < runs.length; k++) {
                runs[k] = new Run(data, model, start, new Hyperparameters(0.1, sizes[k]), 1);
                histories[k] = new org.descentfx.engine.TraceHistory();
                histories[k].pathFor(map.pathScale());
                advance(runs[k], histories[k], 200_000);
            }
            showRuns(map, runs, histories);
            return null;
        });
        long fx = onFx(Thread::currentThread).getId();
        long render = THREADS.getThreadCpuTime(renderThread());
        long fxCpu = THREADS.getThreadCpuTime(fx);
        int[] frames = {0};
        long[] stepping = {0};
        javafx.animation.AnimationTimer timer = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                // the steps are the training thread's work in the window: left out of the FX thread's figure
                long t = THREADS.getCurrentThreadCpuTime();
                for (int k = 0; k < runs.length; k++) {
                    advance(runs[k], histories[k], 300);
                }
                stepping[0] += THREADS.getCurrentThreadCpuTime() - t;
                showRuns(map, runs, histories);
                frames[0]++;
            }
        };
        onFx(() -> {
            timer.start();
            return null;
        });
        LockSupport.parkNanos((long) (seconds * 1e9));
        onFx(() -> {
            timer.stop();
            map.getScene().getWindow().hide();
            return null;
        });
        double n = Math.max(1, frames[0]);
        return new double[] {(THREADS.getThreadCpuTime(fx) - fxCpu - stepping[0]) / 1e6 / n,
            (THREADS.getThreadCpuTime(renderThread()) - render) / 1e6 / n,
            histories[0].path().size(), histories[1].path().size()};
    }

    private static void advance(Run run, org.descentfx.engine.TraceHistory history, int steps) {
        for (int i = 0; i < steps; i++) {
            run.stepMiniBatch();
            history.append(run.step(), run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(), Double.NaN);
        }
    }

    private static void showRuns(org.descentfx.ui.map.CostMapView map, Run[] runs,
                                 org.descentfx.engine.TraceHistory[] histories) {
        List<org.descentfx.ui.plot.Trace> traces = new ArrayList<>();
        javafx.scene.paint.Color[] colors = {org.descentfx.ui.plot.RunColors.MINI_BATCH,
            org.descentfx.ui.plot.RunColors.STOCHASTIC};
        for (int k = 0; k < runs.length; k++) {
            traces.add(new org.descentfx.ui.plot.Trace("run " + k, colors[k],
                    histories[k], new Point(runs[k].w(), runs[k].b()), null, true, false));
        }
        map.setPlaying(true);
        map.showTraces(traces);
    }

    private static long renderThread() {
        for (long id : THREADS.getAllThreadIds()) {
            var info = THREADS.getThreadInfo(id);
            if (info != null && info.getThreadName().equals("QuantumRenderer-0")) {
                return id;
            }
        }
        throw new IllegalStateException("no render thread");
    }

    private static double[] summedGrid(Model model, Dataset data, Window window) {
        double[] sums = new double[SUMMED];
        for (int j = 0; j < SUMMED; j++) {
            double b = window.bMin() + (window.bMax() - window.bMin()) * j / (SUMMED - 1);
            for (int i = 0; i < SUMMED; i++) {
                double w = window.wMin() + (window.wMax() - window.wMin()) * i / (SUMMED - 1);
                sums[j] += QuadraticCost.cost(model, data, w, b);
            }
        }
        return sums;
    }

    /**
     * CPU ms on the FX thread: a gradient-view draw at a new point counting itself, a data-plot background
     * draw, a data-plot overlay frame, a gradient-view draw at a new point with its counts made ready, and
     * a redraw at the same point.
     */
    private static double[] viewDraws(Dataset data, Model model) {
        GradientView gradients = new GradientView();
        DataPlotView plot = new DataPlotView();
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(gradients, plot), 640, 420));
        stage.show();
        int[] batch = IntStream.range(0, 100).map(i -> 991 * i + 7).toArray();
        GradientSpread[] spreads = new GradientSpread[41];
        for (int k = 0; k < spreads.length; k++) {
            spreads[k] = GradientSpread.at(model, data, -2 + 0.01 * k, 3 - 0.01 * k);
        }
        int[] next = {0};
        double counting = medianCpuMs(40, () -> gradients.show(spreads[next[0]++ % spreads.length], batch, 100));
        double[] size = gradients.plotSize();
        gradients.show(spreads[0], batch, 100);
        var ready = java.util.Arrays.stream(spreads).map(s -> GradientView.precount(s, size)).toList();
        next[0] = 1;
        double made = medianCpuMs(40, () -> {
            int k = next[0]++ % spreads.length;
            gradients.show(spreads[k], ready.get(k), batch, 100);
        });
        int[] m = {1};
        double same = medianCpuMs(40, () -> gradients.show(spreads[0], ready.get(0), batch, 1 + m[0]++ % 50));
        List<org.descentfx.ui.plot.Trace> none = List.of();
        double p = medianCpuMs(20, () -> plot.showData(data));
        double f = medianCpuMs(40, () -> plot.show(model, none, batch));
        stage.close();
        return new double[] {counting, p, f, made, same};
    }

    /** What the gradient feed's thread does for a new point: the n ∇C_x and their count into a 640 × 420 view's cells. */
    private static double offThreadMs(Dataset data, Model model) {
        double[] plot = {560, 320};
        int[] k = {0};
        return medianMs(30, () -> GradientView.precount(
                GradientSpread.at(model, data, -2 + 0.01 * k[0], 3 - 0.01 * k[0]++), plot));
    }

    private static double stepsPerSecond(Dataset data, Model model, int m) {
        Run run = new Run(data, model, new Point(-2, 3), new Hyperparameters(0.1, m), 1);
        long steps = m == data.size() ? 200 : 200_000;
        for (int i = 0; i < steps / 10; i++) {
            run.stepMiniBatch();
            run.cost();
        }
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (long i = 0; i < steps; i++) {
            run.stepMiniBatch();
            run.cost();
        }
        return steps / ((THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    /**
     * The app with {@code set} chosen, comparison on, playing at 30 steps/s, the contour map or the
     * gradient view shown: our time per frame on the FX thread, all of the FX thread's, the render
     * thread's share of a core and the frames per second.
     */
    private static List<Row> window(double seconds, String set, boolean gradients, boolean fast) throws Exception {
        String view = (gradients ? set + ", gradient view" : set) + (fast ? ", steps as fast as they go" : "");
        DescentApp app = new DescentApp();
        Stage stage = onFx(Stage::new);
        FrameRecorder recorder = new FrameRecorder();
        onFx(() -> {
            app.start(stage);
            Scene scene = stage.getScene();
            scene.addPreLayoutPulseListener(recorder::beforeLayout);
            scene.addPostLayoutPulseListener(recorder::afterLayout);
            @SuppressWarnings("unchecked")
            ComboBox<DataChoice> choice = (ComboBox<DataChoice>) scene.lookup("#datasetChoice");
            choice.setValue(choice.getItems().stream()
                    .filter(c -> !c.isOpenAction() && c.data().name().equals(set)).findFirst().orElseThrow());
            ((ToggleSwitch) scene.lookup("#compareToggle")).setSelected(true);
            if (gradients) {
                javafx.scene.Node pane = scene.lookup("#gradientView");
                while (!(pane instanceof javafx.scene.control.TabPane)) {
                    pane = pane.getParent();
                }
                ((javafx.scene.control.TabPane) pane).getSelectionModel().select(2);
            }
            return null;
        });
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(2));
        onFx(() -> {
            if (fast) { // the paths grow by thousands of points a frame: what the map strokes per frame shows
                javafx.scene.control.Slider speed = (javafx.scene.control.Slider) stage.getScene().lookup("#speedSlider");
                speed.setValue(speed.getMax());
            }
            ((Button) stage.getScene().lookup("#playButton")).fire();
            return recorder.start();
        });
        java.util.Map<Long, Long> before = threadCpu();
        LockSupport.parkNanos((long) (seconds * 1e9));
        FrameRecorder.Result r = onFx(recorder::stop);
        java.util.Map<Long, Long> after = threadCpu();
        double render = share(before, after, "QuantumRenderer-0", seconds);
        double fx = share(before, after, "JavaFX Application Thread", seconds);
        StringBuilder busiest = new StringBuilder();
        after.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue() - before.getOrDefault(b.getKey(), 0L),
                        a.getValue() - before.getOrDefault(a.getKey(), 0L)))
                .limit(4).forEach(e -> busiest.append(String.format(java.util.Locale.ROOT, " %s %.0f%%",
                        THREADS.getThreadInfo(e.getKey()) == null ? "?" : THREADS.getThreadInfo(e.getKey()).getThreadName(),
                        100 * (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / (seconds * 1e9))));
        System.err.println(view + ", window: the busiest threads:" + busiest);
        onFx(() -> {
            app.stop();
            stage.close();
            return null;
        });
        WindowFigures.Spread cpu = WindowFigures.Spread.of(r.warmOursCpu());
        double[] sections = r.sectionMs(r.sectionCpuNanos());
        StringBuilder split = new StringBuilder();
        for (FrameProbe.Section s : FrameProbe.Section.values()) {
            split.append(String.format(java.util.Locale.ROOT, " %s %.2f", s.name().toLowerCase(java.util.Locale.ROOT),
                    sections[s.ordinal()]));
        }
        System.err.println(view + ", window: CPU ms per frame by section:" + split
                + String.format(java.util.Locale.ROOT, "; FX thread, all code, median %.2f",
                        WindowFigures.Spread.of(r.fxCpu()).median()));
        return List.of(
                new Row("window frame, " + view + ", comparison on" + (fast ? "" : ", 30 steps/s") + ": our CPU, median",
                        cpu.median(), "ms",
                        Target.below(FrameRecorder.FRAME_BUDGET_MS)),
                Row.of("  the same, 99th percentile", cpu.p99(), "ms"),
                Row.of("  the FX thread's CPU per frame, all code, median", WindowFigures.Spread.of(r.fxCpu()).median(), "ms"),
                Row.of("  the FX thread busy, share of a core", 100 * fx, "%"),
                Row.of("  the render thread busy, share of a core", 100 * render, "%"),
                // the render thread's CPU is read at the start and the end only: a mean per frame, not a median
                Row.of("  the render thread's CPU per frame, mean", render * seconds * 1e3 / Math.max(1, r.frames()), "ms"),
                Row.of("  frames per second the toolkit ran", r.frames() / r.wallSeconds(), "fps"));
    }

    /** The CPU time of the thread named {@code name} between the two readings, as a share of {@code seconds}. */
    private static double share(java.util.Map<Long, Long> before, java.util.Map<Long, Long> after, String name,
                                double seconds) {
        long nanos = 0;
        for (var e : after.entrySet()) {
            var info = THREADS.getThreadInfo(e.getKey());
            if (info != null && info.getThreadName().equals(name)) {
                nanos += e.getValue() - before.getOrDefault(e.getKey(), 0L);
            }
        }
        return nanos / (seconds * 1e9);
    }

    private static java.util.Map<Long, Long> threadCpu() {
        java.util.Map<Long, Long> cpu = new java.util.HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            cpu.put(id, Math.max(0, THREADS.getThreadCpuTime(id)));
        }
        return cpu;
    }

    private static double medianMs(int times, Runnable work) {
        work.run();
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[times / 2];
    }

    private static double medianCpuMs(int times, Runnable work) {
        work.run();
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            long t = THREADS.getCurrentThreadCpuTime();
            work.run();
            ms[i] = (THREADS.getCurrentThreadCpuTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[times / 2];
    }

    private static void startToolkit() {
        System.setProperty("descentfx.probe", "true");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", "1600x1200-32");
        if (!FrameProbe.ON) {
            throw new IllegalStateException("FrameProbe was loaded before the harness could switch it on");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.join();
        Platform.setImplicitExit(false);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }
}
