package org.descentfx.engine;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The chunks of points on their way from the training thread to the consumer, oldest first, and
 * how many points they hold, so the training thread can tell when the consumer falls behind.
 * Safe to use from any thread.
 */
final class TraceQueue {
    private final Queue<TraceChunk> chunks = new ConcurrentLinkedQueue<>();
    private final AtomicLong points = new AtomicLong();

    void add(TraceChunk chunk) {
        points.addAndGet(chunk.size());
        chunks.add(chunk);
    }

    /** The oldest chunk, or null when none is waiting. */
    TraceChunk poll() {
        TraceChunk chunk = chunks.poll();
        if (chunk != null) {
            points.addAndGet(-chunk.size());
        }
        return chunk;
    }

    /** Points waiting to be taken. */
    long points() {
        return points.get();
    }
}
