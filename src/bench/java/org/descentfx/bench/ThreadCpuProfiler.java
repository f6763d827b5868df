package org.descentfx.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * How much of each iteration the benchmark's worker threads ({@value #WORKER_NAME}…) actually
 * ran: their CPU time over wall time. On a machine other processes also use, a figure per second
 * divided by this share is a figure per CPU-second: it shows the code, not how busy the machine
 * was. (The engine's training thread is measured by {@link EngineOverhead} itself: it ends with
 * the trial, before JMH asks profilers about the last iteration.)
 */
public final class ThreadCpuProfiler implements InternalProfiler {
    static final String WORKER = "cpu.worker";
    /** JMH names its worker threads "{benchmark}-jmh-worker-{n}". */
    static final String WORKER_NAME = "-jmh-worker-";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> cpuBefore = Map.of();
    private long wallBefore;

    @Override
    public String getDescription() {
        return "CPU time of the benchmark's worker threads as a share of wall time";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuBefore = cpuTimes();
        wallBefore = System.nanoTime();
    }

    @Override
    public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                 IterationResult result) {
        double wall = System.nanoTime() - wallBefore;
        double worker = 0;
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            // a thread started during the iteration ran only in it
            long before = cpuBefore.getOrDefault(id, 0L);
            long now = threads.getThreadCpuTime(id);
            if (info == null || now < 0) {
                continue;
            }
            if (info.getThreadName().contains(WORKER_NAME)) {
                worker += now - before;
            }
        }
        return List.of(new ScalarResult(WORKER, worker / wall, "share", AggregationPolicy.AVG));
    }

    private Map<Long, Long> cpuTimes() {
        Map<Long, Long> times = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            times.put(id, threads.getThreadCpuTime(id));
        }
        return times;
    }
}
