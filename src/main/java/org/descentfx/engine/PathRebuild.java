package org.descentfx.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.RunState;

/**
 * Replays restored runs from their start in time slices, into bounded histories of their own,
 * so a session of any length opens at once and its path is drawn when the replay is done. A run
 * whose end state was saved resumed there already and is replayed on a copy ("drawing"); a run
 * without one is itself stepped to its saved step ("catching up"), and nothing else may step it
 * meanwhile. Owned by the training thread; once {@link #finished()}, its histories are only read.
 */
final class PathRebuild {
    /** Steps between two looks at the clock and at waiting commands: about a microsecond each. */
    private static final int CHECK_EVERY = 256;

    private final List<Replay> replays = new ArrayList<>();
    private final List<TraceHistory> paths = new ArrayList<>();
    private final List<Boolean> catchingUp = new ArrayList<>();
    private final int[] costStride;
    private final long total;
    private boolean finished;
    private boolean cancelled;
    private long doneAtCancel;

    /**
     * @param replays    one per run, at their start
     * @param catchingUp per run, whether its replay steps the live run itself
     * @param costStride per run, how often C is measured along the path
     */
    PathRebuild(List<Replay> replays, List<Boolean> catchingUp, int[] costStride) {
        this.replays.addAll(replays);
        this.catchingUp.addAll(catchingUp);
        this.costStride = costStride.clone();
        long sum = 0;
        for (Replay r : replays) {
            Run run = r.run();
            TraceHistory path = new TraceHistory();
            path.append(run.step(), run.examplesSeen(), run.w(), run.b(), Double.NaN, run.cost());
            paths.add(path);
            sum += r.plan().steps();
        }
        total = sum;
        finishIfDone();
    }

    /**
     * Replays until {@code sliceEnd} (System.nanoTime) or until {@code interrupt} says a command
     * waits; returns whether it stepped. Each run in turn, the first first.
     */
    boolean work(long sliceEnd, BooleanSupplier interrupt) {
        boolean stepped = false;
        for (int i = 0; i < replays.size() && !finished; i++) {
            Replay replay = replays.get(i);
            int sinceCheck = 0;
            while (replay.hasNext()) {
                replay.step();
                record(i, replay.run());
                stepped = true;
                if (++sinceCheck == CHECK_EVERY) {
                    sinceCheck = 0;
                    if (System.nanoTime() >= sliceEnd || interrupt.getAsBoolean()) {
                        return true;
                    }
                }
            }
            if (catchingUp.get(i)) {
                replay.finish(); // η and m set after the last step, for the live run's next one
            }
            finishIfDone();
        }
        return stepped;
    }

    private void record(int i, Run run) {
        boolean ok = run.state() == RunState.READY;
        boolean measure = run.step() % costStride[i] == 0 || !ok || run.step() == replays.get(i).plan().steps();
        paths.get(i).append(run.step(), run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(),
                measure ? run.cost() : Double.NaN);
    }

    private void finishIfDone() {
        for (Replay r : replays) {
            if (r.hasNext()) {
                return;
            }
        }
        finished = true;
    }

    /**
     * Stops. A run that was catching up stays where its replay got to, its path drawn that far;
     * the paths of runs that resumed at their end are dropped (they would leave a gap).
     */
    void cancel() {
        doneAtCancel = stepsDone();
        cancelled = true;
        finished = true;
        for (int i = 0; i < replays.size(); i++) {
            if (catchingUp.get(i)) {
                replays.get(i).finish();
            }
        }
    }

    /** Steps replayed so far (a live run, once free, steps on: so only while the replay runs). */
    private long stepsDone() {
        long done = 0;
        for (Replay r : replays) {
            done += r.hasNext() ? r.run().step() : r.plan().steps(); // a diverged run takes no more
        }
        return done;
    }

    /** Whether some run is being stepped to its saved step: the runs may not be stepped otherwise. */
    boolean catchingUp() {
        if (finished) {
            return false;
        }
        for (int i = 0; i < replays.size(); i++) {
            if (catchingUp.get(i) && replays.get(i).hasNext()) {
                return true;
            }
        }
        return false;
    }

    boolean finished() {
        return finished;
    }

    /** What the window shows of this work, a value. */
    RestoreProgress progress() {
        long done = cancelled ? doneAtCancel : stepsDone();
        List<TraceHistory> out = null;
        if (finished) {
            out = new ArrayList<>(paths.size());
            for (int i = 0; i < paths.size(); i++) {
                out.add(cancelled && !catchingUp.get(i) ? null : paths.get(i));
            }
            out = Collections.unmodifiableList(out);
        }
        return new RestoreProgress(done, total, finished, cancelled, catchingUp(), out);
    }
}
