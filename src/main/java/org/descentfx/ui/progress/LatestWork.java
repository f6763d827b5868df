package org.descentfx.ui.progress;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The progress of background work as a property of the FX thread, handed over as DESIGN.md's
 * thread rule 2 asks: one slot, newest wins, at most one pending hand-off however often the worker
 * reports. {@link #clear} empties the property once the work has ended.
 *
 * <p>Thread rules: {@link #report} and {@link #clear} from any thread; the property changes only
 * on {@code fx}.
 */
public final class LatestWork {
    private static final Work NONE = new Work("", 0);

    private final ReadOnlyObjectWrapper<Work> shown = new ReadOnlyObjectWrapper<>(this, "work");
    private final AtomicReference<Work> pending = new AtomicReference<>();
    private final Executor fx;

    /** @param fx the FX thread's executor ({@code Platform::runLater}), replaced in tests */
    public LatestWork(Executor fx) {
        this.fx = fx;
    }

    /** The work's newest progress; any thread. */
    public void report(Work work) {
        hand(work);
    }

    /** The work has ended (done, failed or cancelled); any thread. */
    public void clear() {
        hand(NONE);
    }

    private void hand(Work work) {
        if (pending.getAndSet(work) == null) {
            fx.execute(() -> {
                Work newest = pending.getAndSet(null);
                shown.set(newest == NONE ? null : newest);
            });
        }
    }

    /** The work under way, null when none; FX thread. */
    public ReadOnlyObjectProperty<Work> property() {
        return shown.getReadOnlyProperty();
    }
}
