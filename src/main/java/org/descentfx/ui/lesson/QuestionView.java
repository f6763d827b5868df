package org.descentfx.ui.lesson;

import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.lesson.Question;
import org.descentfx.core.train.Point;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.ui.experiment.Experiment;

/**
 * The prediction of the shown step: the question, the controls to answer it, and after the
 * answer the truth. A landing or cost prediction takes the real step once it is made, so the map
 * and the chart show the truth too. FX thread only.
 */
final class QuestionView extends VBox {
    private final Experiment experiment;
    private final LessonRunner runner;
    private final LandingLayer landing;
    private final Label prompt = new Label();
    private final BooleanSupplier settled;

    QuestionView(Experiment experiment, LessonRunner runner, LandingLayer landing, BooleanSupplier settled) {
        super(6);
        this.settled = settled;
        this.experiment = experiment;
        this.runner = runner;
        this.landing = landing;
        setId("lessonQuestion");
        getStyleClass().add("lesson-question");
        prompt.setId("lessonPrompt");
        prompt.setWrapText(true);
        prompt.getStyleClass().add("lesson-prompt");
    }

    /** Builds the controls for the shown step's question; nothing when it asks none. */
    void show(Question q) {
        getChildren().clear();
        landing.arm(null);
        setVisible(q != null);
        setManaged(q != null);
        if (q == null) {
            return;
        }
        prompt.setText(q.prompt());
        getChildren().add(prompt);
        if (runner.isRevealed()) {
            return;
        }
        switch (q.kind()) {
            case LANDING -> landing.arm(this::guessed);
            case COST -> getChildren().add(new HBox(8, button("lessonCostUp", "C goes up ▲", () -> cost(true)),
                    button("lessonCostDown", "C goes down ▼", () -> cost(false))));
            case NUMBER -> getChildren().add(numberField());
            case CHOICE -> getChildren().add(choices(q));
        }
    }

    private HBox numberField() {
        TextField field = new TextField();
        field.setId("lessonAnswerField");
        field.setPrefColumnCount(6);
        Button answer = button("lessonAnswerButton", "Answer", () -> runner.answer(field.getText()));
        answer.disableProperty().bind(field.textProperty().isEmpty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !field.getText().isBlank()) {
                runner.answer(field.getText());
            }
        });
        return new HBox(8, field, answer);
    }

    private FlowPane choices(Question q) {
        FlowPane pane = new FlowPane(8, 6);
        for (int i = 0; i < q.choices().size(); i++) {
            String choice = q.choices().get(i);
            pane.getChildren().add(button("lessonChoice" + i, choice, () -> runner.answer(choice)));
        }
        return pane;
    }

    /** The learner clicked the map: draw the guess, take the step, draw where it landed. */
    private void guessed(Point guess) {
        EngineSnapshot s = stillSnapshot();
        if (s == null) {
            landing.arm(this::guessed);
            return;
        }
        Point truth = Reveal.landing(s.primary().point(), s.nextSteps().get(0));
        landing.show(guess, truth);
        experiment.stepMiniBatch();
        runner.revealed(Reveal.landingText(guess, truth, landing.pixelDistance(guess, truth)));
    }

    private void cost(boolean saidUp) {
        EngineSnapshot s = stillSnapshot();
        if (s == null) {
            return;
        }
        Point to = Reveal.landing(s.primary().point(), s.nextSteps().get(0));
        double after = QuadraticCost.cost(s.setup().model(), s.setup().data(), to.w(), to.b());
        experiment.stepMiniBatch();
        runner.revealed(Reveal.costText(saidUp, s.primary().cost(), after));
    }

    /** The snapshot whose next step is known: paused, not diverged; otherwise says what to do and gives null. */
    private EngineSnapshot stillSnapshot() {
        EngineSnapshot s = experiment.snapshotProperty().get();
        if (!settled.getAsBoolean()) {
            prompt.setText(runner.step().question().prompt() + "  (A moment: the window is still being set up.)");
            return null;
        }
        if (s == null || s.playing() || s.nextSteps().isEmpty() || s.nextSteps().get(0) == null || s.anyDiverged()) {
            prompt.setText(runner.step().question().prompt() + "  (Pause first, with Space: the next step is"
                    + " known only while the runs stand still.)");
            if (s != null && s.playing()) {
                experiment.pause();
            }
            return null;
        }
        return s;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
