package org.descentfx.engine;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Full-size chunks the consumer has finished with, for the training thread to fill again. At full
 * speed the engine fills a 4,096-point chunk every few milliseconds per run; allocating each anew
 * cost the training thread the zeroing of 196 kB every 4,096 steps (about 50 bytes a step) and the
 * collector the rest. A consumer hands a chunk back only once it no longer reads it
 * ({@link TrainingEngine#recycle}); the queue carries it safely to the training thread. At most
 * {@value #MAX_SPARES} wait, so memory stays bounded if the consumer recycles more than is used.
 */
final class ChunkSpares {
    static final int MAX_SPARES = 16;

    private final ConcurrentLinkedQueue<TraceChunk> spares = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();

    /** Keeps a full-size chunk for reuse (smaller ones are left to the collector). Any thread. */
    void offer(TraceChunk chunk) {
        if (chunk.capacity() != TraceChunk.CAPACITY) {
            return;
        }
        if (count.incrementAndGet() > MAX_SPARES) {
            count.decrementAndGet();
            return;
        }
        spares.add(chunk);
    }

    /** An empty chunk with room for {@code capacity} points: a spare's arrays when it is full-size and one waits. */
    TraceChunk make(long generation, int run, int capacity) {
        if (capacity == TraceChunk.CAPACITY) {
            TraceChunk spare = spares.poll();
            if (spare != null) {
                count.decrementAndGet();
                return new TraceChunk(generation, run, spare);
            }
        }
        return new TraceChunk(generation, run, capacity);
    }

    /** Spares waiting, for tests. */
    int size() {
        return count.get();
    }
}
