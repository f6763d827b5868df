package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.SigmoidNeuron;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Snapshot;
import org.descentfx.ui.controls.DataChoice;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.map.CostMapView;
import org.descentfx.ui.session.SessionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A click does not throw a run away, and a change of start, data or model comes back with Ctrl+Z, exactly. */
class NothingLostTest {
    private static final long TIMEOUT_S = 20;
    private static final int STEPS = 7;

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
        robot.clickOn("#costSurface", MouseButton.SECONDARY); // the keyboard on the map
        for (int i = 0; i < STEPS; i++) {
            robot.type(KeyCode.RIGHT);
        }
        waitFor(() -> primary().step() == STEPS);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aPlainClickOnTheMapKeepsTheStartAndTheRun() throws Exception {
        Point start = onFx(() -> experiment.startProperty().get());

        robot.clickOn(screenAt(0.3, 0.4));
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS); // longer than a click waits for a second one
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> experiment.startProperty().get())).isEqualTo(start);
        assertThat(primary().step()).isEqualTo(STEPS);
    }

    @Test
    void aShiftClickMovesTheStartToTheClickedPointWithinAPixel() throws Exception {
        Point target = onFx(() -> map().toParameters(plotX(0.3), plotY(0.4)));
        double pixelW = onFx(() -> experiment.windowProperty().get().width() / map().plotArea().getWidth());
        double pixelB = onFx(() -> experiment.windowProperty().get().height() / map().plotArea().getHeight());
        Point old = onFx(() -> experiment.startProperty().get());

        robot.press(KeyCode.SHIFT).clickOn(screenAt(0.3, 0.4)).release(KeyCode.SHIFT);

        waitFor(() -> primary().step() == 0 && !primary().point().equals(old));
        Point start = onFx(() -> experiment.startProperty().get());
        assertThat(Math.abs(start.w() - target.w())).isLessThanOrEqualTo(pixelW);
        assertThat(Math.abs(start.b() - target.b())).isLessThanOrEqualTo(pixelB);
        assertThat(primary().point()).isEqualTo(start);
    }

    @Test
    void draggingTheStartMarkerMovesTheStartWhereItIsDropped() throws Exception {
        Point start = onFx(() -> experiment.startProperty().get());
        Point2D from = onFx(() -> map().localToScreen(map().toPixel(start)));
        Point2D to = screenAt(0.6, 0.3);
        Point target = onFx(() -> map().toParameters(plotX(0.6), plotY(0.3)));
        double pixelW = onFx(() -> experiment.windowProperty().get().width() / map().plotArea().getWidth());

        robot.drag(from, MouseButton.PRIMARY).moveTo(from.midpoint(to)).moveTo(to).release(MouseButton.PRIMARY);

        waitFor(() -> !onFxQuietly(() -> experiment.startProperty().get()).equals(start));
        assertThat(Math.abs(onFx(() -> experiment.startProperty().get()).w() - target.w())).isLessThanOrEqualTo(2 * pixelW);
        assertThat(primary().step()).isZero();
    }

    @Test
    void ctrlZUndoesAChangeOfStartBackToThePreviousRunExactly() throws Exception {
        Snapshot before = primary();
        Point start = onFx(() -> experiment.startProperty().get());
        robot.press(KeyCode.SHIFT).clickOn(screenAt(0.45, 0.65)).release(KeyCode.SHIFT);
        waitFor(() -> !onFxQuietly(() -> experiment.startProperty().get()).equals(start));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        waitFor(() -> onFxQuietly(() -> experiment.startProperty().get()).equals(start) && primary().step() == STEPS);
        assertSameRun(primary(), before);
        robot.type(KeyCode.RIGHT); // and it goes on from there
        waitFor(() -> primary().step() == STEPS + 1);
    }

    @Test
    void ctrlZUndoesAChangeOfModelExactly() throws Exception {
        Snapshot before = primary();
        Model model = onFx(() -> experiment.modelProperty().get());
        onFx(() -> {
            this.<Model>comboBox("#modelChoice").setValue(SigmoidNeuron.INSTANCE);
            return null;
        });
        waitFor(() -> primary().step() == 0 && snapshotModel() == SigmoidNeuron.INSTANCE);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        waitFor(() -> snapshotModel() == model && primary().step() == STEPS);
        assertSameRun(primary(), before);
        assertThat(onFx(() -> this.<Model>comboBox("#modelChoice").getValue())).isEqualTo(model);
    }

    @Test
    void ctrlZUndoesAChangeOfDataExactly() throws Exception {
        Snapshot before = primary();
        DataChoice was = onFx(() -> this.<DataChoice>comboBox("#datasetChoice").getValue());
        DataChoice other = onFx(() -> this.<DataChoice>comboBox("#datasetChoice").getItems().stream()
                .filter(c -> !c.isOpenAction() && c != was).findFirst().orElseThrow());
        onFx(() -> {
            this.<DataChoice>comboBox("#datasetChoice").setValue(other);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().setup().data()) == other.data());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get().setup().data()).equals(was.data())
                && primary().step() == STEPS);
        assertSameRun(primary(), before);
    }

    @Test
    void savingASessionNamesItInTheTitleConfirmsItAndMarksLaterChanges(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lesson.descentfx.json");

        onFx(() -> app.window().sessions().save(file, experiment.captureSession())).get(TIMEOUT_S, TimeUnit.SECONDS);

        waitFor(() -> title().startsWith("lesson.descentfx.json — DescentFX"));
        assertThat(title()).doesNotContain(SessionStatus.MODIFIED_MARK);
        assertThat(onFx(() -> robot.lookup("#statusMessage").queryAs(Label.class).getText()))
                .isEqualTo("Saved the session as lesson.descentfx.json.");
        robot.type(KeyCode.RIGHT);
        waitFor(() -> title().startsWith("lesson.descentfx.json " + SessionStatus.MODIFIED_MARK));
    }

    @Test
    void aSessionOpenedIsNamedInTheTitleUnmodified(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("opened.descentfx.json");
        onFx(() -> app.window().sessions().save(file, experiment.captureSession())).get(TIMEOUT_S, TimeUnit.SECONDS);
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        waitFor(() -> title().contains(SessionStatus.MODIFIED_MARK));

        onFx(() -> app.window().sessions().open(file)).get(TIMEOUT_S, TimeUnit.SECONDS);

        waitFor(() -> primary().step() == STEPS && title().startsWith("opened.descentfx.json — DescentFX"));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(title()).doesNotContain(SessionStatus.MODIFIED_MARK);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static void assertSameRun(Snapshot now, Snapshot before) {
        assertThat(now.step()).isEqualTo(before.step());
        assertThat(now.epoch()).isEqualTo(before.epoch());
        assertThat(now.point()).isEqualTo(before.point()); // bit for bit: the run was replayed, not approximated
        assertThat(now.cost()).isEqualTo(before.cost());
    }

    private String title() {
        return onFxQuietly(() -> ((javafx.stage.Stage) app.window().getScene().getWindow()).getTitle());
    }

    private Model snapshotModel() {
        return onFxQuietly(() -> experiment.snapshotProperty().get().setup().model());
    }

    private Point2D screenAt(double fx, double fy) throws Exception {
        return onFx(() -> map().localToScreen(plotX(fx), plotY(fy)));
    }

    private double plotX(double f) {
        var area = map().plotArea();
        return area.getMinX() + area.getWidth() * f;
    }

    private double plotY(double f) {
        var area = map().plotArea();
        return area.getMinY() + area.getHeight() * f;
    }

    private CostMapView map() {
        return robot.lookup("#costSurface").queryAs(CostMapView.class);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> comboBox(String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private Snapshot primary() {
        return onFxQuietly(() -> experiment.snapshotProperty().get().primary());
    }



}
