package org.descentfx.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.surface.Minimum;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.engine.PathScale;
import org.descentfx.engine.SeedFan;

/**
 * Part 7: a fan of seeds ({@link SeedFan}) as the window runs it: 30 seeds × 100 epochs of m = 1 on the
 * noisy line (n = 100), each path thinned for a 600 × 500 px map, on a pool of one thread per core;
 * wall time from the first step to the last descent's end, the median of several fans after warm-up.
 */
final class SeedFanPart implements Part {

    @Override
    public String title() {
        return "7. A fan of seeds: 30 seeds × 100 epochs, n = 100, m = 1, paths thinned for the map, on every core";
    }

    @Override
    public List<Row> run(Settings settings) throws Exception {
        Dataset data = BuiltInDatasets.load("noisy-line");
        Model model = Model.byId("linear");
        Point start = new Point(-1, -3);
        Window window = Window.around(Minimum.of(model, data, start), start, 0.35, 1.0);
        SeedFan.Setup setup = new SeedFan.Setup(data, model, start, new Hyperparameters(0.02, 1), UpdateRule.SGD,
                30, 100, window);
        PathScale scale = new PathScale(window, 600, 500);
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            int warmups = settings.quick() ? 5 : 15;
            int measured = settings.quick() ? 7 : 21;
            for (int i = 0; i < warmups; i++) {
                SeedFan.run(setup, scale, pool, (d, of) -> { }, () -> false);
            }
            double[] ms = new double[measured];
            for (int i = 0; i < measured; i++) {
                long t0 = System.nanoTime();
                SeedFan.run(setup, scale, pool, (d, of) -> { }, () -> false);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            List<Row> rows = new ArrayList<>();
            rows.add(new Row("30 seeds × 100 epochs (300,000 steps and the full-batch descent), " + cores
                    + " threads: median wall time", ms[measured / 2], "ms", Target.below(300)));
            rows.add(Row.of("the same, slowest of " + measured, ms[measured - 1], "ms"));
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }
}
