package org.descentfx.ui.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

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
 * @param optimizer the update rule the runs followed, with its constants (since version 3; a file of
 *                 version 1 or 2 is plain SGD)
 * @param race     in a race of optimizers, each run's own rule (and own η, if it had one) in the order of
 *                 {@code runs}; else empty (since version 3)
 * @param rates    in a comparison of learning rates, each run's own η in the order of {@code runs} (null: the
 *                 controls' η); else null, and then not written (an optional field of version 3: a file
 *                 without it has no such comparison)
 * @param branches the tree of branches the runs' past forked into, a parent before its children, as recipes
 *                 to rebuild each by exact replay; empty for a past of one branch (since version 4)
 * @param currentBranch the index in {@code branches} of the one {@code runs} are on; 0 when there are none
 *                 (since version 4)
 */
public record Session(int version, String model, DataSource data, double startW, double startB, long seed,
                      boolean compare, boolean stochastic, List<RunRecord> runs,
                      OptimizerRecord optimizer, List<Racer> race,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<Double> rates,
                      List<BranchRecord> branches, int currentBranch) {

    /** The constructor the JSON is read through (the others are shorthands for code). */
    @JsonCreator
    public Session {
    }

    /** A session whose runs' past is one branch. */
    public Session(int version, String model, DataSource data, double startW, double startB, long seed,
                   boolean compare, boolean stochastic, List<RunRecord> runs, OptimizerRecord optimizer,
                   List<Racer> race, List<Double> rates) {
        this(version, model, data, startW, startB, seed, compare, stochastic, runs, optimizer, race, rates, List.of(), 0);
    }

    /**
     * One branch of the runs' past, as the recipe that rebuilds it: its runs start where its parent's
     * were at their fork steps (the first branch's at the start, with the runs' initial η and m) and go
     * to their heads with the changes listed; the runs are deterministic, so replay gives every state.
     *
     * @param name          the learner's name for it
     * @param parent        the index of the branch it forked off (an earlier one in the list), −1 for the first
     * @param learningRate  η the controls go on with on this branch
     * @param miniBatchSize m the controls go on with on this branch
     * @param runs          one leg per run, in the order of {@code runs}
     */
    public record BranchRecord(String name, int parent, double learningRate, int miniBatchSize, List<BranchLeg> runs) {
    }

    /**
     * One run on a branch: the step it forked at (0 on the first branch), the furthest step it took,
     * and each change of η and m after the fork, with the first step that used it.
     */
    public record BranchLeg(long forkStep, long head, List<BranchChange> changes) {
    }

    /** From step {@code step} on (inclusive), the run used this η and m on its branch. */
    public record BranchChange(long step, double learningRate, int miniBatchSize) {
    }

    /** A session without a comparison of learning rates. */
    public Session(int version, String model, DataSource data, double startW, double startB, long seed,
                   boolean compare, boolean stochastic, List<RunRecord> runs, OptimizerRecord optimizer,
                   List<Racer> race) {
        this(version, model, data, startW, startB, seed, compare, stochastic, runs, optimizer, race, null);
    }

    /** One runner of a race: its rule, the rule's constants, and its own η (null: the controls'). */
    public record Racer(String rule, Map<String, Double> constants, Double learningRate) {
        public OptimizerRecord optimizer() {
            return new OptimizerRecord(rule, constants);
        }
    }

    /** A session of plain SGD, without a race: what versions 1 and 2 hold. */
    public Session(int version, String model, DataSource data, double startW, double startB, long seed,
                   boolean compare, boolean stochastic, List<RunRecord> runs) {
        this(version, model, data, startW, startB, seed, compare, stochastic, runs, OptimizerRecord.SGD);
    }

    /** A session without a race of optimizers. */
    public Session(int version, String model, DataSource data, double startW, double startB, long seed,
                   boolean compare, boolean stochastic, List<RunRecord> runs, OptimizerRecord optimizer) {
        this(version, model, data, startW, startB, seed, compare, stochastic, runs, optimizer, List.of());
    }

    /** The update rule's id ("sgd", "momentum", …) and its constants by name ("momentum": 0.9). */
    public record OptimizerRecord(String rule, Map<String, Double> constants) {
        /** Plain SGD, Eq. (8)–(9): no constants. */
        public static final OptimizerRecord SGD = new OptimizerRecord("sgd", Map.of());
    }

    /** The training data: {@code builtIn} names a built-in set, otherwise {@code x} and {@code y} hold it. */
    public record DataSource(String builtIn, String name, double[] x, double[] y) {
    }

    /**
     * One run's history: the η and m it started with, every later change with the first step
     * that used it, the number of steps it had taken, and (from version 2) its whole state then,
     * so it opens there at once however many steps it took.
     *
     * @param state the run's state after {@code step} steps; null in version 1, and where the run
     *              diverged or took no step (then it is replayed)
     */
    public record RunRecord(double learningRate, int miniBatchSize, List<Change> changes, long step, SavedState state) {
        /** A run record without a saved state, as version 1 has them. */
        public RunRecord(double learningRate, int miniBatchSize, List<Change> changes, long step) {
            this(learningRate, miniBatchSize, changes, step, null);
        }
    }

    /**
     * From step {@code step} on (inclusive), the run used this η and m.
     *
     * @param examplesSeen the examples the run had used before that step (from version 2; null before)
     */
    public record Change(long step, double learningRate, int miniBatchSize, Long examplesSeen) {
        public Change(long step, double learningRate, int miniBatchSize) {
            this(step, learningRate, miniBatchSize, null);
        }
    }

    /**
     * A run's whole state (see {@code core.train.Checkpoint}): the point, where it is in its epoch,
     * the shuffle's order and generator, the optimizer's accumulators. Doubles round-trip exactly.
     *
     * @param completedEpochs epochs ended
     * @param position        examples of the current epoch already used
     * @param examplesSeen    examples used since the start
     * @param w               w now
     * @param b               b now
     * @param learningRate    η of the last step
     * @param miniBatchSize   m of the last step
     * @param nextLearningRate η of the next step
     * @param nextMiniBatchSize m of the next step
     * @param generator       the 48-bit state of the shuffle's generator
     * @param order           this epoch's order of the examples
     * @param shufflesOwed    epoch shuffles deferred (full batches need none)
     * @param lastFrom        first position of the last mini-batch
     * @param lastTo          one past its last position
     * @param lastBatchOfEndedEpoch the ended epoch's last mini-batch
     * @param lastBatchCost   C_X of the last mini-batch
     * @param optimizerSteps  steps the optimizer has counted
     * @param optimizerFirst  its first accumulator (w, b)
     * @param optimizerSecond its second accumulator (w, b)
     */
    public record SavedState(long completedEpochs, int position, long examplesSeen, double w, double b,
                             double learningRate, int miniBatchSize, double nextLearningRate, int nextMiniBatchSize,
                             long generator, int[] order, long shufflesOwed, int lastFrom, int lastTo,
                             int[] lastBatchOfEndedEpoch, double lastBatchCost, long optimizerSteps,
                             double[] optimizerFirst, double[] optimizerSecond) {
    }
}
