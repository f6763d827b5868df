package org.descentfx.ui.lesson;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.descentfx.core.lesson.LessonStep;
import org.descentfx.core.lesson.Wait;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.plot.HoverTip;

/**
 * The lesson pane beside the map ({@code #lessonPane}): the lesson's title, the step's heading and
 * text, its prediction, what it waits for, and Back / Next. It shows a {@link LessonRunner} and
 * calls its verbs; it holds no lesson logic. FX thread only.
 */
final class LessonPane extends VBox {
    private final Label title = label("lessonTitle", "lesson-title");
    private final Label progress = label("lessonProgress", "lesson-progress");
    private final Label heading = label("lessonHeading", "lesson-heading");
    private final VBox text = new VBox(8);
    private final Label feedback = label("lessonFeedback", "lesson-feedback");
    private final Label waitHint = label("lessonWaitHint", "lesson-wait");
    private final Label notice = label("lessonNotice", "lesson-notice");
    private final Button back = new Button("◀ Back");
    private final Button next = new Button("Next ▶");
    private final Button close = new Button("✕");
    private final Experiment experiment;
    private final LandingLayer landing;
    private final java.util.function.BooleanSupplier settled;
    private LessonRunner runner;
    private QuestionView question = null;
    private int shownIndex = -1;
    private boolean shownRevealed;

    LessonPane(Experiment experiment, LandingLayer landing, java.util.function.BooleanSupplier settled, Runnable leave,
            Runnable finish) {
        super(8);
        this.experiment = experiment;
        this.landing = landing;
        this.settled = settled;
        setId("lessonPane");
        getStyleClass().add("lesson-pane");
        setMinHeight(160);
        // as wide as the controls below it: its text wraps, it never widens the column
        setPrefWidth(300);
        setMinWidth(0);
        text.setId("lessonText");
        back.setId("lessonBackButton");
        next.setId("lessonNextButton");
        close.setId("lessonCloseButton");
        HoverTip.install(back, "The step before (Page Up)");
        HoverTip.install(next, "The next step (Page Down)");
        HoverTip.install(close, "Leave the lesson, keeping the window as it is (Escape); Lessons → Resume brings it back");
        for (Button b : new Button[] {back, next, close}) {
            b.setFocusTraversable(false); // the keyboard stays with the window's keys
        }
        back.setOnAction(e -> runner.back());
        next.setOnAction(e -> {
            if (runner.isLast()) {
                finish.run();
            } else {
                runner.next();
            }
        });
        close.setOnAction(e -> leave.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox top = new HBox(6, title, close);
        top.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("lesson-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED); // a wide formula scrolls
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox nav = new HBox(8, back, gap, next);
        getChildren().addAll(top, progress, heading, scroll, notice, feedback, waitHint, nav);
    }

    /** Shows {@code r}'s lesson from now on, at its step; it must have begun. */
    void show(LessonRunner r) {
        if (r == runner) {
            return;
        }
        runner = r;
        getChildren().remove(question);
        question = new QuestionView(experiment, r, landing, settled);
        getChildren().add(getChildren().size() - 4, question);
        shownIndex = -1;
        title.setText(r.lesson().title());
        r.onChange(() -> {
            if (runner == r) {
                refresh();
            }
        });
        refresh();
    }

    /** Offers the shown step's question again, as when it was shown (leaving disarms a landing guess). */
    void rearm() {
        if (runner != null && !runner.isRevealed()) {
            question.show(runner.step().question());
        }
    }

    /** A message about the set-up (data that could not be read, an optimizer not offered). */
    void notice(String message) {
        notice.setText(message);
    }

    private void refresh() {
        LessonStep s = runner.step();
        if (runner.index() != shownIndex) {
            shownIndex = runner.index();
            progress.setText("Step " + (shownIndex + 1) + " of " + runner.lesson().steps().size());
            heading.setText(s.heading());
            text.getChildren().setAll(LessonText.of(s.text()));
            landing.show(null, null);
            notice.setText("");
            shownRevealed = runner.isRevealed();
            question.show(s.question());
        } else if (runner.isRevealed() != shownRevealed) {
            shownRevealed = runner.isRevealed();
            question.show(s.question()); // the answering controls go once the truth is shown
        }
        feedback.setText(runner.feedback());
        Wait w = s.waitUntil();
        waitHint.setText(w == null ? "" : (runner.isWaitMet() ? "✓ " : "○ ") + w.hint());
        back.setDisable(!runner.canGoBack());
        next.setText(runner.isLast() ? "Finish ✓" : "Next ▶");
        next.setDisable(!runner.isDone());
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }
}
