package org.descentfx.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.descentfx.core.train.Hyperparameters;

/**
 * The points of one run kept for drawing, bounded however long the run: the newest
 * {@code exactCapacity} points exactly, and the older ones thinned to every k-th point, where k
 * doubles whenever the older part fills up. So a 10-million-step run costs the same memory
 * as a 10-thousand-step one, and the path near the current point is exact. Appending a frame's
 * chunks at once ({@link #append(List)}) costs about {@code exactCapacity} copies however many
 * points arrived: the ones that would only pass through are never read.
 * Single-threaded: the consumer (the FX thread) owns it.
 */
public final class TraceHistory {
    private static final int COLUMNS = 6;
    private static final int STEP = 0;
    private static final int EXAMPLES = 1;
    private static final int W = 2;
    private static final int B = 3;
    private static final int BATCH_COST = 4;
    private static final int COST = 5;
    /** Enough for any experiment by hand; a slider dragged during play adds one per mini-batch at most. */
    private static final int MAX_CHANGES = 100_000;
    /** The view {@link #pathFor(PathScale)} serves when none is named: the 2D map. */
    public static final Object MAP = "map";

    private final int exactCapacity;
    private final int thinnedCapacity;
    private final double[][] exact;
    private final double[][] thinned;
    private final ArrayDeque<TraceChunk.Change> changes = new ArrayDeque<>();
    private int exactHead;
    private int exactSize;
    private int thinnedSize;
    private long stride = 1;
    private long evicted;
    private long appended;
    private Hyperparameters initial;
    /**
     * The paths thinned by geometry, one per view that asked (each for its own pixels: the map's,
     * the 3D valley's), so two views never take turns at one path. Views are few; each key stays
     * until the history is cleared of it.
     */
    private final Map<Object, GeometricPath> paths = new LinkedHashMap<>();

    public TraceHistory() {
        this(4096, 4096);
    }

    public TraceHistory(int exactCapacity, int thinnedCapacity) {
        if (exactCapacity < 2 || thinnedCapacity < 2) {
            throw new IllegalArgumentException("capacities must be at least 2");
        }
        this.exactCapacity = exactCapacity;
        this.thinnedCapacity = thinnedCapacity;
        this.exact = new double[COLUMNS][exactCapacity];
        this.thinned = new double[COLUMNS][thinnedCapacity];
    }

    /** Appends every point and change of a chunk. */
    public void append(TraceChunk chunk) {
        append(List.of(chunk));
    }

    /**
     * Appends every point and change of these chunks, oldest first. The history is the same as
     * after appending the points one by one, but of the points that would be evicted again before
     * this call returns, only those the thinning keeps are copied.
     */
    public void append(List<TraceChunk> chunks) {
        int from = 0;
        for (int i = 1; i <= chunks.size(); i++) {
            if (i == chunks.size() || chunks.get(i).rewoundTo() >= 0) {
                if (chunks.get(from).rewoundTo() >= 0) {
                    rewindTo(chunks.get(from).rewoundTo());
                }
                appendRun(chunks.subList(from, i));
                from = i;
            }
        }
    }

    /**
     * The run went back to step {@code step}: drops the points from that step on (the chunk that
     * says so brings the point of that step again) and the changes first used after it. The
     * thinning of what stays is left as it was.
     */
    void rewindTo(long step) {
        while (exactSize > 0 && exact[STEP][(exactHead + exactSize - 1) % exactCapacity] >= step) {
            exactSize--;
            appended--;
        }
        while (exactSize == 0 && thinnedSize > 0 && thinned[STEP][thinnedSize - 1] >= step) {
            thinnedSize--;
            appended--;
        }
        changes.removeIf(c -> c.step() > step);
        // a path gone past the step is dropped: pathFor draws it again from what is left, or asks for a replay
        paths.values().removeIf(p -> p.lastStep() >= step);
    }

    private void appendRun(List<TraceChunk> chunks) {
        long incoming = 0;
        for (TraceChunk c : chunks) {
            incoming += c.size();
        }
        ChunkCursor fresh = new ChunkCursor(chunks);
        long evictions = Math.max(0, exactSize + incoming - exactCapacity);
        thinEvicted(evictions, fresh);
        int oldGone = (int) Math.min(exactSize, evictions);
        exactHead = (exactHead + oldGone) % exactCapacity;
        exactSize -= oldGone;
        for (long k = Math.max(0, incoming - exactCapacity); k < incoming; k++) {
            fresh.seek(k);
            store(exact, (exactHead + exactSize) % exactCapacity, fresh);
            exactSize++;
        }
        evicted += evictions;
        appended += incoming;
        for (GeometricPath path : paths.values()) {
            for (TraceChunk c : chunks) {
                for (int i = 0; i < c.size(); i++) {
                    path.append(c.step(i), c.w(i), c.b(i));
                }
            }
        }
        chunks.forEach(this::appendChanges);
    }

    /**
     * Decides, as {@link #evictOldest} would one by one, which of the next {@code count} points
     * to leave the exact part (its current points, then the new ones) go into the thinned part,
     * visiting only the multiples of the stride.
     */
    private void thinEvicted(long count, ChunkCursor fresh) {
        long end = evicted + count;
        long e = evicted;
        while (true) {
            long next = (e + stride - 1) / stride * stride;
            if (next >= end) {
                return;
            }
            if (thinnedSize == thinnedCapacity) {
                halveThinned(); // the stride doubles: look again from e
                continue;
            }
            long k = next - evicted;
            if (k < exactSize) {
                int slot = (int) ((exactHead + k) % exactCapacity);
                for (int c = 0; c < COLUMNS; c++) {
                    thinned[c][thinnedSize] = exact[c][slot];
                }
            } else {
                fresh.seek(k - exactSize);
                store(thinned, thinnedSize, fresh);
            }
            thinnedSize++;
            e = next + 1;
        }
    }

    private static void store(double[][] into, int slot, ChunkCursor from) {
        TraceChunk c = from.chunk();
        int i = from.index();
        into[STEP][slot] = c.step(i);
        into[EXAMPLES][slot] = c.examplesSeen(i);
        into[W][slot] = c.w(i);
        into[B][slot] = c.b(i);
        into[BATCH_COST][slot] = c.batchCost(i);
        into[COST][slot] = c.cost(i);
    }

    private void appendChanges(TraceChunk chunk) {
        if (chunk.initial() != null) {
            initial = chunk.initial();
        }
        for (TraceChunk.Change c : chunk.changes()) {
            if (!changes.isEmpty() && changes.peekLast().step() == c.step()) {
                changes.removeLast(); // several changes before one step: the last one is what the step used
            }
            if (changes.size() == MAX_CHANGES) {
                changes.removeFirst();
            }
            changes.addLast(c);
        }
    }

    /** Appends one point (step counts are stored as doubles: exact up to 2^53). */
    public void append(long step, long examplesSeen, double w, double b, double batchCost, double cost) {
        if (exactSize == exactCapacity) {
            evictOldest();
        }
        int slot = (exactHead + exactSize) % exactCapacity;
        exact[STEP][slot] = step;
        exact[EXAMPLES][slot] = examplesSeen;
        exact[W][slot] = w;
        exact[B][slot] = b;
        exact[BATCH_COST][slot] = batchCost;
        exact[COST][slot] = cost;
        exactSize++;
        appended++;
        for (GeometricPath path : paths.values()) {
            path.append(step, w, b);
        }
    }

    private void evictOldest() {
        if (evicted % stride == 0) {
            if (thinnedSize == thinnedCapacity) {
                halveThinned();
            }
            if (evicted % stride == 0) {
                for (int c = 0; c < COLUMNS; c++) {
                    thinned[c][thinnedSize] = exact[c][exactHead];
                }
                thinnedSize++;
            }
        }
        exactHead = (exactHead + 1) % exactCapacity;
        exactSize--;
        evicted++;
    }

    /** Keeps every other thinned point; the kept ones are those at multiples of the doubled stride. */
    private void halveThinned() {
        int kept = 0;
        for (int i = 0; i < thinnedSize; i += 2) {
            for (int c = 0; c < COLUMNS; c++) {
                thinned[c][kept] = thinned[c][i];
            }
            kept++;
        }
        thinnedSize = kept;
        stride *= 2;
    }

    /**
     * The path of a restored run whole: {@code past}, replayed from the start, then the points of
     * {@code live} after past's last step (those taken since the restore), with live's initial η
     * and m and its changes (the live history has them all from the restore on). Neither is changed.
     */
    public static TraceHistory joined(TraceHistory past, TraceHistory live) {
        TraceHistory out = past.copy();
        long last = past.size() == 0 ? -1 : past.step(past.size() - 1);
        for (int i = 0; i < live.size(); i++) {
            if (live.step(i) > last) {
                out.append(live.step(i), live.examplesSeen(i), live.w(i), live.b(i), live.batchCost(i), live.cost(i));
            }
        }
        out.initial = live.initial;
        out.changes.clear();
        out.changes.addAll(live.changes);
        return out;
    }

    /** A history with the same points, thinning and changes, that shares no array with this one. */
    public TraceHistory copy() {
        TraceHistory out = new TraceHistory(exactCapacity, thinnedCapacity);
        for (int c = 0; c < COLUMNS; c++) {
            System.arraycopy(exact[c], 0, out.exact[c], 0, exactCapacity);
            System.arraycopy(thinned[c], 0, out.thinned[c], 0, thinnedCapacity);
        }
        out.exactHead = exactHead;
        out.exactSize = exactSize;
        out.thinnedSize = thinnedSize;
        out.stride = stride;
        out.evicted = evicted;
        out.appended = appended;
        out.initial = initial;
        out.changes.addAll(changes);
        return out;
    }

    public void clear() {
        exactHead = 0;
        exactSize = 0;
        thinnedSize = 0;
        stride = 1;
        evicted = 0;
        appended = 0;
        initial = null;
        changes.clear();
        paths.replaceAll((view, p) -> new GeometricPath(p.scale()));
    }

    /**
     * The path thinned by geometry that serves {@code scale} (every point within
     * {@link GeometricPath#TOLERANCE_PX} of it in those pixels), or null when none can be had from
     * what this history holds: then it must be rebuilt by an exact replay ({@link #adoptPath}),
     * and {@link #path()} is the best there is meanwhile.
     */
    public GeometricPath pathFor(PathScale scale) {
        return pathFor(MAP, scale);
    }

    /** As {@link #pathFor(PathScale)}, for the path {@code view} keeps apart from the map's. */
    public GeometricPath pathFor(Object view, PathScale scale) {
        GeometricPath path = paths.get(view);
        if (path != null && path.scale().serves(scale)) {
            return path;
        }
        if (evicted == 0) {
            path = new GeometricPath(scale);
            for (int i = 0; i < exactSize; i++) {
                path.append(step(i), w(i), b(i));
            }
            paths.put(view, path);
            return path;
        }
        return null;
    }

    /** The map's path thinned by geometry for the scale last served; null if none was asked for. */
    public GeometricPath path() {
        return path(MAP);
    }

    /** The path {@code view} was last served, null if none. */
    public GeometricPath path(Object view) {
        return paths.get(view);
    }

    /**
     * Takes a path rebuilt by exact replay up to its {@link GeometricPath#lastStep()}, and extends
     * it with the exact points this history holds after that. False (nothing changes) when the
     * history no longer holds the point right after it, or holds none after it yet is further on.
     */
    public boolean adoptPath(GeometricPath rebuilt) {
        return adoptPath(MAP, rebuilt);
    }

    /** As {@link #adoptPath(GeometricPath)}, for the path {@code view} keeps. */
    public boolean adoptPath(Object view, GeometricPath rebuilt) {
        long next = rebuilt.lastStep() + 1;
        int first = thinnedSize;
        long newest = size() == 0 ? -1 : step(size() - 1);
        if (newest >= next && (exactSize == 0 || step(first) > next)) {
            return false;
        }
        for (int i = first; i < size(); i++) {
            if (step(i) >= next) {
                rebuilt.append(step(i), w(i), b(i));
            }
        }
        paths.put(view, rebuilt);
        return true;
    }

    /** Points held, thinned ones first, in step order. */
    public int size() {
        return thinnedSize + exactSize;
    }

    /** Points ever appended since the last clear. */
    public long appended() {
        return appended;
    }

    /** How many of the newest points are exact (every step present). */
    public int exactSize() {
        return exactSize;
    }

    public long step(int i) {
        return (long) value(STEP, i);
    }

    public long examplesSeen(int i) {
        return (long) value(EXAMPLES, i);
    }

    public double w(int i) {
        return value(W, i);
    }

    public double b(int i) {
        return value(B, i);
    }

    public double batchCost(int i) {
        return value(BATCH_COST, i);
    }

    public double cost(int i) {
        return value(COST, i);
    }

    /** η and m the run started with (null before the first chunk arrived). */
    public Hyperparameters initialHyperparameters() {
        return initial;
    }

    public List<TraceChunk.Change> changes() {
        return new ArrayList<>(changes);
    }

    private double value(int column, int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException(i);
        }
        if (i < thinnedSize) {
            return thinned[column][i];
        }
        return exact[column][(exactHead + i - thinnedSize) % exactCapacity];
    }
}
