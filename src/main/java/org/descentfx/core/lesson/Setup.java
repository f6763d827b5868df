package org.descentfx.core.lesson;

import java.nio.file.Path;
import java.util.List;
import org.descentfx.core.train.Point;

/**
 * What a lesson step sets in the window before it is shown. Each field is null when the step
 * leaves it as the learner has it; the actions run after the settings, in order.
 *
 * @param dataset      a built-in data set's name, or null
 * @param datasetFile  a CSV file (resolved against the lesson's folder), or null
 * @param miniBatchSize m; {@link #FULL_BATCH} for m = n
 * @param speed        steps per second; {@code Double.POSITIVE_INFINITY} for as fast as possible
 * @param view         the tab shown: "map", "valley" or "gradients"
 */
public record Setup(String dataset, Path datasetFile, String model, Point start, Double learningRate,
        Integer miniBatchSize, Long seed, Boolean compare, Boolean stochastic, String optimizer, String view,
        Double speed, List<Action> actions) {

    /** m = n: the mini-batch is the whole data, gradient descent of Eq. (5)–(6). */
    public static final int FULL_BATCH = 0;

    /** A step that sets nothing. */
    public static final Setup NONE = new Setup(null, null, null, null, null, null, null, null, null, null, null,
            null, List.of());

    public Setup {
        actions = List.copyOf(actions);
    }

    /** What a step does to the runs after its settings: play, pause, reset, take steps, run to a step. */
    public record Action(Kind kind, long count) {
        public enum Kind {
            PLAY, PAUSE, RESET,
            /** {@code count} mini-batches, Eq. (8)–(9) each. */
            STEP,
            /** {@code count} times to the end of the epoch under way. */
            EPOCH,
            /** Reset, then {@code count} mini-batches: the runs at step {@code count}. */
            TO_STEP
        }
    }
}
