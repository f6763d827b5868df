package org.descentfx.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.RunState;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TraceHistory;
import org.descentfx.ui.plot.Trace;
import org.descentfx.ui.plot.Traces;

/**
 * The descents of {@code render}: each run of the line-up trained for E epochs with its own m and the chosen rule,
 * exactly as {@code train} trains one, its points kept in a {@link TraceHistory} for drawing.
 */
final class Descents {
    private Descents() {
    }

    /** One trace per spec, in the line-up's order, each with its path, where it ended and its next step. */
    static List<Trace> train(Dataset data, DescentOptions options, UpdateRule rule, List<RunSpec> specs) {
        return train(data, options, rule, specs, (PrintWriter) null);
    }

    /** As above, telling {@code err} how far it got when it runs long (see {@link StepProgress}). */
    static List<Trace> train(Dataset data, DescentOptions options, UpdateRule rule, List<RunSpec> specs,
                             PrintWriter err) {
        int n = data.size();
        long total = specs.stream().mapToLong(s -> options.steps(n, s.resolve(options.hyperparameters(), n)
                .miniBatchSize())).sum();
        try (StepProgress progress = new StepProgress(err, "render", err == null ? 0 : total)) {
            return trainAll(data, options, rule, specs, progress);
        }
    }

    private static List<Trace> trainAll(Dataset data, DescentOptions options, UpdateRule rule, List<RunSpec> specs,
                                        StepProgress progress) {
        int n = data.size();
        long done = 0;
        List<Trace> traces = new ArrayList<>();
        for (RunSpec spec : specs) {
            Hyperparameters h = spec.resolve(options.hyperparameters(), n);
            Run run = new Run(data, options.model, options.start, h, options.seed, rule);
            TraceHistory history = new TraceHistory();
            record(history, run);
            long steps = options.steps(n, h.miniBatchSize());
            for (long k = 0; k < steps && run.state() == RunState.READY; k++) {
                run.stepMiniBatch();
                record(history, run);
                if ((++done & 255) == 0) {
                    progress.stepTo(done);
                }
            }
            boolean diverged = run.state() == RunState.DIVERGED;
            traces.add(Traces.of(spec, rule, h, n, history, run.point(),
                    diverged ? null : run.nextStepVector(), run.optimizerState(), true, diverged));
        }
        return traces;
    }

    /** The step that diverged in the first run that did, as a sentence; null when none did. */
    static String divergence(List<Trace> traces, double learningRate) {
        for (Trace t : traces) {
            if (t.diverged()) {
                long step = t.history().step(t.history().size() - 1);
                return "the " + t.label() + " descent diverged at step " + step + ": η = " + learningRate
                        + " is too large; lower --lr";
            }
        }
        return null;
    }

    private static void record(TraceHistory history, Run run) {
        history.append(run.step(), run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(), run.cost());
    }
}
