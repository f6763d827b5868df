package org.descentfx.engine;

import java.util.List;
import java.util.function.Consumer;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.OptimizerChoice;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.RunState;

/**
 * Walks one run along a {@link ReplayPlan}, one step at a time, as the training thread took it:
 * the plan's initial η and m, each change applied just before the step that first used it.
 * So every (w, b) is the very double the engine computed, however thinned the history it kept.
 * Not thread-safe: one thread walks a replay.
 */
public final class Replay {
    private final Run run;
    private final ReplayPlan plan;
    private final Consumer<TraceChunk.Change> onChange;
    private int nextChange;

    public Replay(Dataset data, Model model, Point start, long seed, OptimizerChoice optimizer, ReplayPlan plan) {
        this(data, model, start, seed, optimizer, plan, change -> { });
    }

    /**
     * As the other constructor; {@code onChange} hears each change as it lands, with its real examples seen.
     * The optimizer starts afresh with the run, so its state too is what the engine's was, step by step.
     */
    public Replay(Dataset data, Model model, Point start, long seed, OptimizerChoice optimizer, ReplayPlan plan,
                  Consumer<TraceChunk.Change> onChange) {
        this.plan = plan;
        this.onChange = onChange;
        this.run = new Run(data, model, start, plan.initial(), seed, optimizer);
    }

    /**
     * The plan of a run the engine drove: the η and m its history started with ({@code fallback} if
     * none arrived yet), the changes it recorded up to {@code steps}, and {@code steps} steps.
     */
    public static ReplayPlan planOf(TraceHistory history, Hyperparameters fallback, long steps) {
        Hyperparameters initial = history.initialHyperparameters() != null ? history.initialHyperparameters() : fallback;
        List<TraceChunk.Change> changes = history.changes().stream().filter(c -> c.step() <= steps).toList();
        return new ReplayPlan(initial, changes, steps);
    }

    /** The run being replayed: at the start before the first {@link #step()}. */
    public Run run() {
        return run;
    }

    public ReplayPlan plan() {
        return plan;
    }

    /** Whether the plan has a step left; a run that diverged takes no more. */
    public boolean hasNext() {
        return run.step() < plan.steps() && run.state() == RunState.READY;
    }

    /** Applies the changes due at the next step, then takes it: one update of Eq. (8)–(9). */
    public void step() {
        if (!hasNext()) {
            throw new IllegalStateException("the plan has no step left");
        }
        applyChanges(run.step() + 1);
        run.stepMiniBatch();
    }

    /** Applies the changes made after the plan's last step (set while paused): the next step will use them. */
    public void finish() {
        applyChanges(Long.MAX_VALUE);
    }

    private void applyChanges(long upToStep) {
        List<TraceChunk.Change> changes = plan.changes();
        while (nextChange < changes.size() && changes.get(nextChange).step() <= upToStep) {
            Hyperparameters h = changes.get(nextChange++).hyperparameters();
            run.setHyperparameters(h);
            onChange.accept(new TraceChunk.Change(run.step() + 1, run.examplesSeen(), h));
        }
    }
}
