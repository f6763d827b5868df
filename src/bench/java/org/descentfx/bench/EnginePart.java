package org.descentfx.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Part 2: the engine at full speed with recording on against bare {@link org.descentfx.core.train.Run}
 * stepping ({@link EngineOverhead}), and how many steps a change of η takes to arrive
 * ({@link HyperparameterLatency}).
 */
final class EnginePart implements Part {
    static final List<String> MODELS = List.of("linear", "sigmoid");
    static final List<Integer> SIZES = List.of(1000, 1_000_000);
    static final List<String> BATCHES = List.of("10", "100", "n");
    static final List<String> QUICK_BATCHES = List.of("10", "100");

    /**
     * The engine allocates its trace, 48 bytes a step, and a new JVM spends its first seconds
     * growing the heap over fresh pages, whose first touch is slow on a virtual machine (here,
     * touching 1 GB of 4 KB pages took 15 s). The forks therefore get a fixed heap on transparent
     * huge pages, touched at start in a full run, so that the figures show the engine, not the
     * page faults.
     */
    static List<String> jvmArgs(Settings settings) {
        List<String> args = new ArrayList<>(List.of("-XX:+UseTransparentHugePages", "-Xms512m", "-Xmx512m"));
        if (!settings.quick()) {
            args.add("-XX:+AlwaysPreTouch");
        }
        return args;
    }

    @Override
    public String title() {
        return "2. Engine overhead (full speed, trace and cost recorded, against bare Run stepping)";
    }

    @Override
    public List<Row> run(Settings settings) throws Exception {
        List<String> batches = settings.quick() ? QUICK_BATCHES : BATCHES;
        List<Jmh.Result> results = Jmh.run(settings, EngineOverhead.class, "engine|bare", Map.of("m", batches), true,
                jvmArgs(settings));
        List<Row> rows = new ArrayList<>();
        double worstBytesPerStep = 0;
        String worstAt = "";
        List<Double> shares = new ArrayList<>();
        for (String model : MODELS) {
            for (int n : SIZES) {
                for (String m : batches) {
                    Map<String, String> params = Map.of("model", model, "n", Integer.toString(n), "m", m);
                    Jmh.Result engine = Jmh.find(results, "engine", params);
                    Jmh.Result bare = Jmh.find(results, "bare", params);
                    double engineWall = engine.secondary("steps");
                    // per CPU-second of the stepping thread: other processes on the machine take the rest
                    double engineRate = engineWall / Jmh.trainingShare(engine);
                    double bareRate = bare.score() / Jmh.workerShare(bare);
                    shares.add(Jmh.trainingShare(engine));
                    shares.add(Jmh.workerShare(bare));
                    String name = model + " n=" + Figures.count(n) + " m=" + m;
                    Target speed = m.equals("10") ? Target.atLeast(5) : Target.NONE;
                    Target ratio = m.equals("10") ? Target.NONE : Target.atLeast(0.9);
                    rows.add(new Row(name + ": engine", engineRate / 1e6, "M steps/CPU-s", speed));
                    rows.add(Row.of(name + ": engine, wall clock", engineWall / 1e6, "M steps/s"));
                    rows.add(Row.of(name + ": bare Run", bareRate / 1e6, "M steps/CPU-s"));
                    rows.add(new Row(name + ": engine ÷ bare", engineRate / bareRate, "ratio", ratio));
                    // the GC profiler counts every thread: the engine's, and this one draining the trace
                    double bytesPerStep = Jmh.bytesPerOperation(engine) * engine.score() / engineWall;
                    if (!m.equals("n") && !(bytesPerStep <= worstBytesPerStep)) {
                        worstBytesPerStep = bytesPerStep;
                        worstAt = name;
                    }
                }
            }
        }
        rows.add(Row.of("engine allocation per step, worst of m ≤ 100 (" + worstAt + ")",
                worstBytesPerStep, "bytes/step"));
        rows.add(Row.of("share of wall time the stepping threads ran (median)", Shares.median(shares), "share"));
        rows.addAll(HyperparameterLatency.rows(settings));
        rows.addAll(RestoreTiming.rows(settings));
        return rows;
    }
}
