package org.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.descentfx.core.lesson.BuiltInLessons;
import org.descentfx.core.lesson.Lesson;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.engine.OpeningExperiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** {@code descentfx --lesson 3} (or a lesson file first): the window opens on that lesson, at its first step. */
class LessonArgumentWindowTest {
    private final FxRobot robot = new FxRobot();
    private DescentApp app;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowOpensOnTheLessonItIsGiven() throws Exception {
        Lesson lesson = BuiltInLessons.load("3-learning-rate.md");
        DescentApp.request(new WindowSettings(OpeningExperiment.model(), OpeningExperiment.data(),
                OpeningExperiment.start(), OpeningExperiment.hyperparameters(), OpeningExperiment.seed(),
                OpeningExperiment.stepsPerSecond(), false, true, false, false, null, UpdateRule.SGD, List.of(), lesson));

        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);

        waitFor(() -> robot.lookup("#lessonPane").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(label("#lessonTitle")).isEqualTo(lesson.title());
        assertThat(label("#lessonProgress")).isEqualTo("Step 1 of " + lesson.steps().size());
        assertThat(label("#lessonHeading")).isEqualTo(lesson.steps().get(0).heading());
    }

    private String label(String id) {
        Node n = robot.lookup(id).query();
        return onFxQuietly(() -> ((Label) n).getText());
    }
}
