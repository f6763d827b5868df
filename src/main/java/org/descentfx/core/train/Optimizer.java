package org.descentfx.core.train;

/**
 * Turns the summed gradient of one mini-batch into a move of (w, b), and carries whatever the
 * rule keeps between steps (a velocity, running averages). Made fresh for each run by its
 * {@link OptimizerChoice}; not thread-safe: the thread that owns the run owns its optimizer.
 *
 * <p>{@link #update} moves the point by exactly the move {@link #peek} reports just before it:
 * the arrow a view draws is the step the run then takes.
 */
public interface Optimizer {

    /**
     * One step: updates {@code params = {w, b}} in place from {@code gradientSum = {Σ_j ∂C_Xj/∂w,
     * Σ_j ∂C_Xj/∂b}}, both taken at {@code params}, over a mini-batch of {@code m} examples.
     * {@code batch} gives the same mini-batch's sum at another point, for a rule that looks ahead.
     */
    void update(double[] params, double[] gradientSum, int m, double learningRate, BatchGradient batch);

    /** The move (Δw, Δb) that {@link #update} would make now, written into {@code move}; changes nothing. */
    void peek(double[] params, double[] gradientSum, int m, double learningRate, BatchGradient batch, double[] move);

    /** Forgets any state carried between steps. */
    void reset();

    /** What it carries between steps now, as a value: part of the run's state. */
    OptimizerState state();

    /**
     * Takes up {@code state}, as {@link #state()} gave it, so the next step is the one an
     * optimizer in that state takes: how a saved or checkpointed run resumes exactly.
     */
    void restore(OptimizerState state);
}
