package org.descentfx.ui.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.SigmoidNeuron;
import org.descentfx.core.surface.Window;
import org.descentfx.ui.progress.Work;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A cost surface of much data says how far it has got, and the learner can stop it. */
class SurfaceWorkerTest {
    private static final Window WINDOW = new Window(-4, 4, -4, 4);

    private final List<SurfaceWorker.Result> results = new CopyOnWriteArrayList<>();
    private final List<Work> shown = new CopyOnWriteArrayList<>();
    private SurfaceWorker worker;

    @AfterEach
    void close() {
        worker.close();
    }

    @Test
    void aLongSurfaceShowsItsProgressRisingThenClearsWhenDone() throws Exception {
        // given: progress shown from the first row on
        worker = recording(0);

        // when
        worker.request(SigmoidNeuron.INSTANCE, data(2_000), WINDOW);
        awaitResults(2);

        // then: fractions from the start to near the end, with the data's size in the text, then nothing shown
        List<Work> reports = shown.stream().filter(w -> w != null).toList();
        assertThat(reports).hasSizeGreaterThan(10);
        assertThat(reports.get(0).fraction()).isLessThan(0.1);
        assertThat(reports).extracting(Work::fraction).anyMatch(f -> f > 0.9);
        assertThat(reports.get(0).text()).isEqualTo("Computing the cost surface C(w, b) over n = 2,000 examples");
        awaitNothingShown();
    }

    @Test
    void aQuickSurfaceShowsNoProgress() throws Exception {
        worker = recording(60_000);

        worker.request(SigmoidNeuron.INSTANCE, data(50), WINDOW);
        awaitResults(2);

        assertThat(shown).isEmpty();
    }

    @Test
    void stoppingASurfaceDeliversNoMoreOfItAndClearsTheProgress() throws Exception {
        // given: a surface of a million examples, which takes far longer than this test
        worker = recording(0);
        worker.request(SigmoidNeuron.INSTANCE, data(1_000_000), WINDOW);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (shown.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(shown).isNotEmpty();

        // when
        worker.cancel();

        // then: the fine grid never comes, and the strip goes
        awaitNothingShown();
        Thread.sleep(200);
        assertThat(results).allMatch(r -> r.grid().columns() < SurfaceWorker.FINE_SIZE);
    }

    private SurfaceWorker recording(long quietMillis) {
        SurfaceWorker w = new SurfaceWorker(Runnable::run, results::add, quietMillis);
        w.work().addListener((o, a, now) -> shown.add(now));
        return w;
    }

    private static Dataset data(int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -2 + 4.0 * i / n;
            y[i] = x[i] > 0 ? 1 : 0;
        }
        return Dataset.of("steps", x, y);
    }

    private void awaitResults(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (results.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(results).hasSize(count);
    }

    private void awaitNothingShown() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((shown.isEmpty() || shown.get(shown.size() - 1) != null) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(shown.get(shown.size() - 1)).isNull();
    }
}
