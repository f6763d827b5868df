package org.descentfx.ui.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.GhostPath;
import org.descentfx.engine.RestoreProgress;
import org.descentfx.engine.TraceChunk;
import org.descentfx.engine.TraceHistory;
import org.descentfx.engine.TrainingEngine;

/**
 * Receives what the training thread sends besides snapshots: the chunks of every run's points,
 * drained whole each time a snapshot arrives, copied into one bounded {@link TraceHistory} per
 * run and handed back to be filled again. Chunks of an older generation (the runs restarted since)
 * are stale and go straight back. After a restore, the paths replayed from the start are joined
 * in front of what arrived since, once the replay is done.
 *
 * <p>Going back keeps what was ahead: at the first step back along a path, each history is copied
 * as it was ({@link #ahead}). A jump forward along the same path, up to where that copy ends, then
 * takes its points from the copy ({@link #canJumpTo}, {@link TrainingEngine#goTo(long, boolean)}),
 * so the engine rebuilds the step instead of taking every step again. The copy is dropped once the
 * runs leave that path: a fork, a switch of branch, a delete, a new generation, or a step past its end.
 *
 * <p>Thread rules: FX thread only, called by the {@link Experiment} that owns it.
 */
final class TraceFeed {
    private final List<TraceHistory> histories = new ArrayList<>();
    private long generation = -1;
    /** Whether this generation's restored paths were joined to its histories. */
    private boolean pathsJoined;
    /** Per run, its history as it was at the first step back along the current path; null where none. */
    private final List<TraceHistory> ahead = new ArrayList<>();
    /** The branches as the copies in {@link #ahead} know them: how many, and the current one's id. */
    private List<Integer> aheadBranches;
    /** The most points {@link #aheadOf} gives, as a ghost holds. */
    static final int AHEAD_POINTS = 2048;
    private GhostPath aheadShown;
    private long aheadFrom = -1;
    private TraceHistory aheadSource;
    /** The branches as the histories showed them after the last snapshot. */
    private List<Integer> shownBranches = List.of();

    /** Takes in the points that arrived with {@code s}: the engine's queue is empty afterwards. */
    void receive(EngineSnapshot s, TrainingEngine engine) {
        if (s.generation() != generation) {
            generation = s.generation();
            histories.clear();
            pathsJoined = false;
            ahead.clear();
        }
        List<Integer> branches = branchesOf(s);
        if (!branches.equals(aheadBranches)) {
            ahead.clear(); // the copies are of another path than the one the runs are on now
        }
        while (histories.size() < s.runs().size()) {
            histories.add(new TraceHistory());
        }
        // All of a run's new points in one append: it copies only those its history keeps.
        List<List<TraceChunk>> arrived = new ArrayList<>(histories.size());
        histories.forEach(h -> arrived.add(new ArrayList<>()));
        engine.drainTrace(chunk -> {
            if (chunk.generation() == generation && chunk.run() < histories.size()) {
                arrived.get(chunk.run()).add(chunk);
            } else {
                engine.recycle(chunk);
            }
        });
        for (int i = 0; i < histories.size(); i++) {
            if (!arrived.get(i).isEmpty()) {
                append(i, arrived.get(i));
                // the history copied what it keeps: the chunks go back to be filled again
                arrived.get(i).forEach(engine::recycle);
            }
        }
        if (!ahead.isEmpty() && ahead.get(0) != null && lastStep(histories.get(0)) > lastStep(ahead.get(0))) {
            ahead.clear(); // past where the copies end: new ground
        }
        shownBranches = branches;
        joinRestoredPaths(s.restore());
    }

    /**
     * Whether a jump of the first run to {@code step} can take its points from what was kept ahead:
     * every run has its copy, of the path the runs are on, and the first run's reaches {@code step}.
     */
    boolean canJumpTo(long step) {
        if (ahead.size() != histories.size() || ahead.isEmpty() || !shownBranches.equals(aheadBranches)) {
            return false;
        }
        for (TraceHistory h : ahead) {
            if (h == null) {
                return false;
            }
        }
        return step <= lastStep(ahead.get(0));
    }

    /** Appends run {@code i}'s chunks; a step back copies the history first, a jump forward takes the copy. */
    private void append(int i, List<TraceChunk> chunks) {
        int from = 0;
        for (int j = 0; j < chunks.size(); j++) {
            TraceChunk c = chunks.get(j);
            if (c.rewoundTo() < 0) {
                continue;
            }
            histories.get(i).append(chunks.subList(from, j));
            from = j;
            if (c.jumpedAlongKept()) {
                TraceHistory kept = i < ahead.size() ? ahead.get(i) : null;
                if (kept != null && branchesMatch()) {
                    histories.set(i, kept.copy()); // the chunk then goes back to its step
                }
            } else if (i >= ahead.size() || ahead.get(i) == null) {
                while (ahead.size() <= i) {
                    ahead.add(null);
                }
                ahead.set(i, histories.get(i).copy());
                aheadBranches = shownBranches;
            }
        }
        histories.get(i).append(chunks.subList(from, chunks.size()));
    }

    /**
     * The first run's kept points from step {@code from} on (at most {@link #AHEAD_POINTS}, the last
     * always among them), or null when nothing is kept ahead of it: what the map and the chart draw
     * faint after a step back, the steps a → would take again.
     */
    GhostPath aheadOf(long from) {
        TraceHistory kept = ahead.isEmpty() ? null : ahead.get(0);
        if (kept == null || !shownBranches.equals(aheadBranches) || lastStep(kept) <= from) {
            return null;
        }
        if (aheadShown != null && aheadFrom == from && aheadSource == kept) {
            return aheadShown;
        }
        int first = 0;
        while (first < kept.size() && kept.step(first) < from) {
            first++;
        }
        first = Math.max(0, first - (first < kept.size() && kept.step(first) > from ? 1 : 0));
        int count = kept.size() - first;
        int n = Math.min(count, AHEAD_POINTS);
        long[] steps = new long[n];
        double[] w = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        for (int j = 0; j < n; j++) {
            int i = first + (n == 1 ? 0 : (int) Math.round(j * (count - 1) / (double) (n - 1)));
            steps[j] = kept.step(i);
            w[j] = kept.w(i);
            b[j] = kept.b(i);
            c[j] = kept.cost(i);
        }
        aheadShown = new GhostPath(steps, w, b, c);
        aheadFrom = from;
        aheadSource = kept;
        return aheadShown;
    }

    private boolean branchesMatch() {
        return aheadBranches != null && aheadBranches.equals(shownBranches);
    }

    /** How many branches there are and which is current, as the copies must match it. */
    private static List<Integer> branchesOf(EngineSnapshot s) {
        var current = s.currentBranch();
        return List.of(s.branches().size(), current == null ? -1 : current.id());
    }

    private static long lastStep(TraceHistory h) {
        return h.size() == 0 ? -1 : h.step(h.size() - 1);
    }

    /** Once the replay of a restored session is done: its paths from the start, then what came since. */
    private void joinRestoredPaths(RestoreProgress r) {
        if (pathsJoined || r == null || !r.finished()) {
            return;
        }
        pathsJoined = true;
        for (int i = 0; i < histories.size() && i < r.paths().size(); i++) {
            TraceHistory past = r.paths().get(i);
            if (past != null) {
                histories.set(i, TraceHistory.joined(past, histories.get(i)));
            }
        }
    }

    /** One history per run of the current generation, in the order of the setup. */
    List<TraceHistory> histories() {
        return Collections.unmodifiableList(histories);
    }
}
