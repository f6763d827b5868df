package org.descentfx.ui.lesson;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.descentfx.core.lesson.BuiltInLessons;
import org.descentfx.core.lesson.Lesson;
import org.descentfx.core.lesson.LessonException;
import org.descentfx.core.lesson.LessonReader;
import org.descentfx.core.lesson.Wait;
import org.descentfx.ui.step.TeXSyntax;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.map.CostMapView;

/**
 * Guided lessons in the window: the Lessons menu, the lesson pane and the landing layer over the
 * map, and the keys (Page Down / Page Up for Next / Back from any focus, so a presenter's clicker
 * works; Escape to leave). Leaving keeps the window as it is and the lesson at its step; the menu's
 * Resume, or choosing the same lesson again, goes on from there. FX thread only.
 */
public final class Lessons {
    private final Experiment experiment;
    private final Supplier<Window> owner;
    private final LandingLayer landing;
    private final LessonPane pane;
    private final SplitPane column = new SplitPane();
    private final ExperimentTarget target;
    private final MenuItem resume = new MenuItem("Resume the lesson");
    private final MenuItem leave = new MenuItem("Leave the lesson\tEsc");
    private LessonRunner runner;
    private boolean played;
    private int observedIndex = -1;
    private Settling settling;

    /**
     * @param map      the contour map, which the landing prediction is drawn over
     * @param showView shows the tab "map", "valley" or "gradients"
     * @param owner    the window that dialogs belong to
     */
    public Lessons(Experiment experiment, CostMapView map, Consumer<String> showView, Supplier<Window> owner) {
        this.experiment = experiment;
        this.owner = owner;
        landing = new LandingLayer(map);
        pane = new LessonPane(experiment, landing, this::isSettled, this::leave, this::finish);
        target = new ExperimentTarget(experiment, showView, pane::notice);
        pane.setVisible(false);
        pane.setManaged(false);
        pane.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null && a == null) {
                installKeys(scene);
            }
        });
        experiment.playingProperty().addListener((o, a, on) -> {
            played |= on;
            observe();
        });
        experiment.snapshotProperty().addListener(o -> observe());
        experiment.learningRateProperty().addListener(o -> observe());
        experiment.miniBatchSizeProperty().addListener(o -> observe());
        experiment.compareProperty().addListener(o -> observe());
    }

    /**
     * The window's left column: the lesson pane ({@code #lessonPane}) above the controls while a lesson
     * is shown, the controls alone otherwise. Beside the map, it takes none of the map's width, which
     * a window of 1024 or 1280 pixels cannot spare.
     */
    public Node column(Node controls) {
        column.setOrientation(javafx.geometry.Orientation.VERTICAL);
        column.getItems().setAll(controls);
        column.getStyleClass().add("lesson-column");
        SplitPane.setResizableWithParent(pane, false);
        return column;
    }

    /** The map with the layer the landing prediction is drawn on; it takes the map's place in the window. */
    public Node overMap() {
        return landing;
    }

    /** The Lessons menu: the built-in lessons, Open lesson…, Resume and Leave. */
    public Menu menu() {
        Menu menu = new Menu("Lessons");
        List<String> names = BuiltInLessons.names();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            MenuItem item = new MenuItem(menuTitle(i, name));
            item.setOnAction(e -> startBuiltIn(name));
            menu.getItems().add(item);
        }
        MenuItem open = new MenuItem("Open lesson…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        open.setOnAction(e -> chooseAndOpen());
        resume.setOnAction(e -> resume());
        leave.setOnAction(e -> leave());
        menu.setOnShowing(e -> {
            resume.setDisable(runner == null || isShown());
            leave.setDisable(!isShown());
        });
        menu.getItems().addAll(new SeparatorMenuItem(), open, new SeparatorMenuItem(), resume, leave);
        return menu;
    }

    private static String menuTitle(int i, String name) {
        try {
            return BuiltInLessons.load(name).title();
        } catch (LessonException e) {
            return (i + 1) + ". " + name + " (cannot be read)";
        }
    }

    /** Starts the built-in lesson {@code name}, or resumes it where it was left. */
    public void startBuiltIn(String name) {
        if (runner != null && runner.lesson().source().equals("lessons/" + name)) {
            resume();
            return;
        }
        try {
            start(BuiltInLessons.load(name));
        } catch (LessonException e) {
            refuse(e);
        }
    }

    /** Opens a teacher's lesson file; a broken one is refused with every problem at its line. */
    public boolean open(Path file) {
        try {
            start(LessonReader.read(file, TeXSyntax.CHECK));
            return true;
        } catch (LessonException e) {
            refuse(e);
            return false;
        }
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open lesson");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Lessons (*.md)", "*.md", "*.markdown",
                "*.txt"), new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(owner.get());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Starts {@code lesson}, read already (from the command line, say), at its first step. */
    public void begin(Lesson lesson) {
        start(lesson);
    }

    private void start(Lesson lesson) {
        runner = new LessonRunner(lesson, target);
        runner.onChange(this::observe);
        runner.begin();
        pane.show(runner);
        setShown(true);
    }

    /** Shows the lesson left with Escape at the step it was left on; nothing happens to the window. */
    public void resume() {
        if (runner != null) {
            setShown(true);
        }
    }

    /** Hides the lesson; the window and the lesson's step stay as they are. */
    public void leave() {
        landing.arm(null);
        setShown(false);
    }

    private void finish() {
        leave();
    }

    /** Whether the window shows what the shown step set up (its commands have reached the training thread). */
    boolean isSettled() {
        return runner != null && settling != null && observedIndex == runner.index()
                && settling.settled(experiment.snapshotProperty().get());
    }

    public boolean isShown() {
        return pane.isVisible();
    }

    private void setShown(boolean on) {
        pane.setVisible(on);
        pane.setManaged(on);
        if (on && !column.getItems().contains(pane)) {
            column.getItems().add(0, pane);
            column.setDividerPositions(0.58);
        } else if (!on) {
            column.getItems().remove(pane);
        }
        if (on) {
            pane.rearm();
        }
    }

    /** Tells the runner what the learner has done since the step was shown. */
    private void observe() {
        if (runner == null) {
            return;
        }
        var s = experiment.snapshotProperty().get();
        if (runner.index() != observedIndex) {
            observedIndex = runner.index();
            played = false;
            settling = Settling.of(runner.step().setup(), s);
        }
        if (!settling.settled(s)) {
            return; // the newest snapshot is still of the state before the step's set-up
        }
        long epoch = s == null ? 0 : s.primary().epoch();
        long step = s == null ? 0 : s.primary().step();
        runner.observe(new Wait.Observed(played, epoch, step, experiment.learningRateProperty().get(),
                experiment.hyperparameters().miniBatchSize(), experiment.compareProperty().get()));
    }

    private void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (runner == null || !isShown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                if (runner.isLast() && runner.isDone()) {
                    finish();
                } else {
                    runner.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                runner.back();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !(scene.getFocusOwner() instanceof TextInputControl)) {
                leave();
                e.consume();
            }
        });
    }

    private void refuse(LessonException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, String.join("\n", e.lines()));
        alert.setTitle("Lesson not opened");
        alert.setHeaderText("The lesson " + e.file() + " cannot be used:");
        alert.getDialogPane().setId("lessonErrors");
        if (owner.get() != null) {
            alert.initOwner(owner.get());
        }
        alert.show();
    }
}
