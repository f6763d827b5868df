package org.descentfx.core.surface;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins marching-squares segments into chains. A segment links two grid edges, and a grid edge is
 * shared by at most two cells, so every edge ends at most two segments: the segments form paths
 * (from the border or a NaN hole to another) and cycles, and walking edge to edge finds them all.
 *
 * <p>Grid edges are numbered densely, so which segments end at an edge is kept in a plain array
 * with two slots per edge, allocated once per grid and cleared per level: a contour needs no
 * object per segment.
 */
final class EdgeChains {

    /** Grid edges in walking order; a closed chain repeats its first edge at the end. */
    record Chain(int[] edges, boolean closed) {
    }

    /** Slots 2e and 2e + 1: the segments that end at grid edge e, −1 where none does. */
    private final int[] segmentsAtEdge;
    /** Segment s links grid edges {@code ends[2s]} and {@code ends[2s + 1]}. */
    private int[] ends = new int[128];
    private int count;

    EdgeChains(int edgeCount) {
        segmentsAtEdge = new int[Math.multiplyExact(2, edgeCount)];
        Arrays.fill(segmentsAtEdge, -1);
    }

    void add(int edgeA, int edgeB) {
        if (2 * count + 2 > ends.length) {
            ends = Arrays.copyOf(ends, 2 * ends.length);
        }
        ends[2 * count] = edgeA;
        ends[2 * count + 1] = edgeB;
        attach(edgeA, count);
        attach(edgeB, count);
        count++;
    }

    private void attach(int edge, int segment) {
        int slot = 2 * edge;
        if (segmentsAtEdge[slot] < 0) {
            segmentsAtEdge[slot] = segment;
        } else if (segmentsAtEdge[slot + 1] < 0) {
            segmentsAtEdge[slot + 1] = segment;
        } else {
            throw new IllegalStateException("grid edge " + edge + " ends a third segment");
        }
    }

    /** Forgets every segment, ready for the next level. */
    void clear() {
        for (int k = 0; k < 2 * count; k++) {
            segmentsAtEdge[2 * ends[k]] = -1;
            segmentsAtEdge[2 * ends[k] + 1] = -1;
        }
        count = 0;
    }

    /** Open chains first (each starts at an edge only one segment touches), then the cycles. */
    List<Chain> join() {
        boolean[] used = new boolean[count];
        List<Chain> chains = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            for (int k = 2 * s; k < 2 * s + 2; k++) {
                int edge = ends[k];
                if (!used[s] && segmentsAtEdge[2 * edge + 1] < 0) {
                    chains.add(walk(edge, used));
                }
            }
        }
        for (int s = 0; s < count; s++) {
            if (!used[s]) {
                chains.add(walk(ends[2 * s], used));
            }
        }
        return chains;
    }

    private Chain walk(int start, boolean[] used) {
        int[] edges = new int[8];
        int length = 0;
        edges[length++] = start;
        int edge = start;
        int segment = unused(edge, used);
        while (segment >= 0) {
            used[segment] = true;
            edge = ends[2 * segment] == edge ? ends[2 * segment + 1] : ends[2 * segment];
            if (length == edges.length) {
                edges = Arrays.copyOf(edges, 2 * length);
            }
            edges[length++] = edge;
            segment = unused(edge, used);
        }
        return new Chain(Arrays.copyOf(edges, length), length > 2 && edge == start);
    }

    private int unused(int edge, boolean[] used) {
        for (int slot = 2 * edge; slot < 2 * edge + 2; slot++) {
            int segment = segmentsAtEdge[slot];
            if (segment >= 0 && !used[segment]) {
                return segment;
            }
        }
        return -1;
    }
}
