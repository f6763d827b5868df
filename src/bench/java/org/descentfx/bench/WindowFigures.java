package org.descentfx.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.descentfx.ui.plot.FrameProbe.Section;

/**
 * The figures of one run of {@link WindowBench}. Times are per frame, in ms. "Ours" is the time
 * spent in our code on the FX thread: wall (as it happened, including any wait for a core or a
 * GC pause) and CPU (the thread's CPU time only). "All code" adds the toolkit's own work.
 *
 * @param frames            frames recorded while playing for {@code seconds}
 * @param ours              our FX-thread wall time
 * @param oursCpu           our FX-thread CPU time
 * @param oursOverBudget    frames whose wall time in our code exceeded 16 ms
 * @param oursCpuOverBudget frames whose CPU time in our code exceeded 16 ms
 * @param warm              the same for the frames after the first {@value FrameRecorder#WARM_UP_SECONDS} s
 * @param fxCpu             the FX thread's CPU time per frame, all code
 * @param framesPerSecond   pulses the toolkit ran per second
 * @param repaintsPerSecond frames per second in which the views drew new points
 * @param stepsPerSecond    steps per second of the first run while measured
 * @param renderCpuMs       the render thread's CPU time per frame, mean
 * @param busy              CPU time over wall time of the FX, render and training threads
 * @param sectionMs         mean wall ms per frame of each {@link Section}, in its order
 * @param sectionCpuMs      mean CPU ms per frame of each {@link Section}, in its order
 * @param secondsToTarget   wall time from pressing play until the first run had {@code targetSteps}
 * @param heapMb            heap in use after two full GCs once the first run had {@code targetSteps}
 *                          (still playing: points on their way to the window count)
 * @param mostHeapAfterGcMb the most heap in use after any GC while playing
 * @param slowFrames        the frames over 16 ms wall or 4 ms CPU in our code, by section, the most CPU first
 */
public record WindowFigures(double seconds, int frames, Spread ours, Spread oursCpu, int oursOverBudget,
                            int oursCpuOverBudget, Warm warm, Spread fxCpu, double framesPerSecond,
                            double repaintsPerSecond, double stepsPerSecond, double renderCpuMs, Busy busy,
                            double[] sectionMs, double[] sectionCpuMs, long targetSteps, double secondsToTarget,
                            double heapMb, double mostHeapAfterGcMb, List<String> slowFrames) {

    /** Median, 99th percentile and maximum of a per-frame time, in ms. */
    public record Spread(double median, double p99, double max) {
        static Spread of(FrameSeries s) {
            return new Spread(s.percentileMs(0.5), s.percentileMs(0.99), s.percentileMs(1));
        }
    }

    /** The frames after the warm-up: how many, our wall and CPU time, and how many were over 16 ms. */
    public record Warm(int frames, Spread ours, Spread oursCpu, int oursOverBudget, int oursCpuOverBudget) {
        static Warm of(FrameSeries ours, FrameSeries oursCpu) {
            return new Warm(ours.size(), Spread.of(ours), Spread.of(oursCpu),
                    ours.countAboveMs(FrameRecorder.FRAME_BUDGET_MS), oursCpu.countAboveMs(FrameRecorder.FRAME_BUDGET_MS));
        }
    }

    /** CPU time over wall time while measured, per thread (1 = one core all the time). */
    public record Busy(double fx, double render, double training) {
    }

    private static final String ROW = "%-70s %10s  %s%n";

    /** The figures as rows of the suite's table, with the targets. */
    List<Row> rows() {
        String from = String.format(Locale.ROOT, ", from %.0f s on", FrameRecorder.WARM_UP_SECONDS);
        List<Row> rows = new ArrayList<>();
        spreadRows(rows, "our FX-thread time per frame, CPU", oursCpu);
        spreadRows(rows, "our FX-thread time per frame, wall", ours);
        spreadRows(rows, "our FX-thread time per frame, CPU" + from, warm.oursCpu());
        spreadRows(rows, "our FX-thread time per frame, wall" + from, warm.ours());
        rows.add(new Row("frames with over 16 ms of our CPU time" + from + " (of " + warm.frames() + ")",
                warm.oursCpuOverBudget(), "frames", Target.atMost(0)));
        rows.add(new Row("frames with over 16 ms of our wall time" + from + " (of " + warm.frames() + ")",
                warm.oursOverBudget(), "frames", Target.atMost(0)));
        rows.add(new Row("frames per second (pulses)", framesPerSecond, "fps", Target.atLeast(60)));
        rows.add(Row.of("render thread CPU time per frame, mean", renderCpuMs, "ms"));
        rows.add(Row.of("FX thread CPU time per frame, all code, median", fxCpu.median(), "ms"));
        rows.add(Row.of("steps per second of the first run (mini-batch, m=10)", stepsPerSecond, "steps/s"));
        rows.add(Row.of(String.format(Locale.ROOT, "seconds from play until the first run had %,d steps", targetSteps),
                secondsToTarget, "s"));
        rows.add(new Row("heap after full GC at " + Figures.count(targetSteps) + " steps", heapMb, "MB",
                Target.below(256)));
        rows.add(Row.of("most heap after any GC while playing", mostHeapAfterGcMb, "MB"));
        return rows;
    }

    private static void spreadRows(List<Row> rows, String what, Spread s) {
        rows.add(Row.of(what + ", median", s.median(), "ms"));
        rows.add(new Row(what + ", 99th percentile", s.p99(), "ms", Target.below(4)));
        rows.add(new Row(what + ", maximum", s.max(), "ms", Target.atMost(16)));
    }

    /** The figures next to their targets, as plain text. */
    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Window, comparison on (3 runs), full speed, %.0f s: %d frames%n", seconds, frames));
        row(out, "per frame, ms", "figure", "target");
        spread(out, "our FX-thread time, wall", ours);
        spread(out, "our FX-thread time, CPU", oursCpu);
        row(out, "frames with our FX-thread time over 16 ms, wall / CPU", oursOverBudget + " / " + oursCpuOverBudget, "0");
        String after = String.format(Locale.ROOT, ", from %.0f s on (%d frames)", FrameRecorder.WARM_UP_SECONDS, warm.frames());
        spread(out, "our FX-thread time, wall" + after, warm.ours());
        spread(out, "our FX-thread time, CPU" + after, warm.oursCpu());
        row(out, "frames over 16 ms, wall / CPU" + after, warm.oursOverBudget() + " / " + warm.oursCpuOverBudget(), "0");
        spread(out, "FX thread CPU time, all code", fxCpu);
        row(out, "render thread CPU time, mean", num(renderCpuMs), "");
        row(out, "frames per second (pulses)", num(framesPerSecond), "≥ 60");
        row(out, "frames per second that drew new points", num(repaintsPerSecond), "");
        row(out, "steps per second, first run", num(stepsPerSecond), "");
        row(out, "CPU / wall: FX, render, training thread",
                pct(busy.fx()) + " " + pct(busy.render()) + " " + pct(busy.training()), "");
        row(out, String.format(Locale.ROOT, "seconds from play until the first run had %,d steps", targetSteps),
                num(secondsToTarget), "");
        row(out, "heap after full GC then (MB)", num(heapMb), "< 256");
        row(out, "most heap after any GC while playing (MB)", num(mostHeapAfterGcMb), "");
        out.append("by section, mean ms per frame, wall / CPU:");
        for (Section s : Section.values()) {
            out.append(String.format(Locale.ROOT, "  %s %s / %s", s.name().toLowerCase(Locale.ROOT),
                    num(sectionMs[s.ordinal()]), num(sectionCpuMs[s.ordinal()])));
        }
        return out.append(String.format("%n")).toString();
    }

    private static void spread(StringBuilder out, String what, Spread s) {
        row(out, what + ", median", num(s.median()), "");
        row(out, what + ", 99th percentile", num(s.p99()), "< 4");
        row(out, what + ", maximum", num(s.max()), "≤ 16");
    }

    private static void row(StringBuilder out, String what, String figure, String target) {
        out.append(String.format(Locale.ROOT, ROW, what, figure, target));
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, v >= 100 ? "%,.0f" : "%.3g", v);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
