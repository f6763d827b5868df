package org.descentfx.engine;

import java.util.List;

/**
 * How far the replay of restored runs has got (see {@link TrainingEngine#restore}), a value.
 *
 * @param done      steps replayed
 * @param total     steps to replay, over all runs
 * @param finished  whether it has ended (done or cancelled)
 * @param cancelled whether it was stopped before the end
 * @param catchingUp whether a run without a saved state is still being stepped to its saved step:
 *                  until then the runs take no other step
 * @param paths     once finished, per run its path from the start (null where none was kept); the
 *                  training thread never writes them again, so the receiver may read them
 */
public record RestoreProgress(long done, long total, boolean finished, boolean cancelled, boolean catchingUp, List<TraceHistory> paths) {
    /** The share done, 0 … 1. */
    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }
}
