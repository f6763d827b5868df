package org.descentfx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Steps done, their rate and the time left, on standard error, for a headless run that has gone
 * on for more than {@link #DELAY_NANOS}: a short run prints nothing, and nothing is printed unless
 * standard error is a terminal, so a redirected log and the CSV stay clean. Drawn by the
 * progressbar library, one line redrawn in place.
 *
 * <p>Thread rules: {@link #stepTo} and {@link #close} on the thread that trains; the library
 * redraws from a thread of its own, writing only to standard error.
 */
final class StepProgress implements AutoCloseable {
    /** A run shorter than this shows no progress. */
    static final long DELAY_NANOS = 2_000_000_000L;
    /** Whether standard error is a terminal; tests replace it. */
    static BooleanSupplier terminal = StepProgress::standardErrorIsATerminal;
    /** How long before the progress shows; tests shorten it. */
    static long delayNanos = DELAY_NANOS;

    private final PrintWriter err;
    private final String task;
    private final long total;
    private final boolean shown;
    private final long start = System.nanoTime();
    private ProgressBar bar;

    StepProgress(PrintWriter err, String task, long total) {
        this.err = err;
        this.task = task;
        this.total = total;
        this.shown = total > 0 && terminal.getAsBoolean();
    }

    /** {@code done} steps of the total are done; cheap enough to call every few thousand steps. */
    void stepTo(long done) {
        if (!shown) {
            return;
        }
        if (bar == null) {
            if (System.nanoTime() - start < delayNanos) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" steps", 1)
                    .showSpeed().setSpeedUnit(ChronoUnit.SECONDS).setUpdateIntervalMillis(250)
                    .setConsumer(new DelegatingProgressBarConsumer(line -> {
                        err.print('\r' + line);
                        err.flush();
                    }, 100))
                    .build();
        }
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            err.println();
            err.flush();
        }
    }

    /** Standard error (descriptor 2) is a terminal: on Linux its link under /proc names a tty. */
    private static boolean standardErrorIsATerminal() {
        try {
            String target = Path.of("/proc/self/fd/2").toRealPath().toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | RuntimeException e) {
            return System.console() != null;
        }
    }
}
