package org.descentfx.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.descentfx.ui.plot.FrameProbe;
import org.descentfx.ui.plot.FrameProbe.Section;

/**
 * Groups the probe's reports by pulse. A frame is everything since the last pulse's layout up to
 * the end of this one's: snapshots arrive between pulses, the frame timer runs at the start of a
 * pulse, then CSS and layout (which paint the map). The scene's pre- and post-layout pulse
 * listeners call {@link #beforeLayout} and {@link #afterLayout}. FX thread only.
 */
final class FrameRecorder {
    static final double FRAME_BUDGET_MS = 16;
    /** Frames after this much play count as warm: the JIT has compiled the code the frames run. */
    static final double WARM_UP_SECONDS = 2;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int SECTIONS = Section.values().length;

    private final FrameSeries ours = new FrameSeries();
    private final FrameSeries oursCpu = new FrameSeries();
    private final FrameSeries warmOurs = new FrameSeries();
    private final FrameSeries warmOursCpu = new FrameSeries();
    private final FrameSeries fxCpu = new FrameSeries();
    private final List<Slow> slow = new ArrayList<>();
    private long[] sectionNanos = new long[SECTIONS];
    private long[] sectionCpuNanos = new long[SECTIONS];
    private int repaints;
    private boolean recording;
    private long layoutStart;
    private long startNanos;
    private long lastCpu;
    private long lastPulse;

    /** A frame over budget (16 ms wall or 4 ms CPU in our code), for the diagnosis. */
    record Slow(int frame, long gapNanos, FrameProbe.Tally tally) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "frame %d: ours %.1f ms wall / %.1f ms CPU,"
                    + " %.0f ms since the last pulse;", frame, tally.nanos() / 1e6, tally.cpuNanos() / 1e6, gapNanos / 1e6));
            for (Section s : Section.values()) {
                b.append(String.format(Locale.ROOT, " %s %d× %.1f/%.1f", s.name().toLowerCase(Locale.ROOT),
                        tally.calls(s), tally.nanos(s) / 1e6, tally.cpuNanos(s) / 1e6));
            }
            return b.toString();
        }
    }

    /** What was recorded between {@link #start} and {@link #stop}. */
    record Result(FrameSeries ours, FrameSeries oursCpu, FrameSeries warmOurs, FrameSeries warmOursCpu,
                  FrameSeries fxCpu, long[] sectionNanos, long[] sectionCpuNanos, int repaints,
                  double wallSeconds, List<Slow> slow) {
        int frames() {
            return ours.size();
        }

        /** Mean ms per frame of each section, in the order of {@link Section}. */
        double[] sectionMs(long[] totals) {
            int frames = Math.max(1, frames());
            double[] ms = new double[totals.length];
            for (int s = 0; s < totals.length; s++) {
                ms[s] = totals[s] / 1e6 / frames;
            }
            return ms;
        }

        /** The slow frames as text, the most CPU first. */
        List<String> slowText() {
            return slow.stream().sorted(Comparator.comparingLong((Slow x) -> x.tally().cpuNanos()).reversed())
                    .map(Slow::toString).toList();
        }
    }

    Void start() {
        for (FrameSeries s : List.of(ours, oursCpu, warmOurs, warmOursCpu, fxCpu)) {
            s.clear();
        }
        slow.clear();
        sectionNanos = new long[SECTIONS];
        sectionCpuNanos = new long[SECTIONS];
        repaints = 0;
        startNanos = System.nanoTime();
        lastPulse = startNanos;
        lastCpu = THREADS.getCurrentThreadCpuTime();
        FrameProbe.take();
        recording = true;
        return null;
    }

    Result stop() {
        recording = false;
        return new Result(ours, oursCpu, warmOurs, warmOursCpu, fxCpu, sectionNanos, sectionCpuNanos, repaints,
                (System.nanoTime() - startNanos) / 1e9, List.copyOf(slow));
    }

    void beforeLayout() {
        layoutStart = FrameProbe.enter();
    }

    void afterLayout() {
        FrameProbe.exit(Section.LAYOUT, layoutStart);
        FrameProbe.Tally t = FrameProbe.take();
        if (!recording) {
            return;
        }
        long now = System.nanoTime();
        long cpuNow = THREADS.getCurrentThreadCpuTime();
        fxCpu.add(cpuNow - lastCpu);
        lastCpu = cpuNow;
        ours.add(t.nanos());
        oursCpu.add(t.cpuNanos());
        if (now - startNanos >= WARM_UP_SECONDS * 1e9) {
            warmOurs.add(t.nanos());
            warmOursCpu.add(t.cpuNanos());
        }
        for (Section s : Section.values()) {
            sectionNanos[s.ordinal()] += t.nanos(s);
            sectionCpuNanos[s.ordinal()] += t.cpuNanos(s);
        }
        repaints += t.calls(Section.FRAME) > 0 ? 1 : 0;
        if ((t.nanos() > FRAME_BUDGET_MS * 1e6 || t.cpuNanos() > 4e6) && slow.size() < 10_000) {
            slow.add(new Slow(ours.size() - 1, now - lastPulse, t));
        }
        lastPulse = now;
    }
}
