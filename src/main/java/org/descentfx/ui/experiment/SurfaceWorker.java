package org.descentfx.ui.experiment;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.surface.ContourLines;
import org.descentfx.core.surface.Contour;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.CostSurface;
import org.descentfx.core.surface.Window;

/**
 * Computes cost surfaces off the FX thread: a coarse grid first, then the fine one, each with its
 * contour lines. A new request makes every older one obsolete; obsolete work is abandoned and
 * its results are never delivered, so the picture on screen is always the newest available.
 *
 * <p>Thread rules: {@link #request} from any thread; results are delivered through the
 * {@code deliver} executor (the FX thread in the app).
 */
public final class SurfaceWorker implements AutoCloseable {
    /** A grid with its contour lines and the levels they were traced at. */
    public record Result(long request, CostGrid grid, List<Contour> contours, double[] levels) {
    }

    public static final int FINE_SIZE = 256;
    private static final int LEVELS = 14;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "descentfx-surface");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong latest = new AtomicLong();
    private final Executor deliver;
    private final Consumer<Result> sink;

    SurfaceWorker(Executor deliver, Consumer<Result> sink) {
        this.deliver = deliver;
        this.sink = sink;
    }

    /** Asks for the surface of {@code model} on {@code data} over {@code window}; returns the request's number. */
    long request(Model model, Dataset data, Window window) {
        long id = latest.incrementAndGet();
        worker.execute(() -> compute(id, model, data, window));
        return id;
    }

    private void compute(long id, Model model, Dataset data, Window window) {
        try {
            CostSurface.progressive(model, data, window, FINE_SIZE, grid -> publish(id, grid),
                    () -> latest.get() != id);
        } catch (CancellationException obsolete) {
            // a newer request took over
        } catch (RuntimeException e) {
            System.err.println("DescentFX: cost surface failed: " + e.getMessage());
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

    @Override
    public void close() {
        latest.incrementAndGet();
        worker.shutdownNow();
    }
}
