package org.descentfx.ui;

import java.nio.file.Path;
import java.util.List;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.Presets;
import org.descentfx.core.lesson.Lesson;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.UpdateRule;

/**
 * How the window opens: what to learn, and whether to start playing, compare, show the valley, or
 * open a session. The defaults are the experiment a teacher sees first.
 *
 * @param optimizer the update rule (plain SGD unless chosen)
 * @param race      the rules of a race of optimizers to open on, or empty for none
 * @param lesson    the lesson to open on, already read, or null for none
 * @param rates     the η of each run of a comparison of learning rates to open on (the first is the
 *                  slider's, so {@code hyperparameters}' η), or empty for none
 * @param lastDataSet open on the built-in data set the user chose last (with what it proposes), if
 *                  one is remembered, instead of {@code data}: a launch that named no experiment
 */
public record WindowSettings(Model model, Dataset data, Point start, Hyperparameters hyperparameters, long seed,
                             double stepsPerSecond, boolean compare, boolean stochastic, boolean play,
                             boolean valley, Path session, UpdateRule optimizer, List<UpdateRule.Kind> race,
                             Lesson lesson, List<Double> rates, boolean lastDataSet) {

    /** Not the last data set: exactly {@code data}. */
    public WindowSettings(Model model, Dataset data, Point start, Hyperparameters hyperparameters, long seed,
                          double stepsPerSecond, boolean compare, boolean stochastic, boolean play,
                          boolean valley, Path session, UpdateRule optimizer, List<UpdateRule.Kind> race,
                          Lesson lesson, List<Double> rates) {
        this(model, data, start, hyperparameters, seed, stepsPerSecond, compare, stochastic, play, valley, session,
                optimizer, race, lesson, rates, false);
    }

    /** No comparison of learning rates. */
    public WindowSettings(Model model, Dataset data, Point start, Hyperparameters hyperparameters, long seed,
                          double stepsPerSecond, boolean compare, boolean stochastic, boolean play,
                          boolean valley, Path session, UpdateRule optimizer, List<UpdateRule.Kind> race,
                          Lesson lesson) {
        this(model, data, start, hyperparameters, seed, stepsPerSecond, compare, stochastic, play, valley, session,
                optimizer, race, lesson, List.of());
    }

    /** Plain SGD, no race. */
    public WindowSettings(Model model, Dataset data, Point start, Hyperparameters hyperparameters, long seed,
                          double stepsPerSecond, boolean compare, boolean stochastic, boolean play,
                          boolean valley, Path session) {
        this(model, data, start, hyperparameters, seed, stepsPerSecond, compare, stochastic, play, valley, session,
                UpdateRule.SGD, List.of(), null);
    }

    /**
     * These settings on {@code chosen} with what its set proposes (the model, the start, η and m,
     * m capped at n), as choosing it from the list does.
     */
    WindowSettings onData(Dataset chosen, Presets presets) {
        Model m = presets.model().map(Model::byId).orElse(model);
        Point p = presets.start().map(s -> new Point(s.w(), s.b())).orElse(start);
        Hyperparameters h = new Hyperparameters(presets.learningRate().orElse(hyperparameters.learningRate()),
                Math.min(presets.miniBatchSize().orElse(hyperparameters.miniBatchSize()), chosen.size()));
        return new WindowSettings(m, chosen, p, h, seed, stepsPerSecond, compare, stochastic, play, valley, session,
                optimizer, race, lesson, rates, false);
    }
}
