package org.descentfx.ui.plot;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Where the FX thread's time goes, for the window benchmark: the window's entry points on the FX
 * thread (snapshots arriving, the frame timer, the views' painting) report how long they took,
 * in wall time and in the thread's CPU time (on a loaded machine the two differ by the time the
 * thread waited for a core). Off unless the system property {@code descentfx.probe} is
 * {@code true} when this class is first used; off, a report costs the read of a static final
 * boolean, which the JIT folds away.
 *
 * <p>Sections may nest (the chart paints inside the frame timer, the map inside layout); each is
 * counted in its own total, and only the outermost in {@link Tally#nanos()}, so nothing counts twice.
 *
 * <p>Thread rules: FX thread only, every method.
 */
public final class FrameProbe {
    /** The places that report. */
    public enum Section { SNAPSHOT, FRAME, MAP, CHART, DATA, LAYOUT }

    /** What the FX thread did since the last {@link #take()}: outermost totals, then by section. */
    public record Tally(long nanos, long cpuNanos, long[] sectionNanos, long[] sectionCpuNanos, int[] sectionCalls) {
        public long nanos(Section s) {
            return sectionNanos[s.ordinal()];
        }

        public long cpuNanos(Section s) {
            return sectionCpuNanos[s.ordinal()];
        }

        public int calls(Section s) {
            return sectionCalls[s.ordinal()];
        }
    }

    public static final boolean ON = Boolean.getBoolean("descentfx.probe");

    private static final int SECTIONS = Section.values().length;
    private static final ThreadMXBean THREADS = ON ? ManagementFactory.getThreadMXBean() : null;
    private static final long[] cpuAtEntry = new long[64];
    private static long[] sectionNanos = new long[SECTIONS];
    private static long[] sectionCpuNanos = new long[SECTIONS];
    private static int[] sectionCalls = new int[SECTIONS];
    private static long outermost;
    private static long outermostCpu;
    private static int depth;

    private FrameProbe() {
    }

    /** Marks the start of a section; pass what it returns to {@link #exit}. */
    public static long enter() {
        if (!ON) {
            return 0;
        }
        cpuAtEntry[depth++] = THREADS.getCurrentThreadCpuTime();
        return System.nanoTime();
    }

    /** Marks the end of the section that {@code start} began. */
    public static void exit(Section section, long start) {
        if (!ON) {
            return;
        }
        long took = System.nanoTime() - start;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuAtEntry[--depth];
        sectionNanos[section.ordinal()] += took;
        sectionCpuNanos[section.ordinal()] += cpu;
        sectionCalls[section.ordinal()]++;
        if (depth == 0) {
            outermost += took;
            outermostCpu += cpu;
        }
    }

    /** The time reported since the last call, which starts a new count. */
    public static Tally take() {
        Tally t = new Tally(outermost, outermostCpu, sectionNanos, sectionCpuNanos, sectionCalls);
        sectionNanos = new long[SECTIONS];
        sectionCpuNanos = new long[SECTIONS];
        sectionCalls = new int[SECTIONS];
        outermost = 0;
        outermostCpu = 0;
        return t;
    }
}
