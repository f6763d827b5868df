package org.descentfx.ui;

import java.nio.file.Path;
import java.util.List;
import org.descentfx.core.data.Dataset;
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
 */
public record WindowSettings(Model model, Dataset data, Point start, Hyperparameters hyperparameters, long seed,
                             double stepsPerSecond, boolean compare, boolean stochastic, boolean play,
                             boolean valley, Path session, UpdateRule optimizer, List<UpdateRule.Kind> race,
                             Lesson lesson, List<Double> rates) {

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
}
