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
    /** A quick pass keeps the targeted m and full batch. */
    static final List<String> QUICK_BATCHES = List.of("10", "n");
    private static final String UNIT = "M example-gradients/CPU-s";

    @Override
    public String title() {
        return "1. SGD throughput, one core (Run.stepMiniBatch against a contiguous loop)";
    }

    @Override
    public List<Row> run(Settings settings) throws Exception {
        List<String> batches = settings.quick() ? QUICK_BATCHES : BATCHES;
        List<Jmh.Result> results = Jmh.run(settings, SgdThroughput.class, "run|contiguous", Map.of("m", batches), true);
        List<Row> rows = new ArrayList<>();
        double worstPerStep = 0;
        String worstPerStepAt = "";
        double worstPerExample = 0;
        String worstPerExampleAt = "";
        List<Double> shares = new ArrayList<>();
        for (String model : MODELS) {
            for (int n : SIZES) {
                for (String m : batches) {
                    Map<String, String> params = Map.of("model", model, "n", Integer.toString(n), "m", m);
                    int batch = Workloads.miniBatchSize(m, n);
                    Jmh.Result run = Jmh.find(results, "run", params);
                    Jmh.Result loop = Jmh.find(results, "contiguous", params);
                    // per CPU-second of the benchmark thread: other processes on the machine take the rest
                    double runRate = run.score() * batch / Jmh.workerShare(run) / 1e6;
                    double loopRate = loop.score() * batch / Jmh.workerShare(loop) / 1e6;
                    shares.add(Jmh.workerShare(run));
                    shares.add(Jmh.workerShare(loop));
                    String name = model + " n=" + Figures.count(n) + " m=" + (m.equals("n") ? "n" : m);
                    rows.add(new Row(name + ": Run", runRate, UNIT, rateTarget(model, n, m)));
                    rows.add(Row.of(name + ": contiguous loop", loopRate, UNIT));
                    rows.add(new Row(name + ": Run ÷ loop", runRate / loopRate, "ratio", ratioTarget(model, n, m)));
                    double bytes = Jmh.bytesPerOperation(run);
                    if (batch <= 100 && !(bytes <= worstPerStep)) {
                        worstPerStep = bytes;
                        worstPerStepAt = name;
                    }
                    if (!(bytes / batch <= worstPerExample)) {
                        worstPerExample = bytes / batch;
                        worstPerExampleAt = name;
                    }
                }
            }
        }
        rows.add(new Row("Run allocation per step, worst of m ≤ 100 (" + worstPerStepAt + ")",
                worstPerStep, "bytes/step", Target.below(1)));
        rows.add(new Row("Run allocation per example, worst of all (" + worstPerExampleAt + ")",
                worstPerExample, "bytes/example", Target.below(0.01)));
        rows.addAll(epochOrderRows(settings, shares));
        rows.addAll(updateRuleRows(settings, shares));
        rows.add(Row.of("share of wall time the benchmark thread ran (median)", Shares.median(shares), "share"));
        return rows;
    }

    /**
     * What bounds the rate at n = 1,000,000 before any gradient is taken: an epoch's shuffle and the
     * gather into that order, per example, and the rate they alone would allow.
     */
    private static List<Row> epochOrderRows(Settings settings, List<Double> shares) throws Exception {
        List<Jmh.Result> results = Jmh.run(settings, EpochOrder.class, ".*", Map.of(), false);
        int n = Integer.parseInt(results.get(0).param("n"));
        String at = "epoch order, n=" + Figures.count(n) + ": ";
        double shuffle = cpuNanosPerExample(Jmh.find(results, "shuffle", Map.of()), n, shares);
        double gather = cpuNanosPerExample(Jmh.find(results, "gather", Map.of()), n, shares);
        double inPlace = cpuNanosPerExample(Jmh.find(results, "shuffleData", Map.of()), n, shares);
        return List.of(
                Row.of(at + "shuffle the indices (Random's draws, Fisher–Yates)", shuffle, "ns/example"),
                Row.of(at + "gather x, y into that order", gather, "ns/example"),
                Row.of(at + "most the two leave for SGD with no gradient at all", 1e3 / (shuffle + gather), UNIT),
                Row.of(at + "shuffle x, y themselves in place instead (network.py's way)", inPlace, "ns/example"));
    }

    /**
     * The rules beyond chapter 1 ({@link UpdateRuleThroughput}): each one's rate, and its rate as a
     * share of plain SGD's on the same descent.
     */
    private static List<Row> updateRuleRows(Settings settings, List<Double> shares) throws Exception {
        List<String> batches = settings.quick() ? List.of("10") : List.of("1", "10");
        List<Jmh.Result> results = Jmh.run(settings, UpdateRuleThroughput.class, "run", Map.of("m", batches), false);
        List<Row> rows = new ArrayList<>();
        for (String m : batches) {
            int batch = Integer.parseInt(m);
            double sgd = Double.NaN;
            for (org.descentfx.core.train.UpdateRule.Kind k : org.descentfx.core.train.UpdateRule.Kind.values()) {
                Jmh.Result r = Jmh.find(results, "run", Map.of("rule", k.id(), "m", m));
                shares.add(Jmh.workerShare(r));
                double rate = r.score() * batch / Jmh.workerShare(r) / 1e6;
                sgd = k == org.descentfx.core.train.UpdateRule.Kind.SGD ? rate : sgd;
                String name = "update rule " + k.id() + ", linear n=" + Figures.count(UpdateRuleThroughput.N) + " m=" + m;
                rows.add(Row.of(name, rate, UNIT));
                if (k != org.descentfx.core.train.UpdateRule.Kind.SGD) {
                    rows.add(Row.of(name + ": ÷ plain SGD", rate / sgd, "ratio"));
                }
            }
        }
        return rows;
    }

    private static double cpuNanosPerExample(Jmh.Result r, int n, List<Double> shares) {
        shares.add(Jmh.workerShare(r));
        return r.score() * Jmh.workerShare(r) / n;
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
