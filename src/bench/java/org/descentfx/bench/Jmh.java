package org.descentfx.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs JMH benchmarks from code, one forked JVM per configuration, and hands back plain results.
 * JMH's own progress goes to a log per benchmark class under {@link #LOG_DIRECTORY}.
 */
final class Jmh {
    static final Path LOG_DIRECTORY = Path.of("target", "bench", "logs");

    /** How long JMH warms up and measures each configuration. */
    record Timing(int warmups, int warmupMillis, int iterations, int iterationMillis) {
    }

    /** One configuration's figures: the primary score and the secondary ones (aux counters, GC profiler). */
    record Result(String method, Map<String, String> params, double score, Map<String, Double> secondary) {

        String param(String name) {
            return params.get(name);
        }

        /** A secondary figure, NaN when the run has none by that name. */
        double secondary(String name) {
            return secondary.getOrDefault(name, Double.NaN);
        }
    }

    private Jmh() {
    }

    static Timing timing(Settings settings) {
        return settings.quick() ? new Timing(1, 300, 1, 300) : new Timing(2, 1000, 3, 1000);
    }

    /**
     * Runs the methods of {@code benchmarks} whose names match {@code methods} (a regular expression),
     * over the given parameter values (the class's own where none are given).
     */
    static List<Result> run(Settings settings, Class<?> benchmarks, String methods, Map<String, List<String>> params,
                            boolean gcProfile) throws RunnerException, IOException {
        return run(settings, benchmarks, methods, params, gcProfile, List.of());
    }

    /** As above, with options for the forked JVMs. */
    static List<Result> run(Settings settings, Class<?> benchmarks, String methods, Map<String, List<String>> params,
                            boolean gcProfile, List<String> jvmArgs) throws RunnerException, IOException {
        Timing timing = timing(settings);
        Files.createDirectories(LOG_DIRECTORY);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmarks.getName()) + "\\.(" + methods + ")$")
                .forks(1)
                .warmupIterations(timing.warmups())
                .warmupTime(TimeValue.milliseconds(timing.warmupMillis()))
                .measurementIterations(timing.iterations())
                .measurementTime(TimeValue.milliseconds(timing.iterationMillis()))
                .shouldFailOnError(true)
                .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                .output(LOG_DIRECTORY.resolve(benchmarks.getSimpleName() + ".log").toString());
        params.forEach((name, values) -> options.param(name, values.toArray(String[]::new)));
        options.addProfiler(ThreadCpuProfiler.class);
        if (gcProfile) {
            options.addProfiler(GCProfiler.class);
        }
        Collection<RunResult> runs = new Runner(options.build()).run();
        List<Result> results = new ArrayList<>();
        for (RunResult run : runs) {
            Map<String, String> values = new HashMap<>();
            for (String key : run.getParams().getParamsKeys()) {
                values.put(key, run.getParams().getParam(key));
            }
            Map<String, Double> secondary = new HashMap<>();
            run.getSecondaryResults().forEach((name, result) -> secondary.put(name, result.getScore()));
            String benchmark = run.getParams().getBenchmark();
            results.add(new Result(benchmark.substring(benchmark.lastIndexOf('.') + 1), values,
                    run.getPrimaryResult().getScore(), secondary));
        }
        return results;
    }

    /** The result of {@code method} whose parameters include all of {@code params}. */
    static Result find(List<Result> results, String method, Map<String, String> params) {
        for (Result r : results) {
            if (r.method().equals(method) && r.params().entrySet().containsAll(params.entrySet())) {
                return r;
            }
        }
        throw new IllegalStateException("no result for " + method + " " + params);
    }

    /** The share of wall time the benchmark's own threads ran: divide a rate by it for a rate per CPU-second. */
    static double workerShare(Result r) {
        return r.secondary(ThreadCpuProfiler.WORKER);
    }

    /** The share of wall time the engine's training thread ran, from {@link EngineOverhead}'s own counter. */
    static double trainingShare(Result r) {
        return r.secondary("trainingCpuNanos") / 1e9;
    }

    /** Bytes allocated per operation, as the GC profiler measured it (all threads); NaN without it. */
    static double bytesPerOperation(Result r) {
        return r.secondary("gc.alloc.rate.norm");
    }
}
