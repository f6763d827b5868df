package org.descentfx.engine;

import java.util.List;

/** Finds the k-th point of a list of chunks, for k that never decreases: each chunk is passed once. */
final class ChunkCursor {
    private final List<TraceChunk> chunks;
    private int next;
    private long start;
    private TraceChunk chunk;
    private int index;

    ChunkCursor(List<TraceChunk> chunks) {
        this.chunks = chunks;
    }

    /** Moves to the k-th point, counted from the first point of the first chunk. */
    void seek(long k) {
        while (chunk == null || k - start >= chunk.size()) {
            if (chunk != null) {
                start += chunk.size();
            }
            chunk = chunks.get(next++);
        }
        index = (int) (k - start);
    }

    /** The chunk that holds the point of the last {@link #seek}. */
    TraceChunk chunk() {
        return chunk;
    }

    /** Where in {@link #chunk()} that point is. */
    int index() {
        return index;
    }
}
