package org.descentfx.ui;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.surface.BatchValley;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Snapshot;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.ui.map.CostMapView;

/**
 * Feeds the map's mini-batch valley: for the newest snapshot, the valley C_X of the first run's next
 * mini-batch at its current point, computed off the FX thread like the main surface. Requests
 * coalesce, newest wins: the worker takes only the newest request waiting, and a result reaches the
 * map only if it is newer than the one drawn (labelled with the step it is for), through one slot
 * and at most one queued hand-off. Playing as fast as possible, the batches change faster than their
 * valleys could be drawn: the map then draws none and says so.
 *
 * <p>Thread rules: {@link #update} on the FX thread; the computing on the feed's own thread; results
 * through {@code deliver} (the FX thread in the app).
 */
final class BatchValleyFeed implements AutoCloseable {
    /** The side of the valley's grid: half the map's, its lines are few and faint. */
    static final int GRID = 128;
    static final String AT_MAX_SPEED = "C_X hidden at speed max: the batches change faster than their valleys can be drawn";
    static final String DIVERGED = "No mini-batch valley: the run diverged";

    /** One valley to compute: the batch the run takes at {@code step}, from {@code at}. */
    record Request(long id, Model model, Dataset data, int[] batch, Point at, Window window, long step) {
        boolean sameAs(Model m, Dataset d, int[] b, Point p, Window w) {
            return model == m && data == d && Arrays.equals(batch, b) && at.equals(p) && window.equals(w);
        }
    }

    private record Result(Request request, BatchValley valley) {
    }

    private final CostMapView map;
    private final Executor deliver;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "descentfx-batch-valley");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Request> waiting = new AtomicReference<>();
    private final AtomicReference<Result> arrived = new AtomicReference<>();
    /** The newest request made, FX thread. */
    private Request requested;
    private long shownId;
    private long ids;

    BatchValleyFeed(CostMapView map, Executor deliver) {
        this.map = map;
        this.deliver = deliver;
        map.batchValleyShownProperty().addListener((o, was, on) -> requested = null);
    }

    /** Called once per frame with the newest snapshot: asks for a new valley when the batch, point or window moved. */
    void update(EngineSnapshot s) {
        if (s == null || !map.batchValleyShownProperty().get()) {
            return;
        }
        Snapshot run = s.primary();
        int[] batch = s.nextBatch();
        String note = noteFor(s, run, batch);
        if (note != null) {
            requested = null;
            shownId = ++ids;
            map.showBatchValley(null, run.step() + 1, note);
            return;
        }
        Window window = map.getWindow();
        Model model = s.setup().model();
        Dataset data = s.setup().data();
        if (window == null || (requested != null && requested.sameAs(model, data, batch, run.point(), window))) {
            return;
        }
        requested = new Request(++ids, model, data, batch, run.point(), window, run.step() + 1);
        if (waiting.getAndSet(requested) == null) {
            worker.execute(this::computeWaiting);
        }
    }

    /** Why no valley can be drawn for this snapshot, or null when one can. */
    private static String noteFor(EngineSnapshot s, Snapshot run, int[] batch) {
        if (run.diverged() || !run.point().isFinite()) {
            return DIVERGED;
        }
        if (s.playing() && Double.isInfinite(s.stepsPerSecond())) {
            return AT_MAX_SPEED;
        }
        if (batch.length == 0) {
            return "No mini-batch valley: the next batch (m = " + s.setup().hyperparameters().miniBatchSize()
                    + ") is too large to list its examples";
        }
        return null;
    }

    /** On the worker: the newest request waiting, whatever came before it. */
    private void computeWaiting() {
        Request r = waiting.getAndSet(null);
        if (r == null) {
            return;
        }
        try {
            BatchValley v = BatchValley.of(r.model(), r.data(), r.batch(), r.at(), r.window(), GRID,
                    () -> worker.isShutdown());
            if (arrived.getAndSet(new Result(r, v)) == null) {
                deliver.execute(this::showArrived);
            }
        } catch (CancellationException closed) {
            // the window is closing
        } catch (RuntimeException e) {
            System.err.println("DescentFX: the mini-batch's valley failed: " + e.getMessage());
        }
    }

    /** On the FX thread: the newest result, unless something newer is drawn already. */
    private void showArrived() {
        Result r = arrived.getAndSet(null);
        if (r == null || r.request().id() <= shownId || !map.batchValleyShownProperty().get()) {
            return;
        }
        shownId = r.request().id();
        map.showBatchValley(r.valley(), r.request().step(), null);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
