package org.descentfx.engine;

import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetException;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;

/**
 * The experiment the window opens on, and so the defaults of {@code train} and {@code render}:
 * the linear neuron on the noisy line's long, narrow valley, started on its wall at (−1, −3),
 * with η = 0.02 and m = 10 in Eq. (8)–(9). Written once, as text, so that the commands' options
 * can name these values as their defaults; the typed values below are read from the same text.
 */
public final class OpeningExperiment {
    public static final String MODEL = "linear";
    public static final String DATA = "noisy-line";
    /** (w, b), written {@code W,B} as on the command line. */
    public static final String START = "-1,-3";
    public static final String LEARNING_RATE = "0.02";
    public static final String MINI_BATCH_SIZE = "10";
    public static final String SEED = "1";
    public static final String STEPS_PER_SECOND = "30";

    private OpeningExperiment() {
    }

    public static Model model() {
        return Model.byId(MODEL);
    }

    public static Dataset data() throws DatasetException {
        return BuiltInDatasets.load(DATA);
    }

    public static Point start() {
        String[] wb = START.split(",");
        return new Point(Double.parseDouble(wb[0]), Double.parseDouble(wb[1]));
    }

    /** η and m. */
    public static Hyperparameters hyperparameters() {
        return new Hyperparameters(Double.parseDouble(LEARNING_RATE), Integer.parseInt(MINI_BATCH_SIZE));
    }

    public static long seed() {
        return Long.parseLong(SEED);
    }

    public static double stepsPerSecond() {
        return Double.parseDouble(STEPS_PER_SECOND);
    }
}
