package org.descentfx.ui.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.concurrent.locks.LockSupport;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TraceHistory;
import org.descentfx.engine.TrainingEngine;
import org.descentfx.engine.TrainingSetup;
import org.junit.jupiter.api.Test;

/**
 * A jump forward along a path the run went back on: the window takes the points it had from what
 * it kept, the engine rebuilds the step, and the history is the one it was, up to that step, point
 * for point (not a chord from where it went back, not the layout of steps taken again). A fork
 * leaves that path, and the window no longer offers the jump.
 */
class TraceFeedJumpTest {
    private final AtomicReference<EngineSnapshot> latest = new AtomicReference<>();
    private final TraceFeed feed = new TraceFeed();

    @Test
    void aJumpForwardAfterAStepBackGivesBackThePointsTheHistoryHadAndAForkEndsIt() throws Exception {
        TrainingSetup setup = new TrainingSetup(BuiltInDatasets.load("noisy-line"), LinearNeuron.INSTANCE,
                new Point(-1.5, 2.0), 7, new Hyperparameters(0.02, 10), List.of(RunSpec.single()));
        TrainingEngine engine = new TrainingEngine(setup, Runnable::run, latest::set);
        try {
            // given: 20,000 steps or more, all of them in the window's history
            engine.setSpeed(Double.POSITIVE_INFINITY);
            engine.play();
            await(engine, "20,000 steps", s -> s.primary().step() >= 20_000);
            engine.pause();
            EngineSnapshot paused = await(engine, "paused", s -> !s.playing());
            long head = paused.primary().step();
            await(engine, "every point", s -> last(history()) == head);
            List<double[]> before = points(history());

            // when: back to step 500, then a jump to 15,000
            engine.goTo(500);
            await(engine, "step 500", s -> s.primary().step() == 500 && last(history()) == 500);
            assertThat(feed.canJumpTo(15_000)).isTrue();
            assertThat(feed.canJumpTo(head + 1)).as("past what was kept").isFalse();
            engine.goTo(15_000, feed.canJumpTo(15_000));
            EngineSnapshot at = await(engine, "step 15,000", s -> s.primary().step() == 15_000 && last(history()) == 15_000);

            // then: the history is the one it was before 15,000, then the point of step 15,000
            List<double[]> after = points(history());
            List<double[]> expected = before.stream().filter(p -> p[0] < 15_000).toList();
            assertThat(after).hasSize(expected.size() + 1);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(after.get(i)).as("point %d", i).containsExactly(expected.get(i));
            }
            double[] end = after.get(after.size() - 1);
            assertThat(new Point(end[1], end[2])).isEqualTo(at.primary().point());

            // when / then: a new η there forks, and the kept points are not offered any more
            engine.setHyperparameters(new Hyperparameters(0.03, 10));
            engine.stepMiniBatch();
            await(engine, "the fork's first step", s -> s.primary().step() == 15_001 && s.branches().size() == 2);
            assertThat(feed.canJumpTo(15_000)).isFalse();
        } finally {
            engine.close();
            engine.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private TraceHistory history() {
        return feed.histories().get(0);
    }

    /** Feeds the newest snapshot and its points to the feed, as the window does each pulse, until {@code condition}. */
    private EngineSnapshot await(TrainingEngine engine, String what, Predicate<EngineSnapshot> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            EngineSnapshot s = latest.get();
            if (s != null) {
                feed.receive(s, engine);
                if (condition.test(s)) {
                    return s;
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    private static long last(TraceHistory h) {
        return h.size() == 0 ? -1 : h.step(h.size() - 1);
    }

    private static List<double[]> points(TraceHistory h) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            out.add(new double[] {h.step(i), h.w(i), h.b(i), h.cost(i)});
        }
        return out;
    }
}
