package org.descentfx.bench;

import static org.descentfx.bench.WindowBench.onFx;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.descentfx.ui.DescentApp;

/**
 * The real window's frames with the 3D valley tab shown while training runs, on a real display with
 * the es2 pipeline ({@code -Dprism.forceGPU=true}: Mesa's llvmpipe under Xvfb, so the render thread
 * rasterizes on the CPU): frames per second, the render thread's and the FX thread's CPU per frame.
 * The noisy line at the window's start, steps as fast as they go, m = 1 and m = 10; the trail grows
 * for a while before the frames are counted, so it is long. Prints one row saying why when no display
 * or no 3D can be had.
 */
public final class ValleyWindowBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ValleyWindowBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        boolean rows = List.of(args).contains("--rows");
        List<Row> out = measure(quick ? 4 : 12, quick ? 3 : 10);
        for (Row r : out) {
            System.err.printf(java.util.Locale.ROOT, "%-70s %12s %s%n", r.benchmark(), r.figureText(), r.unit());
            if (rows) {
                System.out.println(WindowPart.encode(r));
            }
        }
        Platform.exit();
        System.exit(0);
    }

    static List<Row> measure(double growSeconds, double seconds) throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            return List.of(skipped("no display (DISPLAY is unset and no Xvfb could be started)"));
        }
        System.setProperty("prism.forceGPU", "true");
        System.setProperty("descentfx.prefs", "org/descentfx/bench"); // the learner's remembered window stays as it was
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
            started.get(60, TimeUnit.SECONDS);
        } catch (Exception | Error e) {
            return List.of(skipped("the toolkit could not open display " + display + ": " + e));
        }
        Platform.setImplicitExit(false);
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
            return List.of(skipped("no 3D pipeline on display " + display + " (SCENE3D unsupported even with -Dprism.forceGPU=true)"));
        }
        List<Row> rows = new ArrayList<>();
        for (int m : new int[] {1, 10}) {
            rows.addAll(window(m, growSeconds, seconds));
        }
        return rows;
    }

    private static Row skipped(String why) {
        return new Row("3D valley window: skipped, " + why, Double.NaN, "", Target.atLeast(0));
    }

    private static List<Row> window(int m, double growSeconds, double seconds) throws Exception {
        DescentApp app = new DescentApp();
        Stage stage = onFx(Stage::new);
        AtomicLong pulses = new AtomicLong();
        onFx(() -> {
            app.start(stage);
            Scene scene = stage.getScene();
            scene.addPostLayoutPulseListener(pulses::incrementAndGet);
            Node valley = scene.lookup("#valley3d");
            Node pane = valley;
            while (!(pane instanceof TabPane)) {
                pane = pane.getParent();
            }
            TabPane tabs = (TabPane) pane;
            tabs.getTabs().stream().filter(t -> t.getText().equals("3D valley")).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            return null;
        });
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(2)); // shown, laid out, skinned: the side panel can be looked up
        onFx(() -> {
            TextField batch = (TextField) stage.getScene().lookup("#batchSizeField");
            batch.setText(Integer.toString(m));
            batch.fireEvent(new ActionEvent());
            return null;
        });
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
        String shownM = onFx(() -> {
            Slider speed = (Slider) stage.getScene().lookup("#speedSlider");
            speed.setValue(speed.getMax());
            ((Button) stage.getScene().lookup("#playButton")).fire();
            return ((TextField) stage.getScene().lookup("#batchSizeField")).getText();
        });
        LockSupport.parkNanos((long) (growSeconds * 1e9)); // the trail grows long before the frames are counted
        long fx0 = cpu("JavaFX Application Thread");
        long render0 = cpu("QuantumRenderer-0");
        long process0 = processCpu();
        long frames0 = pulses.get();
        long t0 = System.nanoTime();
        LockSupport.parkNanos((long) (seconds * 1e9));
        long frames = pulses.get() - frames0;
        double wall = (System.nanoTime() - t0) / 1e9;
        double fxMs = (cpu("JavaFX Application Thread") - fx0) / 1e6 / Math.max(1, frames);
        double renderMs = (cpu("QuantumRenderer-0") - render0) / 1e6 / Math.max(1, frames);
        double processMs = (processCpu() - process0) / 1e6 / Math.max(1, frames);
        onFx(() -> {
            app.stop();
            stage.close();
            return null;
        });
        String name = "3D valley window, noisy line, m=" + shownM + ", steps as fast as they go";
        return List.of(
                Row.of(name + ": frames per second", frames / wall, "fps"),
                Row.of("  the render thread's CPU per frame, mean", renderMs, "ms"),
                Row.of("  the FX thread's CPU per frame, mean", fxMs, "ms"),
                Row.of("  the whole JVM's CPU per frame, mean", processMs, "ms"),
                Row.of("  the render thread busy, share of a core", 100 * renderMs * frames / (wall * 1e3), "%"),
                Row.of("  the FX thread busy, share of a core", 100 * fxMs * frames / (wall * 1e3), "%"));
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The CPU time of the thread named {@code name} so far, in ns (0 when there is none). */
    private static long cpu(String name) {
        long nanos = 0;
        for (long id : THREADS.getAllThreadIds()) {
            var info = THREADS.getThreadInfo(id);
            if (info != null && info.getThreadName().equals(name)) {
                nanos += Math.max(0, THREADS.getThreadCpuTime(id));
            }
        }
        return nanos;
    }
}
