package org.descentfx.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.descentfx.ui.DescentApp;
import org.descentfx.ui.plot.FrameProbe;
import org.descentfx.ui.experiment.Experiment;

/**
 * Part 4 of the benchmarks, the window's frame budget: the real app, headless under Monocle, with
 * comparison on (three runs) at full speed. For a while (20 s; 5 s with {@code --quick}) it
 * records, frame by frame, the time our code spends on the FX thread — snapshots arriving, the
 * frame timer's drawing, and the pulse's CSS and layout (which include the map's painting) — in
 * wall time and in CPU time, and how many frames the toolkit ran and how many drew new points.
 * Then it plays on until the first run has taken 10,000,000 steps (1,000,000 with {@code --quick})
 * and measures the heap after a full GC.
 *
 * <p>{@code java -Xmx512m -cp … org.descentfx.bench.WindowBench [--quick] [--seconds S] [--steps N]
 * [--speed STEPS_PER_S] [--worst N] [--rows]}: {@code --worst N} also lists the N slowest frames by
 * section; {@code --rows} prints the table on standard error and the suite's rows on standard output
 * (how {@link WindowPart} runs it).
 * The JVM must not have started JavaFX before: Monocle is chosen here, before the toolkit starts.
 */
public final class WindowBench {
    private WindowBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = java.util.List.of(args).contains("--quick");
        boolean rows = false;
        double seconds = quick ? 5 : 20;
        long steps = quick ? 1_000_000 : 10_000_000;
        double speed = Experiment.SPEED_LIMIT;
        int worst = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> { }
                    case "--rows" -> rows = true;
                    case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                    case "--steps" -> steps = Long.parseLong(args[++i]);
                    case "--speed" -> speed = Double.parseDouble(args[++i]);
                    case "--worst" -> worst = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
        } catch (RuntimeException e) {
            System.err.println("window bench: " + e.getMessage()
                    + ": use --quick, --seconds S, --steps N, --speed STEPS_PER_S, --worst N, --rows");
            System.exit(2);
        }
        WindowFigures f = run(seconds, steps, speed);
        if (rows) {
            // for the suite (WindowPart): the table to the console, the rows to the pipe
            System.err.print(f.table());
            f.rows().forEach(r -> System.out.println(WindowPart.encode(r)));
        } else {
            System.out.print(f.table());
        }
        f.slowFrames().stream().limit(worst).forEach(System.out::println);
        Platform.exit();
    }

    /** The full measurement (20 s, 10,000,000 steps) or the quick one (5 s, 1,000,000 steps), at full speed. */
    public static WindowFigures run(boolean quick) throws Exception {
        return quick ? run(5, 1_000_000, Experiment.SPEED_LIMIT) : run(20, 10_000_000, Experiment.SPEED_LIMIT);
    }

    /**
     * Plays for {@code seconds} while recording frames, then until the first run has
     * {@code targetSteps}, then measures the heap. {@code speed} in steps per second, at or above
     * {@link Experiment#SPEED_LIMIT} for as fast as possible.
     */
    public static WindowFigures run(double seconds, long targetSteps, double speed) throws Exception {
        startToolkit();
        AppWindow w = onFx(() -> AppWindow.open(targetSteps));
        try (HeapWatch heap = new HeapWatch()) {
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(2)); // the first surface arrives, start-up settles
            long playPressed = System.nanoTime();
            onFx(() -> w.play(speed));
            onFx(w.recorder::start);
            CpuClock fx = new CpuClock(w.fxThreadId);
            CpuClock render = new CpuClock(threadId("QuantumRenderer"));
            CpuClock training = new CpuClock(threadId("descentfx-training"));
            long stepsBefore = onFx(w::step);
            long t0 = System.nanoTime();
            LockSupport.parkNanos((long) (seconds * 1e9));
            FrameRecorder.Result r = onFx(w.recorder::stop);
            double stepsPerSecond = (onFx(w::step) - stepsBefore) / ((System.nanoTime() - t0) / 1e9);
            WindowFigures.Busy busy = new WindowFigures.Busy(fx.busy(), render.busy(), training.busy());
            while (onFx(() -> w.reachedTargetAt) == 0) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
            double toTarget = (onFx(() -> w.reachedTargetAt) - playPressed) / 1e9;
            System.gc();
            System.gc();
            double heapMb = heapAfterLastGcMb();
            return new WindowFigures(seconds, r.frames(), WindowFigures.Spread.of(r.ours()),
                    WindowFigures.Spread.of(r.oursCpu()), r.ours().countAboveMs(FrameRecorder.FRAME_BUDGET_MS),
                    r.oursCpu().countAboveMs(FrameRecorder.FRAME_BUDGET_MS),
                    WindowFigures.Warm.of(r.warmOurs(), r.warmOursCpu()), WindowFigures.Spread.of(r.fxCpu()),
                    r.frames() / r.wallSeconds(), r.repaints() / r.wallSeconds(), stepsPerSecond,
                    busy.render() * r.wallSeconds() * 1000 / Math.max(1, r.frames()), busy,
                    r.sectionMs(r.sectionNanos()), r.sectionMs(r.sectionCpuNanos()), targetSteps, toTarget,
                    heapMb, heap.mostAfterGcMb(), r.slowText());
        } finally {
            onFx(w::close);
        }
    }

    /**
     * The heap in use right after the last collection. Not the heap in use now: the training thread
     * goes on allocating between the end of a GC and the moment one could read it.
     */
    private static double heapAfterLastGcMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
                .mapToLong(p -> p.getCollectionUsage().getUsed()).sum() / 1048576.0;
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
        try {
            Platform.startup(() -> started.complete(null));
            started.join();
        } catch (IllegalStateException alreadyRunning) {
            // a second measurement in the same JVM: the toolkit is up
        }
        Platform.setImplicitExit(false);
    }

    /** The app's window, driven through its controls as a learner would. FX thread only. */
    private static final class AppWindow {
        final DescentApp app = new DescentApp();
        final Stage stage = new Stage();
        final FrameRecorder recorder = new FrameRecorder();
        final long fxThreadId = Thread.currentThread().getId();
        Label stepLabel;
        long reachedTargetAt;

        static AppWindow open(long targetSteps) throws Exception {
            AppWindow w = new AppWindow();
            w.app.start(w.stage);
            Scene scene = w.stage.getScene();
            w.stepLabel = (Label) scene.lookup("#stepLabel");
            scene.addPreLayoutPulseListener(w.recorder::beforeLayout);
            scene.addPostLayoutPulseListener(w.recorder::afterLayout);
            // after the recorder's: outside the time it counts
            scene.addPostLayoutPulseListener(() -> {
                if (w.reachedTargetAt == 0 && w.step() >= targetSteps) {
                    w.reachedTargetAt = System.nanoTime();
                }
            });
            return w;
        }

        /** Comparison on, the speed slider at {@code speed} (its right end: as fast as possible), play. */
        Void play(double speed) {
            Scene scene = stage.getScene();
            ((ToggleSwitch) scene.lookup("#compareToggle")).setSelected(true);
            Slider slider = (Slider) scene.lookup("#speedSlider");
            slider.setValue(Math.min(slider.getMax(), Math.log10(speed)));
            ((Button) scene.lookup("#playButton")).fire();
            return null;
        }

        /** Steps of the first run, as the readout shows them. */
        long step() {
            String text = stepLabel.getText();
            return !text.isEmpty() && text.chars().allMatch(Character::isDigit) ? Long.parseLong(text) : 0;
        }

        Void close() {
            app.stop();
            stage.close();
            return null;
        }
    }

    /** A thread's CPU time over wall time since this clock was made; NaN for a thread not found. */
    private record CpuClock(long threadId, long cpuStart, long wallStart) {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        CpuClock(long threadId) {
            this(threadId, threadId < 0 ? 0 : THREADS.getThreadCpuTime(threadId), System.nanoTime());
        }

        double busy() {
            if (threadId < 0) {
                return Double.NaN;
            }
            return (THREADS.getThreadCpuTime(threadId) - cpuStart) / (double) (System.nanoTime() - wallStart);
        }
    }

    private static long threadId(String namePrefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(namePrefix))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
    }

    /** Runs {@code work} on the FX thread and waits for its result (a minute at most). */
    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
