package org.descentfx.ui.session;

import java.util.List;

/**
 * A saved experiment: enough to replay it to the identical state, bit for bit. Plain values only
 * (no JavaFX), so it can be written, read and checked anywhere.
 *
 * @param version  the file format's version, {@link SessionFile#VERSION}
 * @param model    the neuron's id: "linear" or "sigmoid"
 * @param data     the training data: a built-in set's name, or the values themselves
 * @param startW   the start's w
 * @param startB   the start's b
 * @param seed     the seed of the mini-batch shuffles
 * @param compare  whether full batch, mini-batch (and stochastic) ran side by side
 * @param stochastic whether the comparison included pure stochastic descent (m = 1)
 * @param runs     one record per run, in the order of the comparison (the first is the controls' run)
 */
public record Session(int version, String model, DataSource data, double startW, double startB, long seed,
                      boolean compare, boolean stochastic, List<RunRecord> runs) {

    /** The training data: {@code builtIn} names a built-in set, otherwise {@code x} and {@code y} hold it. */
    public record DataSource(String builtIn, String name, double[] x, double[] y) {
    }

    /**
     * One run's history: the η and m it started with, every later change with the first step
     * that used it, and the number of steps it had taken.
     */
    public record RunRecord(double learningRate, int miniBatchSize, List<Change> changes, long step) {
    }

    /** From step {@code step} on (inclusive), the run used this η and m. */
    public record Change(long step, double learningRate, int miniBatchSize) {
    }
}
