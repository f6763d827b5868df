package org.descentfx.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Part 6: paths thinned by geometry ({@link ThinningBench}), per point of a 1M-step run. */
final class ThinningPart implements Part {

    @Override
    public String title() {
        return "6. Paths thinned by geometry: 1M steps into the map's path (1.5 px bound) and the run's history";
    }

    @Override
    public List<Row> run(Settings settings) throws Exception {
        List<Jmh.Result> results = Jmh.run(settings, ThinningBench.class, ".*", Map.of(), false);
        List<Row> rows = new ArrayList<>();
        double perPoint = 1e6 / ThinningBench.STEPS; // ms per run → ns per point
        for (String m : List.of("1", "10")) {
            Jmh.Result thin = Jmh.find(results, "thinAtMapScale", Map.of("m", m));
            Jmh.Result history = Jmh.find(results, "history", Map.of("m", m));
            rows.add(Row.of("m=" + m + ": thinning at 900 × 700 px, per point", thin.score() * perPoint, "ns"));
            rows.add(Row.of("m=" + m + ": bounded history and its path, per point", history.score() * perPoint, "ns"));
        }
        return rows;
    }
}
