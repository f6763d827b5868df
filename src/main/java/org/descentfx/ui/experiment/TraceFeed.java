package org.descentfx.ui.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.descentfx.engine.EngineSnapshot;
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
 * <p>Thread rules: FX thread only, called by the {@link Experiment} that owns it.
 */
final class TraceFeed {
    private final List<TraceHistory> histories = new ArrayList<>();
    private long generation = -1;
    /** Whether this generation's restored paths were joined to its histories. */
    private boolean pathsJoined;

    /** Takes in the points that arrived with {@code s}: the engine's queue is empty afterwards. */
    void receive(EngineSnapshot s, TrainingEngine engine) {
        if (s.generation() != generation) {
            generation = s.generation();
            histories.clear();
            pathsJoined = false;
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
                histories.get(i).append(arrived.get(i));
                // the history copied what it keeps: the chunks go back to be filled again
                arrived.get(i).forEach(engine::recycle);
            }
        }
        joinRestoredPaths(s.restore());
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
