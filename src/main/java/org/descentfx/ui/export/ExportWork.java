package org.descentfx.ui.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.descentfx.ui.progress.LatestWork;
import org.descentfx.ui.progress.Work;

/**
 * The export under way, shared by File → Export CSV and Export figure (they run one at a time on
 * the window's export thread): its progress for the strip that shows it, and the Stop that ends
 * it. Stopping interrupts the writer, which throws the unfinished file away; the user's old file
 * is left as it was.
 *
 * <p>Thread rules: {@link #run} and {@link #report} on the export thread; {@link #cancel} from any
 * thread; {@link #property} on the FX thread.
 */
public final class ExportWork {
    /** A piece of export work that may be stopped by an interrupt. */
    @FunctionalInterface
    public interface Job<T> {
        T call() throws IOException;
    }

    private final LatestWork latest;
    private Thread worker;
    private boolean cancelled;

    /** @param fx the FX thread's executor */
    public ExportWork(Executor fx) {
        latest = new LatestWork(fx);
    }

    /** Runs {@code job} on this thread as the export under way; throws {@link Stopped} when it was stopped. */
    <T> T run(Job<T> job) throws IOException {
        synchronized (this) {
            worker = Thread.currentThread();
            cancelled = false;
            Thread.interrupted(); // a Stop that came after the last export ended is not this one's
        }
        try {
            return job.call();
        } catch (IOException e) {
            if (wasCancelled()) {
                throw new Stopped();
            }
            throw e;
        } finally {
            synchronized (this) {
                worker = null;
                Thread.interrupted();
            }
            latest.clear();
        }
    }

    /** How far the export under way has got. */
    void report(Work work) {
        latest.report(work);
    }

    /** Stops the export under way, if any; any thread. */
    public synchronized void cancel() {
        if (worker != null) {
            cancelled = true;
            worker.interrupt();
        }
    }

    synchronized boolean wasCancelled() {
        return cancelled;
    }

    /** The export under way, null when none; FX thread. */
    public ReadOnlyObjectProperty<Work> property() {
        return latest.property();
    }

    /** The export was stopped by the learner: nothing was written, the old file is as it was. */
    static final class Stopped extends InterruptedIOException {
        Stopped() {
            super("the export was stopped");
        }
    }
}
