package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.lesson.BuiltInLessons;
import org.descentfx.core.lesson.Lesson;
import org.descentfx.core.lesson.LessonStep;
import org.descentfx.core.lesson.Question;
import org.descentfx.core.lesson.Setup;
import org.descentfx.core.lesson.Wait;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Snapshot;
import org.descentfx.ui.controls.DataChoice;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.map.CostMapView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each built-in lesson played in the window from its first step to its last, every question
 * answered and every wait met as a learner would, checking at each step that the window's controls
 * show what the step sets up; and the keys, leaving and resuming, and a teacher's own file.
 */
class LessonsWindowTest {

    private final FxRobot robot = new FxRobot();
    private DescentApp app;
    private Experiment experiment;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        experiment = app.window().experiment();
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get() != null
                && experiment.surfaceProperty().get() != null));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    static Stream<String> builtInLessons() {
        return BuiltInLessons.names().stream();
    }

    @ParameterizedTest
    @MethodSource("builtInLessons")
    void aBuiltInLessonPlaysFromItsFirstStepToItsLast(String name) throws Exception {
        Lesson lesson = BuiltInLessons.load(name);
        onFx(() -> {
            app.window().lessons().startBuiltIn(name);
            return null;
        });
        assertThat(lessonShown()).isTrue();
        Expected expected = new Expected();

        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            expected.add(step.setup());
            assertThat(label("#lessonProgress")).isEqualTo("Step " + (i + 1) + " of " + lesson.steps().size());
            assertThat(label("#lessonHeading")).isEqualTo(step.heading());
            assertSetUp(expected, step.setup());
            if (step.question() != null) {
                assertThat(button("#lessonNextButton").isDisabled()).as("Next waits for the answer").isTrue();
                answer(step.question());
                waitFor(() -> !label("#lessonFeedback").isEmpty());
            }
            if (step.waitUntil() != null) {
                if (!step.waitUntil().isMet(observed())) {
                    assertThat(button("#lessonNextButton").isDisabled()).as("Next waits for " + step.waitUntil()).isTrue();
                }
                meet(step.waitUntil());
                waitFor(() -> label("#lessonWaitHint").startsWith("✓"));
            }
            assertThat(button("#lessonNextButton").isDisabled()).isFalse();
            robot.type(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(lessonShown()).as("Finish leaves the lesson").isFalse();
    }

    @Test
    void escapeLeavesKeepingTheWindowAndReenteringResumesAtTheStepLeft() throws Exception {
        onFx(() -> {
            app.window().lessons().startBuiltIn("5-sgd-and-epochs.md");
            return null;
        });
        robot.type(KeyCode.PAGE_DOWN); // to "Steps in one epoch"
        robot.clickOn("#lessonAnswerField").write("5").type(KeyCode.ENTER);
        robot.clickOn("#costSurface"); // the focus away from the lesson: the keys work anyway
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(label("#lessonProgress")).isEqualTo("Step 3 of 6");
        robot.type(KeyCode.PAGE_UP);
        assertThat(label("#lessonProgress")).isEqualTo("Step 2 of 6");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(label("#lessonProgress")).as("shown again, the question is asked again").isEqualTo("Step 2 of 6");
        robot.clickOn("#lessonAnswerField").write("4").type(KeyCode.ENTER);
        assertThat(label("#lessonFeedback")).isEqualTo("Not quite: you said 4, the answer is 5.");
        robot.clickOn("#costSurface");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(label("#lessonProgress")).isEqualTo("Step 3 of 6");
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        waitFor(() -> primary().step() == 2);

        robot.type(KeyCode.ESCAPE);

        assertThat(lessonShown()).isFalse();
        assertThat(primary().step()).isEqualTo(2);
        onFx(() -> {
            app.window().lessons().startBuiltIn("5-sgd-and-epochs.md");
            return null;
        });
        assertThat(lessonShown()).isTrue();
        assertThat(label("#lessonProgress")).isEqualTo("Step 3 of 6");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(primary().step()).as("resuming sets nothing up again").isEqualTo(2);
    }

    @Test
    void theLandingGuessIsDrawnWithTheTruthAndTheDistance() throws Exception {
        onFx(() -> {
            app.window().lessons().startBuiltIn("2-gradient-descent.md");
            return null;
        });
        robot.type(KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN);
        assertThat(label("#lessonProgress")).isEqualTo("Step 3 of 6");
        waitFor(() -> primary().step() == 3 && !onFxQuietly(() -> experiment.snapshotProperty().get().playing()));
        Snapshot before = primary();
        Point2D at = onFx(() -> map().localToScreen(map().toPixel(before.point())));
        assertThat(onFx(() -> map().stepArrowsShown())).as("the arrow would give the answer away").isFalse();

        robot.clickOn(at);

        waitFor(() -> primary().step() == 4);
        assertThat(onFx(() -> map().stepArrowsShown())).as("once guessed, the arrow is back").isTrue();
        assertThat(label("#lessonFeedback")).contains("px from where the step landed, (w, b) = (");
        double truthPx = onFx(() -> map().toPixel(primary().point()).distance(map().toPixel(before.point())));
        // the click lands on a whole screen pixel, up to half a pixel from the point aimed at in each axis
        java.util.regex.Matcher px = java.util.regex.Pattern.compile("was (\\d+) px from").matcher(label("#lessonFeedback"));
        assertThat(px.find()).isTrue();
        assertThat(Double.parseDouble(px.group(1))).isCloseTo(truthPx, org.assertj.core.api.Assertions.within(1.5));
    }

    @Test
    void aTeachersLessonOpensAndABrokenOneIsRefusedWithItsLines(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("points.csv"), "x,y\n1,1\n2,2\n3,3\n4,4\n");
        Path good = dir.resolve("mine.md");
        Files.writeString(good, "# Mine\n## Four points\nA line through them.\n```setup\ndata: points.csv\nm: 2\n"
                + "optimizer: momentum\n```\n");
        Path bad = dir.resolve("bad.md");
        Files.writeString(bad, "# Bad\n## S\ntext\n```setup\neta: -1\n```\n");

        assertThat(onFx(() -> app.window().lessons().open(good))).isTrue();
        waitFor(() -> experiment.datasetProperty().get().size() == 4);
        assertThat(field("#batchSizeField").getText()).isEqualTo("2");
        assertThat(robot.lookup("#optimizerChoice").queryAs(javafx.scene.control.ChoiceBox.class).getValue())
                .isEqualTo(org.descentfx.core.train.UpdateRule.Kind.MOMENTUM);

        assertThat(onFx(() -> app.window().lessons().open(bad))).isFalse();
        waitFor(() -> robot.lookup("#lessonErrors").tryQuery().isPresent());
        assertThat(robot.lookup("#lessonErrors").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .isEqualTo(bad + ":5: eta: η must be > 0 (η = -1 would not descend)");
        assertThat(label("#lessonTitle")).as("the lesson under way stays").isEqualTo("Mine");
    }

    /** What the steps so far have set, each key at its latest value. */
    private static final class Expected {
        String dataset;
        Integer m;
        Double eta;
        String model;
        Boolean compare;

        void add(Setup s) {
            dataset = s.dataset() != null ? s.dataset() : dataset;
            m = s.miniBatchSize() != null ? s.miniBatchSize() : m;
            eta = s.learningRate() != null ? s.learningRate() : eta;
            model = s.model() != null ? s.model() : model;
            compare = s.compare() != null ? s.compare() : compare;
        }
    }

    private void assertSetUp(Expected e, Setup s) throws Exception {
        if (e.dataset != null) {
            String name = BuiltInDatasets.load(e.dataset).name();
            waitFor(() -> this.<DataChoice>combo("#datasetChoice").getValue().data().name().equals(name));
        }
        if (e.model != null) {
            assertThat(this.<Model>combo("#modelChoice").getValue().id()).isEqualTo(e.model);
        }
        if (s.learningRate() != null) {
            assertThat(Double.parseDouble(field("#learningRateField").getText())).isEqualTo(e.eta);
        }
        if (s.miniBatchSize() != null) {
            int n = experiment.datasetProperty().get().size();
            assertThat(field("#batchSizeField").getText()).isEqualTo(Integer.toString(
                    e.m == Setup.FULL_BATCH ? n : e.m));
        }
        if (e.compare != null) {
            assertThat(robot.lookup("#compareToggle").queryAs(org.controlsfx.control.ToggleSwitch.class).isSelected()).isEqualTo(e.compare);
        }
        for (Setup.Action a : s.actions()) {
            if (a.kind() == Setup.Action.Kind.TO_STEP) {
                waitFor(() -> primary().step() == a.count() && label("#stepLabel").startsWith(Long.toString(a.count())));
            } else if (a.kind() == Setup.Action.Kind.RESET && s.actions().size() == 1) {
                waitFor(() -> primary().step() == 0);
            }
        }
    }

    private void answer(Question q) throws Exception {
        waitFor(() -> !onFxQuietly(() -> experiment.snapshotProperty().get().playing())
                && onFxQuietly(() -> experiment.snapshotProperty().get().nextSteps().get(0)) != null);
        switch (q.kind()) {
            case LANDING -> {
                Point2D at = onFx(() -> map().localToScreen(map().plotArea().getMinX() + map().plotArea().getWidth() * 0.5,
                        map().plotArea().getMinY() + map().plotArea().getHeight() * 0.5));
                robot.clickOn(at);
            }
            case COST -> robot.clickOn("#lessonCostDown");
            case NUMBER -> robot.clickOn("#lessonAnswerField").write(q.answer()).clickOn("#lessonAnswerButton");
            case CHOICE -> robot.clickOn("#lessonChoice" + q.choices().indexOf(q.answer()));
        }
    }

    private void meet(Wait w) throws Exception {
        switch (w.kind()) {
            case PLAY -> robot.type(KeyCode.SPACE).type(KeyCode.SPACE);
            case EPOCH_AT_LEAST, STEP_AT_LEAST -> {
                onFx(() -> {
                    experiment.speedProperty().set(Experiment.SPEED_LIMIT);
                    return null;
                });
                robot.type(KeyCode.SPACE);
                waitFor(() -> (w.kind() == Wait.Kind.EPOCH_AT_LEAST ? primary().epoch() : primary().step()) >= w.value());
                robot.type(KeyCode.SPACE);
            }
            case ETA_BELOW -> enter("#learningRateField", Double.toString(w.value() / 2));
            case ETA_ABOVE -> enter("#learningRateField", Double.toString(w.value() * 2));
            case BATCH_AT_MOST, BATCH_AT_LEAST -> enter("#batchSizeField", Long.toString(Math.round(w.value())));
            case COMPARE -> robot.type(KeyCode.C);
        }
    }

    /** Types {@code text} into the field and presses Enter; the field may be scrolled out of view, as on a small screen. */
    private void enter(String id, String text) throws Exception {
        onFx(() -> {
            field(id).requestFocus();
            field(id).selectAll();
            return null;
        });
        robot.write(text).type(KeyCode.ENTER);
    }

    private boolean lessonShown() {
        return robot.lookup("#lessonPane").tryQuery().map(Node::isVisible).orElse(false);
    }

    private CostMapView map() {
        return robot.lookup("#costSurface").queryAs(CostMapView.class);
    }

    private String label(String id) {
        Node n = robot.lookup(id).query();
        return onFxQuietly(() -> ((Label) n).getText());
    }

    private Button button(String id) {
        return robot.lookup(id).queryAs(Button.class);
    }

    private TextField field(String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private Wait.Observed observed() {
        return onFxQuietly(() -> new Wait.Observed(false, primary().epoch(), primary().step(),
                experiment.learningRateProperty().get(), experiment.hyperparameters().miniBatchSize(),
                experiment.compareProperty().get()));
    }

    private Snapshot primary() {
        return onFxQuietly(() -> experiment.snapshotProperty().get().primary());
    }




}
