package org.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Snapshot;
import org.descentfx.engine.Branch;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.ui.experiment.Experiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A session with two branches, saved and opened again through File → Save / Open session: the same state. */
class BranchSessionWindowTest {
    private static final long TIMEOUT_S = 20;

    private final FxRobot robot = new FxRobot();
    private DescentApp app;
    private MainWindow window;
    private Experiment experiment;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        window = app.window();
        experiment = window.experiment();
        waitFor(() -> snapshot() != null && experiment.surfaceProperty().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Two epochs, three steps back, a new η there and five steps on it: a fork with its old continuation. */
    private EngineSnapshot twoBranches() throws Exception {
        robot.clickOn("#stepEpochButton");
        robot.clickOn("#stepEpochButton");
        waitFor(() -> onFxQuietly(() -> snapshot().primary().epoch()) == 2);
        long end = onFx(() -> snapshot().primary().step());
        for (int k = 0; k < 3; k++) {
            robot.clickOn("#stepBackButton");
        }
        waitFor(() -> onFxQuietly(() -> snapshot().primary().step()) == end - 3);
        robot.doubleClickOn("#learningRateField").eraseText(12).write("0.031").type(KeyCode.ENTER);
        for (int k = 0; k < 5; k++) {
            robot.clickOn("#stepBatchButton");
        }
        waitFor(() -> onFxQuietly(() -> snapshot().primary().step()) == end + 2 && snapshot().branches().size() == 2);
        return onFx(this::snapshot);
    }

    @Test
    void aSessionWithTwoBranchesReopensToTheIdenticalState() throws Exception {
        // given: two branches, saved
        EngineSnapshot before = twoBranches();
        Snapshot head = before.primary();
        List<String> names = before.branches().stream().map(Branch::name).toList();
        List<Long> forks = before.branches().stream().map(Branch::forkStep).toList();
        List<Long> heads = before.branches().stream().map(Branch::head).toList();
        Path file = dir.resolve("fork.descentfx");
        onFx(() -> window.sessions().save(file, experiment.captureSession())).get(TIMEOUT_S, TimeUnit.SECONDS);
        robot.clickOn("#resetButton");
        waitFor(() -> onFxQuietly(() -> snapshot().primary().step()) == 0 && snapshot().branches().size() == 1);

        // when
        onFx(() -> window.sessions().open(file)).get(TIMEOUT_S, TimeUnit.SECONDS);

        // then: the same branches, the runs at the current one's head, bit for bit, with its η
        waitFor(() -> onFxQuietly(() -> snapshot().branches().size()) == 2
                && onFxQuietly(() -> snapshot().primary().step()) == head.step());
        EngineSnapshot after = onFx(this::snapshot);
        assertThat(after.primary().point()).isEqualTo(head.point());
        assertThat(after.nextBatch()).containsExactly(before.nextBatch());
        assertThat(after.branches()).extracting(Branch::name).containsExactlyElementsOf(names);
        assertThat(after.branches()).extracting(Branch::forkStep).containsExactlyElementsOf(forks);
        assertThat(after.branches()).extracting(Branch::head).containsExactlyElementsOf(heads);
        assertThat(after.currentBranch().forkStep()).isEqualTo(before.currentBranch().forkStep());
        Branch old = after.branches().stream().filter(b -> !b.current()).findFirst().orElseThrow();
        Branch oldBefore = before.branches().stream().filter(b -> !b.current()).findFirst().orElseThrow();
        assertThat(old.ghost().w()).containsExactly(oldBefore.ghost().w());
        assertThat(old.ghost().b()).containsExactly(oldBefore.ghost().b());
        assertThat(onFx(() -> experiment.learningRateProperty().get())).isEqualTo(0.031);
    }

    @Test
    void aBranchThatForksOffNoneOfTheOthersIsNamedAndNothingChanges() throws Exception {
        // given: a saved fork whose second branch is made to fork off a branch that is not there
        twoBranches();
        Path file = dir.resolve("badfork.descentfx");
        onFx(() -> window.sessions().save(file, experiment.captureSession())).get(TIMEOUT_S, TimeUnit.SECONDS);
        Files.writeString(file, Files.readString(file).replaceFirst("\"parent\" : 0", "\"parent\" : 5"));
        long step = onFx(() -> snapshot().primary().step());
        Point point = onFx(() -> snapshot().primary().point());

        // when
        onFx(() -> window.sessions().open(file)).handle((r, e) -> null).get(TIMEOUT_S, TimeUnit.SECONDS);
        waitFor(() -> robot.lookup("#sessionErrorDialog").tryQuery().isPresent());

        // then: the message names the file, the field and the problem; the window goes on as it was
        assertThat(onFx(() -> robot.lookup("#sessionErrorDialog").queryAs(DialogPane.class).getContentText()))
                .contains("badfork.descentfx, field branches[1].parent: a branch forks off an earlier one (0 to 0), not 5");
        onFx(() -> {
            ((Button) robot.lookup("#sessionErrorDialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK)).fire();
            return null;
        });
        assertThat(onFx(() -> snapshot().primary().step())).isEqualTo(step);
        assertThat(onFx(() -> snapshot().primary().point())).isEqualTo(point);
        assertThat(onFx(() -> snapshot().branches())).hasSize(2);
        robot.clickOn("#stepBatchButton");
        waitFor(() -> onFxQuietly(() -> snapshot().primary().step()) == step + 1);
    }

    private EngineSnapshot snapshot() {
        return experiment.snapshotProperty().get();
    }
}
