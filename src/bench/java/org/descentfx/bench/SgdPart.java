package org.descentfx.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Part 1: example-gradients per second of {@link SgdThroughput}, the app's step beside the
 * plainest contiguous loop, for both neurons, n = 1,000 and 1,000,000, m = 1, 10, 100 and n.
 */
final class SgdPart implements Part {
    static final List<String> MODELS = List.of("linear", "sigmoid");
    static final List<Integer> SIZES = List.of(1000, 1_000_000);
    static final List<String> BATCHES = List.of("1", "10", "100", "n");
    private static final String UNIT = "M example-gradients/s";

    @Override
    public String title() {
        return "1. SGD throughput, one core (Run.stepMiniBatch against a contiguous loop)";
    }

    @Override
    public List<Row> run(Settings settings) throws Exception {
        List<Jmh.Result> results = Jmh.run(settings, SgdThroughput.class, "run|contiguous", Map.of(), true);
        List<Row> rows = new ArrayList<>();
        double worstBytesPerStep = 0;
        String worstAt = "";
        for (String model : MODELS) {
            for (int n : SIZES) {
                for (String m : BATCHES) {
                    Map<String, String> params = Map.of("model", model, "n", Integer.toString(n), "m", m);
                    int batch = Workloads.miniBatchSize(m, n);
                    Jmh.Result run = Jmh.find(results, "run", params);
                    Jmh.Result loop = Jmh.find(results, "contiguous", params);
                    double runRate = run.score() * batch / 1e6;
                    double loopRate = loop.score() * batch / 1e6;
                    String name = model + " n=" + Figures.count(n) + " m=" + (m.equals("n") ? "n" : m);
                    rows.add(new Row(name + ": Run", runRate, UNIT, rateTarget(model, n, m)));
                    rows.add(Row.of(name + ": contiguous loop", loopRate, UNIT));
                    rows.add(new Row(name + ": Run ÷ loop", runRate / loopRate, "ratio", ratioTarget(model, n, m)));
                    double bytes = Jmh.bytesPerOperation(run);
                    if (!(bytes <= worstBytesPerStep)) {
                        worstBytesPerStep = bytes;
                        worstAt = name;
                    }
                }
            }
        }
        rows.add(new Row("Run allocation per step, worst configuration (" + worstAt + ")",
                worstBytesPerStep, "bytes/step", Target.below(1)));
        return rows;
    }

    /** The targets: mini-batches of 10 over a million examples. */
    private static Target rateTarget(String model, int n, String m) {
        if (n != 1_000_000 || !m.equals("10")) {
            return Target.NONE;
        }
        return Target.atLeast(model.equals("linear") ? 400 : 100);
    }

    private static Target ratioTarget(String model, int n, String m) {
        return model.equals("linear") && n == 1_000_000 && m.equals("10") ? Target.atLeast(0.5) : Target.NONE;
    }
}
