package org.descentfx.engine;

import org.descentfx.core.train.Hyperparameters;

/** Builds trace chunks for tests outside the engine, whose chunk writers are package-private. */
public final class TestChunks {
    private TestChunks() {
    }

    /** A chunk holding only a change of η or m, first used at {@code step}. */
    public static TraceChunk change(long step, long examplesSeen, Hyperparameters hyperparameters) {
        TraceChunk chunk = new TraceChunk(0, 0);
        chunk.addChange(new TraceChunk.Change(step, examplesSeen, hyperparameters));
        return chunk;
    }
}
