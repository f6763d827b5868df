package org.descentfx.ui.experiment;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.surface.ContourLines;
import org.descentfx.core.surface.Contour;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.CostSurface;
import org.descentfx.core.surface.Window;
import org.descentfx.ui.progress.LatestWork;
import org.descentfx.ui.progress.Work;

/**
 * Computes cost surfaces off the FX thread: a coarse grid first, then the fine one, each with its
 * contour lines. A new request makes every older one obsolete; obsolete work is abandoned and
 * its results are never delivered, so the picture on screen is always the newest available.
 *
 * <p>A surface that takes longer than {@value #QUIET_MILLIS} ms (the sigmoid's over much data: each
 * node sums over all n examples) shows how far it has got ({@link #work}) and can be stopped
 * ({@link #cancel}); the picture on screen then stays as it was.
 *
 * <p>Thread rules: {@link #request} and {@link #cancel} from any thread; results and progress are
 * delivered through the {@code deliver} executor (the FX thread in the app).
 */
public final class SurfaceWorker implements AutoCloseable {
    /** A grid with its contour lines and the levels they were traced at. */
    public record Result(long request, CostGrid grid, List<Contour> contours, double[] levels) {
    }

    public static final int FINE_SIZE = 256;
    private static final int LEVELS = 14;
    /** Surfaces quicker than this show no progress: a strip that flashes would only distract. */
    static final long QUIET_MILLIS = 400;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "descentfx-surface");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong latest = new AtomicLong();
    private final Executor deliver;
    private final Consumer<Result> sink;
    private final LatestWork work;
    private final long quietNanos;

    SurfaceWorker(Executor deliver, Consumer<Result> sink) {
        this(deliver, sink, QUIET_MILLIS);
    }

    /** @param quietMillis how long a surface computes before its progress is shown */
    SurfaceWorker(Executor deliver, Consumer<Result> sink, long quietMillis) {
        this.deliver = deliver;
        this.sink = sink;
        this.work = new LatestWork(deliver);
        this.quietNanos = TimeUnit.MILLISECONDS.toNanos(quietMillis);
    }

    /** Asks for the surface of {@code model} on {@code data} over {@code window}; returns the request's number. */
    long request(Model model, Dataset data, Window window) {
        long id = latest.incrementAndGet();
        worker.execute(() -> compute(id, model, data, window));
        return id;
    }

    private void compute(long id, Model model, Dataset data, Window window) {
        Progress progress = new Progress(id, data.size(), System.nanoTime());
        try {
            CostSurface.progressive(model, data, window, FINE_SIZE, grid -> publish(id, grid), progress::cancelled);
        } catch (CancellationException obsolete) {
            // a newer request took over, or the learner stopped this one
        } catch (RuntimeException e) {
            System.err.println("DescentFX: cost surface failed: " + e.getMessage());
        } finally {
            if (progress.shown) {
                work.clear();
            }
        }
    }

    /**
     * Counts the grid's rows (or columns) as {@link CostSurface#progressive} starts them, through
     * the check it makes before each: the coarse grid's 64 of 64 nodes, then the fine grid's 256 of 256.
     */
    private final class Progress {
        private static final long COARSE = (long) CostSurface.COARSE_SIZE * CostSurface.COARSE_SIZE;
        private static final long TOTAL = COARSE + (long) FINE_SIZE * FINE_SIZE;

        private final long id;
        private final int n;
        private final long started;
        private final AtomicLong lines = new AtomicLong();
        private volatile boolean shown;

        Progress(long id, int n, long started) {
            this.id = id;
            this.n = n;
            this.started = started;
        }

        boolean cancelled() {
            if (latest.get() != id) {
                return true;
            }
            long line = lines.getAndIncrement();
            if (System.nanoTime() - started >= quietNanos) {
                shown = true;
                long nodes = line < CostSurface.COARSE_SIZE ? line * CostSurface.COARSE_SIZE
                        : COARSE + (line - CostSurface.COARSE_SIZE) * FINE_SIZE;
                work.report(Work.of(String.format("Computing the cost surface C(w, b) over n = %,d examples", n),
                        nodes, TOTAL));
            }
            return false;
        }
    }

    private void publish(long id, CostGrid grid) {
        double[] levels = defaultLevels(grid);
        List<Contour> contours = levels.length == 0 ? List.of() : ContourLines.trace(grid, levels);
        Result result = new Result(id, grid, contours, levels);
        deliver.execute(() -> {
            if (latest.get() == id) {
                sink.accept(result);
            }
        });
    }

    public static double[] defaultLevels(CostGrid grid) {
        double min = grid.min();
        double max = grid.max();
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            return new double[0];
        }
        return ContourLines.logLevels(min, max, LEVELS);
    }

    /** Stops the surface under way; the one on screen stays. Any thread. */
    void cancel() {
        latest.incrementAndGet();
    }

    /** The surface under way when it takes a while, null otherwise; FX thread. */
    ReadOnlyObjectProperty<Work> work() {
        return work.property();
    }

    @Override
    public void close() {
        latest.incrementAndGet();
        worker.shutdownNow();
    }
}
