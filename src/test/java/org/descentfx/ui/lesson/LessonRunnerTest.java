package org.descentfx.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.lesson.Lesson;
import org.descentfx.core.lesson.LessonException;
import org.descentfx.core.lesson.LessonReader;
import org.descentfx.core.lesson.Wait;
import org.descentfx.core.train.Point;
import org.junit.jupiter.api.Test;

class LessonRunnerTest {
    private static final String LESSON = """
            # Three steps
            ## Set up
            Look.
            ```setup
            data: centred-line
            model: linear
            start: 0, 0
            eta: 0.1
            m: n
            compare: on
            view: map
            speed: 5
            do: to step 2, step, epoch 2
            ```
            ## Predict
            ```ask
            kind: number
            question: How many steps in one epoch?
            answer: 25
            ```
            ## Wait
            Play it.
            ```setup
            eta: 0.3
            ```
            ```wait
            until: epoch >= 3
            ```
            ## End
            Done.
            """;

    private final Recorder window = new Recorder();

    @Test
    void showingAStepAppliesItsSetUpInOrderDataAndModelFirst() throws LessonException {
        LessonRunner runner = runner();

        runner.begin();

        assertThat(window.calls).containsExactly("data centred-line", "model linear", "start (0.0, 0.0)", "eta 0.1",
                "m 0", "compare true", "view map", "speed 5.0", "reset", "step", "step", "step", "epoch", "epoch");
        assertThat(runner.index()).isZero();
        assertThat(runner.canGoNext()).isTrue();
        assertThat(runner.canGoBack()).isFalse();
    }

    @Test
    void aQuestionHoldsNextUntilItIsAnswered() throws LessonException {
        LessonRunner runner = runner();
        runner.begin();
        runner.next();

        assertThat(runner.canGoNext()).isFalse();
        runner.next();
        assertThat(runner.index()).isEqualTo(1);

        assertThat(runner.answer("24")).isFalse();
        assertThat(runner.feedback()).isEqualTo("Not quite: you said 24, the answer is 25.");
        assertThat(runner.canGoNext()).isTrue();
        assertThat(runner.answer("25")).as("one guess, then the truth").isFalse();
    }

    @Test
    void aWaitHoldsNextUntilTheLearnerHasDoneItAndThenStaysMet() throws LessonException {
        LessonRunner runner = runner();
        runner.begin();
        runner.next();
        runner.answer("25");
        window.calls.clear();
        runner.next();

        assertThat(window.calls).containsExactly("eta 0.3");
        runner.observe(new Wait.Observed(true, 2, 50, 0.3, 4, false));
        assertThat(runner.canGoNext()).isFalse();
        runner.observe(new Wait.Observed(false, 3, 75, 0.3, 4, false));
        assertThat(runner.canGoNext()).isTrue();
        runner.observe(new Wait.Observed(false, 0, 0, 0.3, 4, false));
        assertThat(runner.canGoNext()).isTrue();
    }

    @Test
    void backShowsTheStepBeforeAgainAsNewAndTheLastHasNoNext() throws LessonException {
        LessonRunner runner = runner();
        runner.begin();
        runner.next();
        runner.answer("25");
        runner.back();

        assertThat(runner.index()).isZero();
        runner.next();
        assertThat(runner.isRevealed()).isFalse();
        runner.answer("25");
        runner.next();
        runner.observe(new Wait.Observed(false, 3, 0, 0.3, 4, false));
        runner.next();
        assertThat(runner.isLast()).isTrue();
        assertThat(runner.canGoNext()).isFalse();
        assertThat(runner.isDone()).isTrue();
    }

    @Test
    void listenersHearEveryChange() throws LessonException {
        LessonRunner runner = runner();
        List<Integer> heard = new ArrayList<>();
        runner.onChange(() -> heard.add(runner.index()));

        runner.begin();
        runner.next();
        runner.answer("25");

        assertThat(heard).containsExactly(0, 1, 1);
    }

    private LessonRunner runner() throws LessonException {
        Lesson lesson = LessonReader.parse(LESSON, "three.md", null);
        return new LessonRunner(lesson, window);
    }

    /** Writes down what the lesson does to the window. */
    private static final class Recorder implements LessonTarget {
        final List<String> calls = new ArrayList<>();

        @Override
        public boolean selectData(String name, Path file) {
            calls.add("data " + (file != null ? file : name));
            return true;
        }

        @Override
        public void selectModel(String id) {
            calls.add("model " + id);
        }

        @Override
        public void setStart(Point start) {
            calls.add("start " + start);
        }

        @Override
        public void setLearningRate(double eta) {
            calls.add("eta " + eta);
        }

        @Override
        public void setMiniBatchSize(int m) {
            calls.add("m " + m);
        }

        @Override
        public void setSeed(long seed) {
            calls.add("seed " + seed);
        }

        @Override
        public void setCompare(boolean on) {
            calls.add("compare " + on);
        }

        @Override
        public void setStochastic(boolean on) {
            calls.add("stochastic " + on);
        }

        @Override
        public void setOptimizer(String id) {
            calls.add("optimizer " + id);
        }

        @Override
        public void showView(String view) {
            calls.add("view " + view);
        }

        @Override
        public void setSpeed(double stepsPerSecond) {
            calls.add("speed " + stepsPerSecond);
        }

        @Override
        public void play() {
            calls.add("play");
        }

        @Override
        public void pause() {
            calls.add("pause");
        }

        @Override
        public void reset() {
            calls.add("reset");
        }

        @Override
        public void stepMiniBatch() {
            calls.add("step");
        }

        @Override
        public void stepEpoch() {
            calls.add("epoch");
        }
    }
}
