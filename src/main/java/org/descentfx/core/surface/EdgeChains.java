package org.descentfx.core.surface;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins marching-squares segments into chains. A segment links two grid edges, and a grid edge is
 * shared by at most two cells, so every edge ends at most two segments: the segments form paths
 * (from the border or a NaN hole to another) and cycles, and walking edge to edge finds them all.
 */
final class EdgeChains {

    /** Grid edges in walking order; a closed chain repeats its first edge at the end. */
    record Chain(int[] edges, boolean closed) {
    }

    private final List<int[]> segments = new ArrayList<>();
    private final Map<Integer, int[]> segmentsAtEdge = new HashMap<>();

    void add(int edgeA, int edgeB) {
        int index = segments.size();
        segments.add(new int[] {edgeA, edgeB});
        attach(edgeA, index);
        attach(edgeB, index);
    }

    private void attach(int edge, int segment) {
        int[] ends = segmentsAtEdge.computeIfAbsent(edge, e -> new int[] {-1, -1});
        if (ends[0] < 0) {
            ends[0] = segment;
        } else if (ends[1] < 0) {
            ends[1] = segment;
        } else {
            throw new IllegalStateException("grid edge " + edge + " ends a third segment");
        }
    }

    /** Open chains first (each starts at an edge only one segment touches), then the cycles. */
    List<Chain> join() {
        boolean[] used = new boolean[segments.size()];
        List<Chain> chains = new ArrayList<>();
        for (int s = 0; s < segments.size(); s++) {
            for (int edge : segments.get(s)) {
                if (!used[s] && segmentsAtEdge.get(edge)[1] < 0) {
                    chains.add(walk(edge, used));
                }
            }
        }
        for (int s = 0; s < segments.size(); s++) {
            if (!used[s]) {
                chains.add(walk(segments.get(s)[0], used));
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
            int[] ends = segments.get(segment);
            edge = ends[0] == edge ? ends[1] : ends[0];
            if (length == edges.length) {
                edges = Arrays.copyOf(edges, 2 * length);
            }
            edges[length++] = edge;
            segment = unused(edge, used);
        }
        return new Chain(Arrays.copyOf(edges, length), length > 2 && edge == start);
    }

    private int unused(int edge, boolean[] used) {
        for (int segment : segmentsAtEdge.get(edge)) {
            if (segment >= 0 && !used[segment]) {
                return segment;
            }
        }
        return -1;
    }
}
