package org.descentfx.ui;

import java.nio.file.Path;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;

/**
 * How the window opens: what to learn, and whether to start playing, compare, show the valley, or
 * open a session. The defaults are the experiment a teacher sees first.
 */
public record WindowSettings(Model model, Dataset data, Point start, Hyperparameters hyperparameters, long seed,
                             double stepsPerSecond, boolean compare, boolean stochastic, boolean play,
                             boolean valley, Path session) {
}
