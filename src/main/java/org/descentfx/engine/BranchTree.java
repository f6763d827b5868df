package org.descentfx.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Run;

/**
 * The branches of the runs' past: every continuation that a fork left behind, kept with its own
 * {@link Timeline} per run so that its head can be rebuilt exactly, and with the ghost of the
 * first run's path on it. A branch shares its parent's steps up to its fork step (per run); two
 * branches share the steps up to the smallest fork step on the way between them. The current
 * branch's timelines are the runs' own while it is current; the tree holds them only for the others.
 * Memory: at most {@link #MAX} branches, each with at most {@link Timeline#limitFor} checkpoints
 * per run (those before a fork shared with its parent) and one ghost of {@link #GHOST_POINTS} points.
 * Not thread-safe: the training thread owns it.
 */
final class BranchTree {
    static final int MAX = 8;
    static final int GHOST_POINTS = 2048;

    private static final class Node {
        final int id;
        String name;
        int parent;
        long[] forkSteps;
        List<Timeline> timelines;
        Hyperparameters controls;
        GhostPath ghost;
        long ghostFrom = -1;
        long head;

        Node(int id, String name, int parent, long[] forkSteps) {
            this.id = id;
            this.name = name;
            this.parent = parent;
            this.forkSteps = forkSteps;
        }
    }

    private final Map<Integer, Node> nodes = new LinkedHashMap<>();
    private int current;
    private int nextId;

    /** The first branch, from the start, whose runs use {@code controls}. */
    BranchTree(Hyperparameters controls, int runs) {
        nodes.put(0, new Node(0, nameFor(controls, null, 0), -1, new long[runs]));
        nextId = 1;
    }

    int current() {
        return current;
    }

    boolean has(int id) {
        return nodes.containsKey(id);
    }

    boolean hasRoom() {
        return nodes.size() < MAX;
    }

    int size() {
        return nodes.size();
    }

    /**
     * The current branch is left behind with {@code timelines} (its runs' past up to their heads)
     * and {@code controls} (the η and m it would go on with); a new one, forked at {@code steps},
     * becomes current. Returns its id.
     */
    int fork(List<Timeline> timelines, Hyperparameters controls, long[] steps, Hyperparameters next) {
        Node old = nodes.get(current);
        leave(timelines, controls);
        Node fresh = new Node(nextId++, nameFor(next, controls, steps[0]), old.id, steps.clone());
        nodes.put(fresh.id, fresh);
        current = fresh.id;
        return fresh.id;
    }

    /** Leaves the current branch with its runs' timelines and controls, to come back to exactly. */
    void leave(List<Timeline> timelines, Hyperparameters controls) {
        Node c = nodes.get(current);
        c.timelines = List.copyOf(timelines);
        c.controls = controls;
        c.head = timelines.get(0).head();
        c.ghost = null;
        c.ghostFrom = -1;
    }

    /** Makes {@code id} current; returns its timelines, which the runs take over. */
    List<Timeline> enter(int id) {
        Node n = nodes.get(id);
        current = id;
        List<Timeline> t = n.timelines;
        n.timelines = null;
        n.ghost = null;
        n.ghostFrom = -1;
        return t;
    }

    /** The η and m branch {@code id} goes on with (null for the current one: the runs' own). */
    Hyperparameters controls(int id) {
        return nodes.get(id).controls;
    }

    void rename(int id, String name) {
        Node n = nodes.get(id);
        if (n != null && name != null && !name.isBlank()) {
            n.name = name.strip();
        }
    }

    /**
     * Forgets branch {@code id} (never the current one). Its children fork off its parent from then
     * on, at the earlier of their fork and its; if it was the first, its first child takes its place.
     */
    boolean delete(int id) {
        Node gone = nodes.get(id);
        if (gone == null || id == current) {
            return false;
        }
        nodes.remove(id);
        List<Node> children = nodes.values().stream().filter(n -> n.parent == id).toList();
        int newParent = gone.parent;
        for (Node child : children) {
            if (newParent < 0) {
                newParent = child.id; // the first child becomes the first branch
                child.parent = -1;
                child.forkSteps = new long[child.forkSteps.length];
                continue;
            }
            child.parent = newParent;
            for (int i = 0; i < child.forkSteps.length; i++) {
                child.forkSteps[i] = Math.min(child.forkSteps[i], gone.forkSteps[i]);
            }
        }
        for (Node n : nodes.values()) {
            n.ghostFrom = -1; // shared steps may have changed
        }
        return true;
    }

    /** Per run, the last step that branches {@code a} and {@code b} share ({@code Long.MAX_VALUE} for a == b). */
    long[] shared(int a, int b, int runs) {
        long[] d = new long[runs];
        java.util.Arrays.fill(d, Long.MAX_VALUE);
        List<Node> up = ancestry(a);
        Set<Integer> ids = new HashSet<>();
        up.forEach(n -> ids.add(n.id));
        List<Node> other = ancestry(b);
        int meet = other.stream().filter(n -> ids.contains(n.id)).findFirst().orElseThrow().id;
        for (List<Node> line : List.of(up, other)) {
            for (Node n : line) {
                if (n.id == meet) {
                    break;
                }
                for (int i = 0; i < runs; i++) {
                    d[i] = Math.min(d[i], n.forkSteps[i]);
                }
            }
        }
        return d;
    }

    private List<Node> ancestry(int id) {
        List<Node> line = new ArrayList<>();
        for (Node n = nodes.get(id); n != null; n = nodes.get(n.parent)) {
            line.add(n);
        }
        return line;
    }

    /**
     * Brings every other branch's ghost up to date with the current branch: its first run's path
     * from the step where it leaves the current branch, walked on a run from {@code scratch}.
     */
    void refreshGhosts(Supplier<Run> scratch, int runs) {
        for (Node n : nodes.values()) {
            if (n.id == current) {
                continue;
            }
            long from = shared(current, n.id, runs)[0];
            if (n.ghostFrom == from && n.ghost != null) {
                continue;
            }
            n.ghost = ghost(n.timelines.get(0), Math.min(from, n.head), n.head, scratch.get());
            n.ghostFrom = from;
        }
    }

    private static GhostPath ghost(Timeline timeline, long from, long to, Run run) {
        long from0 = Math.max(from, timeline.earliest());
        long stride = Math.max(1, -Math.floorDiv(-(to - from0), GHOST_POINTS - 1));
        int size = (int) Math.min(GHOST_POINTS + 1, (to - from0) / stride + 2);
        long[] steps = new long[size];
        double[] w = new double[size];
        double[] b = new double[size];
        double[] cost = new double[size];
        int[] count = new int[1];
        timeline.walk(run, from0, to, r -> {
            if ((r.step() - from0) % stride == 0 || r.step() == to) {
                int k = count[0]++;
                steps[k] = r.step();
                w[k] = r.w();
                b[k] = r.b();
                cost[k] = r.cost();
            }
        });
        int k = count[0];
        return new GhostPath(java.util.Arrays.copyOf(steps, k), java.util.Arrays.copyOf(w, k),
                java.util.Arrays.copyOf(b, k), java.util.Arrays.copyOf(cost, k));
    }

    /** The branches as the views see them; {@code currentHead} is the current branch's first run's head. */
    List<Branch> list(long currentHead) {
        List<Branch> out = new ArrayList<>(nodes.size());
        for (Node n : nodes.values()) {
            boolean now = n.id == current;
            out.add(new Branch(n.id, n.name, n.forkSteps[0], n.parent, now ? currentHead : n.head, now,
                    now ? null : n.ghost));
        }
        return List.copyOf(out);
    }

    /**
     * The branches as a saved session keeps them, a parent before its children: each run's fork
     * step, head and changes after the fork; the current one's from {@code live}, the runs' own
     * timelines, going on with {@code liveControls}.
     */
    List<BranchPlan> plans(List<Timeline> live, Hyperparameters liveControls) {
        List<Integer> order = new ArrayList<>(nodes.keySet());
        List<BranchPlan> out = new ArrayList<>(nodes.size());
        for (Node n : nodes.values()) {
            boolean now = n.id == current;
            List<Timeline> lines = now ? live : n.timelines;
            List<BranchPlan.Leg> legs = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                Timeline t = lines.get(i);
                long fork = Math.min(n.forkSteps[i], t.head()); // stepped back before its fork: no steps of its own
                legs.add(new BranchPlan.Leg(fork, t.head(), t.changesAfter(fork).headMap(t.head() + 2)));
            }
            out.add(new BranchPlan(n.name, n.parent < 0 ? -1 : order.indexOf(n.parent), legs,
                    now ? liveControls : n.controls));
        }
        return List.copyOf(out);
    }

    /**
     * The tree of a saved session: branch k is {@code plans.get(k)} with the timelines
     * {@code timelines.get(k)} that replaying it built; {@code current} is the one the runs are on
     * (its timelines become the runs' own).
     */
    static BranchTree rebuilt(List<BranchPlan> plans, List<List<Timeline>> timelines, int current) {
        BranchTree tree = new BranchTree(plans.get(0).controls(), timelines.get(0).size());
        tree.nodes.clear();
        for (int k = 0; k < plans.size(); k++) {
            BranchPlan p = plans.get(k);
            long[] forks = p.legs().stream().mapToLong(BranchPlan.Leg::forkStep).toArray();
            Node n = new Node(k, p.name(), p.parent(), forks);
            if (k != current) {
                n.timelines = List.copyOf(timelines.get(k));
                n.controls = p.controls();
                n.head = n.timelines.get(0).head();
            }
            tree.nodes.put(k, n);
        }
        tree.current = current;
        tree.nextId = plans.size();
        return tree;
    }

    /** "η = 0.02 from step 40", with m when it differs from {@code before}'s. */
    static String nameFor(Hyperparameters h, Hyperparameters before, long step) {
        String eta = new BigDecimal(h.learningRate()).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        String m = before != null && before.miniBatchSize() != h.miniBatchSize() ? ", m = " + h.miniBatchSize() : "";
        return "η = " + eta + m + " from step " + step;
    }
}
