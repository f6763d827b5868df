package org.descentfx.core.train;

import java.util.Arrays;
import java.util.Objects;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;

/**
 * One descent: data, model, start point, the current (w, b), and where it is in the epoch.
 * Each {@link #stepMiniBatch()} is one update of Eq. (8)–(9) on the next slice of this
 * epoch's shuffled order. Not thread-safe: one thread owns a run.
 */
public final class Run {
    /** A cost above this counts as diverged: the point has left any valley worth drawing. */
    public static final double DIVERGENCE_COST = 1e12;

    private final Dataset data;
    private final Model model;
    private final double[] x;
    private final double[] y;
    private final double[] xInOrder;
    private final double[] yInOrder;
    private final MiniBatches batches;
    private final OptimizerChoice optimizerChoice;
    private final Optimizer optimizer;
    /** The mini-batch being stepped, at any point: for a rule that looks ahead (same examples, no allocation). */
    private final BatchSlice slice = new BatchSlice();
    private final double[] params = new double[2];
    private final double[] gradientSum = new double[2];

    private Point start;
    private Hyperparameters used;
    private Hyperparameters next;
    private long step;
    private long completedEpochs;
    private int position;
    private long examplesSeen;
    private boolean gathered;
    /** Epoch shuffles owed: a full batch needs no order, so its shuffles wait until an order is read. */
    private long shufflesOwed;
    /** The ended epoch's last batch, kept before the shuffle overwrites it, in a buffer reused every epoch. */
    private int[] lastBatchOfEndedEpoch = new int[0];
    private int lastBatchOfEndedEpochSize;
    /** The arrays of the last checkpoint, shared with it: copied again only once the order has changed. */
    private int[] orderCopy;
    private int[] endedBatchCopy;
    private int lastFrom;
    private int lastTo;
    private double lastBatchCost;
    /** C at the current point once measured (by the divergence check or by {@link #cost()}); NaN until then. */
    private double costHere;
    private RunState state;
    private long divergedAtStep;

    public Run(Dataset data, Model model, Point start, Hyperparameters hyperparameters, long seed) {
        this(data, model, start, hyperparameters, seed, UpdateRule.SGD);
    }

    /** A run that follows {@code optimizer}'s rule, with an optimizer (and state) of its own. */
    public Run(Dataset data, Model model, Point start, Hyperparameters hyperparameters, long seed,
               OptimizerChoice optimizer) {
        this.data = Objects.requireNonNull(data);
        this.model = Objects.requireNonNull(model);
        this.optimizerChoice = Objects.requireNonNull(optimizer);
        this.optimizer = Objects.requireNonNull(optimizer.create());
        this.x = data.xs();
        this.y = data.ys();
        this.xInOrder = new double[x.length];
        this.yInOrder = new double[y.length];
        this.batches = new MiniBatches(x.length, seed);
        this.start = requireFinite(start);
        this.next = Objects.requireNonNull(hyperparameters);
        reset();
    }

    /** Back to the start point, step 0, epoch 0, the first epoch's shuffle; η and m stay. */
    public void reset() {
        params[0] = start.w();
        params[1] = start.b();
        used = next;
        step = 0;
        completedEpochs = 0;
        position = 0;
        examplesSeen = 0;
        lastFrom = 0;
        lastTo = 0;
        lastBatchCost = Double.NaN;
        costHere = Double.NaN;
        lastBatchOfEndedEpochSize = 0;
        state = RunState.READY;
        divergedAtStep = -1;
        optimizer.reset();
        shufflesOwed = 0;
        batches.restart();
        orderCopy = null;
        endedBatchCopy = null;
        beginEpoch();
    }

    /** Moves the start point and resets there. */
    public void setStart(Point newStart) {
        start = requireFinite(newStart);
        reset();
    }

    /** η and m for the next mini-batch; a new m slices the rest of this epoch with the new size. */
    public void setHyperparameters(Hyperparameters hyperparameters) {
        next = Objects.requireNonNull(hyperparameters);
    }

    /**
     * Takes one mini-batch: the next min(m, rest of epoch) examples of this epoch's order.
     * Returns whether the run can go on: false if this step diverged, and false without doing
     * anything if the run had already diverged.
     */
    public boolean stepMiniBatch() {
        if (state == RunState.DIVERGED) {
            return false;
        }
        used = next;
        int n = x.length;
        int from = position;
        int to = (int) Math.min((long) from + used.miniBatchSize(), n);
        int m = to - from;
        gradientSum[0] = 0;
        gradientSum[1] = 0;
        double sse;
        if (from == 0 && to == n) {
            // Full batch: the sum does not depend on the order, so skip the shuffled copy.
            slice.of(x, y, 0, n);
        } else {
            ensureEpochOrder();
            ensureGathered();
            slice.of(xInOrder, yInOrder, from, to);
        }
        sse = model.accumulate(params[0], params[1], slice.xs, slice.ys, from, to, gradientSum);
        lastBatchCost = sse / (2.0 * m);
        optimizer.update(params, gradientSum, m, used.learningRate(), slice);
        costHere = Double.NaN;
        step++;
        examplesSeen += m;
        lastFrom = from;
        lastTo = to;
        position = to;
        checkDivergence();
        if (position == n) {
            completedEpochs++;
            position = 0;
            beginEpoch();
        }
        return state == RunState.READY;
    }

    /** Steps until the current epoch ends or the run diverges; returns the number of steps taken. */
    public int stepEpoch() {
        long target = completedEpochs + 1;
        long before = step;
        // Counted from the step counter: the step that diverges is taken, though stepMiniBatch returns false.
        while (completedEpochs < target && state == RunState.READY) {
            stepMiniBatch();
        }
        return (int) (step - before);
    }

    private void beginEpoch() {
        // Shuffled when first needed, so the last batch of the ended epoch can still be read, and
        // full-batch steps (whose sum does not depend on the order) never pay for a shuffle.
        shufflesOwed++;
    }

    /** Brings the order to the ended epoch's, if epochs ended without it being read. */
    private void catchUpToEndedEpoch() {
        while (shufflesOwed > 1) {
            batches.shuffle();
            shufflesOwed--;
            gathered = false;
            orderCopy = null;
        }
    }

    private void ensureEpochOrder() {
        if (shufflesOwed > 0) {
            catchUpToEndedEpoch();
            if (step > 0 && position == 0) {
                if (lastBatchOfEndedEpoch.length < lastTo - lastFrom) {
                    lastBatchOfEndedEpoch = new int[lastTo - lastFrom];
                }
                batches.copy(lastFrom, lastTo, lastBatchOfEndedEpoch);
                lastBatchOfEndedEpochSize = lastTo - lastFrom;
            }
            batches.shuffle();
            shufflesOwed = 0;
            gathered = false;
            orderCopy = null;
            endedBatchCopy = null;
        }
    }

    private void ensureGathered() {
        if (!gathered) {
            batches.gather(x, y, xInOrder, yInOrder);
            gathered = true;
        }
    }

    private void checkDivergence() {
        boolean bad = !Double.isFinite(params[0]) || !Double.isFinite(params[1])
                || !Double.isFinite(lastBatchCost) || lastBatchCost > DIVERGENCE_COST;
        if (!bad) {
            double c = QuadraticCost.fastCostIfCheap(model, data, params[0], params[1]);
            costHere = c;
            bad = !Double.isNaN(c) && !(c <= DIVERGENCE_COST);
        }
        if (bad) {
            state = RunState.DIVERGED;
            divergedAtStep = step;
        }
    }

    /**
     * C(w, b) of Eq. (1) over all data at the current point. Measured at most once per point: a
     * recorder and a snapshot that both ask get the value the divergence check already took.
     */
    public double cost() {
        if (Double.isNaN(costHere)) {
            costHere = QuadraticCost.fastCost(model, data, params[0], params[1]);
        }
        return costHere;
    }

    /** Indices (data-file order) of the last mini-batch; empty at the start. */
    public int[] lastBatch() {
        if (step == 0) {
            return new int[0];
        }
        catchUpToEndedEpoch();
        boolean orderIntact = position != 0 || shufflesOwed > 0;
        return orderIntact ? batches.slice(lastFrom, lastTo)
                : Arrays.copyOf(lastBatchOfEndedEpoch, lastBatchOfEndedEpochSize);
    }

    /**
     * Indices (data-file order) of the mini-batch the next step will use. A full batch is every
     * index in file order, the order its step sums in: it reads no shuffled order, so it never pays
     * for the shuffles a full-batch run owes (a snapshot asks for it every few milliseconds).
     */
    public int[] nextBatch() {
        int n = x.length;
        if (position == 0 && next.miniBatchSize() >= n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        ensureEpochOrder();
        int to = (int) Math.min((long) position + next.miniBatchSize(), x.length);
        return batches.slice(position, to);
    }

    /**
     * The move the next mini-batch would make, as the optimizer reports it (for SGD −(η/m) Σ_j ∇C_Xj at
     * the current point), without taking it: the arrow a view draws at the current point.
     */
    public Point nextStepVector() {
        int[] batch = nextBatch();
        BatchGradient nextBatchGradient = (w, b, sums) -> sumOver(batch, w, b, sums);
        double[] sums = new double[2];
        nextBatchGradient.sumAt(params[0], params[1], sums);
        double[] move = new double[2];
        optimizer.peek(params, sums, batch.length, next.learningRate(), nextBatchGradient, move);
        return new Point(move[0], move[1]);
    }

    /** Σ_j ∇C_Xj at (w, b) over examples {@code batch} (data-file indices), example by example. */
    private void sumOver(int[] batch, double w, double b, double[] sums) {
        double[] one = new double[2];
        double gw = 0;
        double gb = 0;
        for (int j : batch) {
            model.gradient(w, b, x[j], y[j], one);
            gw += one[0];
            gb += one[1];
        }
        sums[0] = gw;
        sums[1] = gb;
    }

    /** A slice of examples, its gradient sum taken at any point; re-aimed each step, never allocated anew. */
    private final class BatchSlice implements BatchGradient {
        private double[] xs;
        private double[] ys;
        private int from;
        private int to;

        void of(double[] xs, double[] ys, int from, int to) {
            this.xs = xs;
            this.ys = ys;
            this.from = from;
            this.to = to;
        }

        @Override
        public void sumAt(double w, double b, double[] sums) {
            sums[0] = 0;
            sums[1] = 0;
            model.accumulate(w, b, xs, ys, from, to, sums);
        }
    }

    public Snapshot snapshot() {
        return snapshot(true);
    }

    /**
     * The whole state now, as a value: a run of the same data, model, seed and rule that
     * {@link #resume}s it takes exactly the steps this one would. Owed shuffles are kept owed, not
     * done. The order is copied (O(n)) only if it changed since the last checkpoint, so a snapshot
     * can carry one while playing: within an epoch, checkpoints share their arrays.
     */
    public Checkpoint checkpoint() {
        if (orderCopy == null) {
            orderCopy = batches.order();
        }
        if (endedBatchCopy == null) {
            endedBatchCopy = Arrays.copyOf(lastBatchOfEndedEpoch, lastBatchOfEndedEpochSize);
        }
        return new Checkpoint(step, completedEpochs, position, examplesSeen, point(), used, next,
                batches.generator(), orderCopy, shufflesOwed, lastFrom, lastTo, endedBatchCopy, lastBatchCost, state,
                divergedAtStep, optimizer.state());
    }

    /**
     * Takes up {@code c}, made by {@link #checkpoint()} of a run of the same data, model, seed and
     * rule, in O(n) whatever its step count; the start point stays. Throws if it does not fit the data.
     */
    public void resume(Checkpoint c) {
        if (c.size() != x.length) {
            throw new IllegalArgumentException("the saved state is of " + c.size() + " examples, the data has " + x.length);
        }
        c.requireConsistentArrays();
        batches.resume(c.order(), c.generator());
        orderCopy = null;
        endedBatchCopy = null;
        params[0] = c.point().w();
        params[1] = c.point().b();
        used = c.used();
        next = c.next();
        step = c.step();
        completedEpochs = c.completedEpochs();
        position = c.position();
        examplesSeen = c.examplesSeen();
        shufflesOwed = c.shufflesOwed();
        gathered = false;
        lastBatchOfEndedEpoch = c.lastBatchOfEndedEpoch().clone();
        lastBatchOfEndedEpochSize = lastBatchOfEndedEpoch.length;
        lastFrom = c.lastFrom();
        lastTo = c.lastTo();
        lastBatchCost = c.lastBatchCost();
        costHere = Double.NaN;
        state = c.state();
        divergedAtStep = c.divergedAtStep();
        optimizer.restore(c.optimizer());
    }

    /**
     * As {@link #snapshot()}; with {@code measureCost} false the cost is C only if it was already
     * measured at this point, else NaN (not measured): for a caller that cannot afford the O(n) sum.
     */
    public Snapshot snapshot(boolean measureCost) {
        double c = measureCost ? cost() : costHere;
        return new Snapshot(step, epochOfLastStep(), position, examplesSeen, point(), lastBatchCost, c,
                step == 0 ? next : used, state, divergedAtStep, optimizer.state());
    }

    /** The 1-based epoch the last step belonged to; 0 before the first step. */
    public long epochOfLastStep() {
        if (step == 0) {
            return 0;
        }
        return position == 0 ? completedEpochs : completedEpochs + 1;
    }

    private static Point requireFinite(Point p) {
        if (!Objects.requireNonNull(p).isFinite()) {
            throw new IllegalArgumentException("the start point must be finite, not " + p);
        }
        return p;
    }

    public Point point() {
        return new Point(params[0], params[1]);
    }

    public double w() {
        return params[0];
    }

    public double b() {
        return params[1];
    }

    public Point start() {
        return start;
    }

    public Dataset data() {
        return data;
    }

    public Model model() {
        return model;
    }

    /** The rule this run follows. */
    public OptimizerChoice optimizer() {
        return optimizerChoice;
    }

    /** What the optimizer carries into the next step. */
    public OptimizerState optimizerState() {
        return optimizer.state();
    }

    public long seed() {
        return batches.seed();
    }

    public long step() {
        return step;
    }

    public long completedEpochs() {
        return completedEpochs;
    }

    public int positionInEpoch() {
        return position;
    }

    public long examplesSeen() {
        return examplesSeen;
    }

    /** C_X of the last mini-batch, at the point where its gradient was taken; NaN before the first step. */
    public double lastBatchCost() {
        return lastBatchCost;
    }

    /** The hyperparameters the next step will use. */
    public Hyperparameters hyperparameters() {
        return next;
    }

    public RunState state() {
        return state;
    }

    public long divergedAtStep() {
        return divergedAtStep;
    }
}
