package org.descentfx.engine;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.train.Hyperparameters;

/**
 * A block of consecutive points of one run, in primitive columns so that millions of steps
 * cost no object per step. Written by the training thread, then handed over whole; after the
 * hand-off it is only read.
 */
public final class TraceChunk {
    /** A change of η or m, and the step that first used it. */
    public record Change(long step, long examplesSeen, Hyperparameters hyperparameters) {
    }

    /** The most points a chunk holds. */
    public static final int CAPACITY = 4096;

    private final long generation;
    private final int run;
    private final long[] steps;
    private final long[] examples;
    private final double[] w;
    private final double[] b;
    private final double[] batchCost;
    private final double[] cost;
    private final List<Change> changes = new ArrayList<>(1);
    private int size;
    private Hyperparameters initial;
    /** The step the run went back to before this chunk's points, or -1. */
    private long rewoundTo = -1;
    /** Whether the run went forward to {@link #rewoundTo} along its kept steps without taking them. */
    private boolean alongKept;

    TraceChunk(long generation, int run) {
        this(generation, run, CAPACITY);
    }

    /** A chunk with room for {@code capacity} points (at most {@link #CAPACITY}). */
    TraceChunk(long generation, int run, int capacity) {
        if (capacity < 1 || capacity > CAPACITY) {
            throw new IllegalArgumentException("capacity must be 1 to " + CAPACITY + ", not " + capacity);
        }
        this.generation = generation;
        this.run = run;
        steps = new long[capacity];
        examples = new long[capacity];
        w = new double[capacity];
        b = new double[capacity];
        batchCost = new double[capacity];
        cost = new double[capacity];
    }

    /**
     * An empty chunk on a spent chunk's arrays ({@link ChunkSpares}): the old values stay in them
     * but are never read, as only the first {@link #size()} points count.
     */
    TraceChunk(long generation, int run, TraceChunk spent) {
        this.generation = generation;
        this.run = run;
        steps = spent.steps;
        examples = spent.examples;
        w = spent.w;
        b = spent.b;
        batchCost = spent.batchCost;
        cost = spent.cost;
    }

    boolean isFull() {
        return size == steps.length;
    }

    int capacity() {
        return steps.length;
    }

    void add(long step, long examplesSeen, double pw, double pb, double pBatchCost, double pCost) {
        steps[size] = step;
        examples[size] = examplesSeen;
        w[size] = pw;
        b[size] = pb;
        batchCost[size] = pBatchCost;
        cost[size] = pCost;
        size++;
    }

    void addChange(Change change) {
        changes.add(change);
    }

    /** Marks this chunk as the first of its generation: the run starts with these η and m. */
    void setInitial(Hyperparameters hyperparameters) {
        initial = hyperparameters;
    }

    /** Marks this chunk as following a step back: the run's points after {@code step} are no longer its path. */
    void setRewoundTo(long step) {
        rewoundTo = step;
    }

    /**
     * Marks this chunk as following a jump forward to {@code step} along the run's kept steps, rebuilt
     * rather than taken again: the points up to it are those the path had before it went back, and
     * this chunk does not bring them. Only asked for by a consumer that kept them
     * ({@link TrainingEngine#goTo(long, boolean)}).
     */
    void setJumpedTo(long step) {
        rewoundTo = step;
        alongKept = true;
    }

    /** Whether the run jumped forward along its kept steps to {@link #rewoundTo()} ({@link #setJumpedTo}). */
    public boolean jumpedAlongKept() {
        return alongKept;
    }

    /** The step the run went back to before this chunk's points, or -1 if it did not. */
    public long rewoundTo() {
        return rewoundTo;
    }

    /** η and m the run started with, if this chunk opens a generation; otherwise null. */
    public Hyperparameters initial() {
        return initial;
    }

    boolean isEmpty() {
        return size == 0 && changes.isEmpty() && initial == null && rewoundTo < 0;
    }

    public long generation() {
        return generation;
    }

    /** Index of the run in the setup's list. */
    public int run() {
        return run;
    }

    public int size() {
        return size;
    }

    public long step(int i) {
        return steps[i];
    }

    public long examplesSeen(int i) {
        return examples[i];
    }

    public double w(int i) {
        return w[i];
    }

    public double b(int i) {
        return b[i];
    }

    /** C_X of the step's mini-batch; NaN for the start point. */
    public double batchCost(int i) {
        return batchCost[i];
    }

    /** Full-data C at the point; NaN where it was not measured (decimated for costly models). */
    public double cost(int i) {
        return cost[i];
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }
}
