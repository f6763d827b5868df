package org.descentfx.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.lesson.Lesson;
import org.descentfx.core.lesson.LessonStep;
import org.descentfx.core.lesson.Question;
import org.descentfx.core.lesson.Setup;
import org.descentfx.core.lesson.Wait;

/**
 * A lesson under way: which step is shown, whether its prediction has been revealed and its wait
 * met. Showing a step (by Next or Back) applies its set-up to the window; resuming a lesson left
 * with Escape does not, so the window keeps what the learner did meanwhile. No JavaFX: the pane
 * binds to it through {@link #onChange}. FX thread only (it drives the window's experiment).
 */
final class LessonRunner {
    private final Lesson lesson;
    private final LessonTarget target;
    private final List<Runnable> listeners = new ArrayList<>();
    private int index = -1;
    private boolean revealed;
    private boolean waitMet;
    private String feedback = "";

    LessonRunner(Lesson lesson, LessonTarget target) {
        this.lesson = lesson;
        this.target = target;
    }

    Lesson lesson() {
        return lesson;
    }

    /** Shows the first step, applying its set-up. */
    void begin() {
        show(0);
    }

    /** The shown step's number, from 0. */
    int index() {
        return index;
    }

    LessonStep step() {
        return lesson.steps().get(index);
    }

    boolean isLast() {
        return index == lesson.steps().size() - 1;
    }

    /** Whether Next is offered: the prediction made and shown, the learner's task done, and a step after this one. */
    boolean canGoNext() {
        return !isLast() && isDone();
    }

    /** Whether this step asks nothing more: its question revealed and its wait met. */
    boolean isDone() {
        LessonStep s = step();
        return (s.question() == null || revealed) && (s.waitUntil() == null || waitMet);
    }

    boolean canGoBack() {
        return index > 0;
    }

    void next() {
        if (canGoNext()) {
            show(index + 1);
        }
    }

    void back() {
        if (canGoBack()) {
            show(index - 1);
        }
    }

    /** Whether the prediction of the shown step has been made and its truth shown. */
    boolean isRevealed() {
        return revealed;
    }

    /** What the reveal said: right or not, and by how much; empty before it. */
    String feedback() {
        return feedback;
    }

    /** The prediction was made and the truth shown, with {@code text} saying how close it was. */
    void revealed(String text) {
        if (step().question() != null && !revealed) {
            revealed = true;
            feedback = text;
            changed();
        }
    }

    /** Answers a number or choice question; returns whether it was right. */
    boolean answer(String given) {
        Question q = step().question();
        if (q == null || revealed || (q.kind() != Question.Kind.NUMBER && q.kind() != Question.Kind.CHOICE)) {
            return false;
        }
        boolean right = q.isRight(given);
        revealed(right ? "Right: " + q.answer() + "." : "Not quite: you said " + given.strip() + ", the answer is "
                + q.answer() + ".");
        return right;
    }

    /** Tells the runner what the window shows; once the step's wait is met it stays met. */
    void observe(Wait.Observed observed) {
        Wait w = step().waitUntil();
        if (w != null && !waitMet && w.isMet(observed)) {
            waitMet = true;
            changed();
        }
    }

    boolean isWaitMet() {
        return waitMet;
    }

    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void show(int i) {
        index = i;
        revealed = false;
        waitMet = false;
        feedback = "";
        SetupActions.apply(step().setup(), target);
        changed();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    /** How a step's set-up reaches the window: data and model first, as they restart the runs. */
    static final class SetupActions {
        private SetupActions() {
        }

        static void apply(Setup s, LessonTarget t) {
            if (s.dataset() != null || s.datasetFile() != null) {
                t.selectData(s.dataset(), s.datasetFile());
            }
            if (s.model() != null) {
                t.selectModel(s.model());
            }
            if (s.start() != null) {
                t.setStart(s.start());
            }
            if (s.learningRate() != null) {
                t.setLearningRate(s.learningRate());
            }
            if (s.miniBatchSize() != null) {
                t.setMiniBatchSize(s.miniBatchSize());
            }
            if (s.seed() != null) {
                t.setSeed(s.seed());
            }
            choices(s, t);
            s.actions().forEach(a -> act(a, t));
        }

        private static void choices(Setup s, LessonTarget t) {
            if (s.stochastic() != null) {
                t.setStochastic(s.stochastic());
            }
            if (s.compare() != null) {
                t.setCompare(s.compare());
            }
            if (s.optimizer() != null) {
                t.setOptimizer(s.optimizer());
            }
            if (s.view() != null) {
                t.showView(s.view());
            }
            if (s.speed() != null) {
                t.setSpeed(s.speed());
            }
        }

        private static void act(Setup.Action a, LessonTarget t) {
            switch (a.kind()) {
                case PLAY -> t.play();
                case PAUSE -> t.pause();
                case RESET -> t.reset();
                case STEP -> repeat(a.count(), t::stepMiniBatch);
                case EPOCH -> repeat(a.count(), t::stepEpoch);
                case TO_STEP -> {
                    t.reset();
                    repeat(a.count(), t::stepMiniBatch);
                }
            }
        }

        private static void repeat(long times, Runnable r) {
            for (long i = 0; i < times; i++) {
                r.run();
            }
        }
    }
}
