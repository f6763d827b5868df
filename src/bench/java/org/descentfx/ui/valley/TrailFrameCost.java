package org.descentfx.ui.valley;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import javafx.scene.shape.TriangleMesh;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.CostSurface;
import org.descentfx.core.surface.Minimum;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.engine.GeometricPath;
import org.descentfx.engine.TraceHistory;

/**
 * What the 3D trail costs the FX thread per frame while training runs: a run of the noisy line
 * arrives a frame's steps at a time, as the window's feed brings them; after each frame the trail
 * is laid both ways into a {@link TriangleMesh} of its own — laid again in full (the path's every
 * segment draped and tubed, the mesh's arrays set whole, as before) and grown ({@link GrowingTrail}:
 * the new vertices only). The figure is the thread's CPU time for that work, median over the last
 * third of the frames, when the trail is longest. The mesh's later upload (the pulse and the
 * render thread) is not in it: no 3D pipeline runs here. Pure Java, no toolkit started.
 */
public final class TrailFrameCost {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One workload's result: CPU ms per frame laid in full and grown, and the trail's size in the end. */
    public record Result(double fullMs, double grownMs, int pathVertices, int tubeVertices) {
    }

    private TrailFrameCost() {
    }

    /** A run of m-sized mini-batches at learning rate eta, {@code frames} frames of {@code stepsPerFrame} steps. */
    public static Result measure(int m, double eta, int frames, int stepsPerFrame) throws Exception {
        Dataset data = BuiltInDatasets.load("noisy-line");
        Point start = new Point(-1, -3);
        Window window = Window.around(Minimum.of(LinearNeuron.INSTANCE, data, start), start, 0.35, 1.0);
        CostGrid grid = CostSurface.compute(LinearNeuron.INSTANCE, data, window, 128, 128);
        ValleyMesh mesh = ValleyMesh.of(grid, true);
        TrailScale scale = TrailScale.of(mesh, ValleyProjection.of(new ValleyCamera(), 760, 560));
        TraceHistory history = new TraceHistory();
        Run run = new Run(data, LinearNeuron.INSTANCE, start, new Hyperparameters(eta, m), 1);
        history.append(0, 0, run.w(), run.b(), Double.NaN, run.cost());
        GeometricPath path = ValleyTrail.pathFor(history, scale);
        GrowingTrail grown = new GrowingTrail(mesh, path, ValleyView.TRAIL_LIFT, scale.sag(), ValleyView.TRAIL_RADIUS);
        TriangleMesh full = new TriangleMesh();
        TriangleMesh growing = new TriangleMesh();
        long[] fullNs = new long[frames];
        long[] grownNs = new long[frames];
        for (int frame = 0; frame < frames; frame++) {
            for (int s = 0; s < stepsPerFrame; s++) {
                run.stepMiniBatch();
                history.append(run.step(), run.examplesSeen(), run.w(), run.b(), run.lastBatchCost(), Double.NaN);
            }
            long t0 = THREADS.getCurrentThreadCpuTime();
            ValleyTrail.Tube tube = ValleyTrail.tube(
                    ValleyTrail.runs(mesh, path, ValleyView.TRAIL_LIFT, scale.sag()), ValleyView.TRAIL_RADIUS);
            full.getPoints().setAll(tube.points());
            full.getFaces().setAll(tube.faces());
            long t1 = THREADS.getCurrentThreadCpuTime();
            if (!grown.grows(mesh, path, scale.sag())) {
                grown = new GrowingTrail(mesh, path, ValleyView.TRAIL_LIFT, scale.sag(), ValleyView.TRAIL_RADIUS);
            }
            grown.layOn(growing);
            long t2 = THREADS.getCurrentThreadCpuTime();
            fullNs[frame] = t1 - t0;
            grownNs[frame] = t2 - t1;
        }
        if (!Arrays.equals(full.getPoints().toArray(null), growing.getPoints().toArray(null))) {
            throw new IllegalStateException("the grown trail differs from the one laid in full");
        }
        return new Result(medianOfLastThird(fullNs), medianOfLastThird(grownNs), path.size(),
                growing.getPoints().size() / 3);
    }

    private static double medianOfLastThird(long[] ns) {
        long[] tail = Arrays.copyOfRange(ns, ns.length - ns.length / 3, ns.length);
        Arrays.sort(tail);
        return tail[tail.length / 2] / 1e6;
    }

    public static void main(String[] args) throws Exception {
        for (int m : new int[] {1, 10}) {
            Result r = measure(m, m == 1 ? 0.02 : 0.05, Integer.getInteger("frames", 600), Integer.getInteger("steps", 100));
            System.out.printf("m=%d: full %.3f ms, grown %.3f ms, path %d vertices, tube %d vertices%n",
                    m, r.fullMs(), r.grownMs(), r.pathVertices(), r.tubeVertices());
        }
    }
}
