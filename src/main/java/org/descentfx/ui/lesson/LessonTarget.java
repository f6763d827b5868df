package org.descentfx.ui.lesson;

import java.nio.file.Path;
import org.descentfx.core.train.Point;

/**
 * What a lesson step can set in the window: the experiment's choices, which view is shown, and
 * the runs' verbs. {@link ExperimentTarget} does it to the window; tests record it.
 */
interface LessonTarget {
    /** Trains on the built-in set {@code name} or the CSV {@code file}; false (with a message) if it cannot be read. */
    boolean selectData(String name, Path file);

    void selectModel(String id);

    void setStart(Point start);

    void setLearningRate(double eta);

    /** m, or {@link org.descentfx.core.lesson.Setup#FULL_BATCH} for m = n. */
    void setMiniBatchSize(int m);

    void setSeed(long seed);

    void setCompare(boolean on);

    void setStochastic(boolean on);

    void setOptimizer(String id);

    /** Shows the tab "map", "valley" or "gradients". */
    void showView(String view);

    void setSpeed(double stepsPerSecond);

    void play();

    void pause();

    void reset();

    void stepMiniBatch();

    void stepEpoch();
}
