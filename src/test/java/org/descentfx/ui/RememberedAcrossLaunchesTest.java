package org.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import java.nio.file.Path;
import java.util.List;
import javafx.event.Event;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.engine.TrainingSetup;
import org.descentfx.ui.controls.DataChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opens as it was left: presentation mode, the data set chosen last (on a launch that
 * names no experiment) and the recent sessions come back in a new window with the same preferences.
 */
class RememberedAcrossLaunchesTest {
    private final FxRobot robot = new FxRobot();
    private FreshPreferences prefs;
    private DescentApp app;

    @BeforeEach
    void freshPreferences() {
        prefs = new FreshPreferences();
    }

    @AfterEach
    void stop() throws Exception {
        close();
        prefs.close();
    }

    @Test
    void theLastDataSetComesBackWithItsPresetsOnALaunchThatNamesNoExperiment() throws Exception {
        // given a window where the learner chose the two valleys
        launch(true);
        choose("two-valleys");
        close();

        // when the app is launched again with no experiment named
        launch(true);

        // then it opens on the two valleys, with what they propose
        TrainingSetup setup = setup();
        assertThat(setup.data()).isEqualTo(BuiltInDatasets.load("two-valleys"));
        assertThat(setup.model()).isEqualTo(Model.byId("sigmoid"));
        assertThat(setup.start()).isEqualTo(new Point(-0.6, -1.3));
        assertThat(comboData()).isEqualTo("two-valleys");
        close();

        // and a launch that names its data (--data, a session, a lesson) opens on that data
        launch(false);
        assertThat(setup().data()).isEqualTo(DescentApp.defaults().data());
    }

    @Test
    void anUnknownOrGarbledStoredDataSetOpensTheDefault() throws Exception {
        for (String stored : List.of("no-such-set", "../../etc/passwd", "", "noisy-line\n; two-valleys")) {
            // given
            prefs.node().put(Remembered.DATA_SET, stored);
            prefs.node().put(Remembered.PRESENTATION, "perhaps");

            // when
            launch(true);

            // then
            assertThat(setup().data()).as(stored).isEqualTo(DescentApp.defaults().data());
            assertThat(onFx(() -> app.window().presentationProperty().get())).as(stored).isFalse();
            close();
        }
    }

    @Test
    void presentationModeComesBack() throws Exception {
        // given
        launch(false);
        onFx(() -> {
            app.window().presentationProperty().set(true);
            return null;
        });
        close();

        // when
        launch(false);

        // then: on, drawn at its scale, or as near it as lets the window fit the screen (Presentation.scaleFor)
        assertThat(onFx(() -> app.window().presentationProperty().get())).isTrue();
        assertThat(onFx(() -> app.window().getLocalToParentTransform().getMxx())).isGreaterThan(1.0).isLessThanOrEqualTo(Presentation.SCALE);
        onFx(() -> {
            app.window().presentationProperty().set(false);
            return null;
        });
        close();
        launch(false);
        assertThat(onFx(() -> app.window().presentationProperty().get())).isFalse();
    }

    @Test
    void aSavedSessionIsInOpenRecentAfterARelaunch(@TempDir Path dir) throws Exception {
        // given a session saved in one window
        launch(false);
        Path file = dir.resolve("lesson" + org.descentfx.ui.session.SessionActions.EXTENSION);
        onFx(() -> app.window().sessions().save(file, app.window().experiment().captureSession())).get();
        WaitForAsyncUtils.waitForFxEvents();
        close();

        // when the app is launched again and File → Open recent session opens
        launch(false);
        Menu recent = onFx(this::recentMenu);
        onFx(() -> {
            recent.getOnShowing().handle(new Event(Menu.ON_SHOWING));
            return null;
        });

        // then the file is offered
        assertThat(onFx(() -> recent.getItems().stream().map(MenuItem::getText).toList()))
                .containsExactly(file.getFileName().toString());
    }

    private void launch(boolean namesNoExperiment) throws Exception {
        WindowSettings d = DescentApp.defaults();
        DescentApp.request(new WindowSettings(d.model(), d.data(), d.start(), d.hyperparameters(), d.seed(),
                d.stepsPerSecond(), false, true, false, false, null, UpdateRule.SGD, List.of(), null, List.of(),
                namesNoExperiment));
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        waitFor(() -> onFxQuietly(() -> app.window().experiment().snapshotProperty().get() != null));
    }

    private void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
    }

    private TrainingSetup setup() throws Exception {
        return onFx(() -> app.window().experiment().snapshotProperty().get().setup());
    }

    @SuppressWarnings("unchecked")
    private ComboBox<DataChoice> combo() {
        return robot.lookup("#datasetChoice").queryAs(ComboBox.class);
    }

    private String comboData() throws Exception {
        return onFx(() -> combo().getValue().data().name());
    }

    private void choose(String name) throws Exception {
        ComboBox<DataChoice> data = combo();
        onFx(() -> {
            data.setValue(data.getItems().stream()
                    .filter(c -> !c.isOpenAction() && c.data().name().equals(name)).findFirst().orElseThrow());
            return null;
        });
        waitFor(() -> onFxQuietly(() -> app.window().experiment().snapshotProperty().get().setup().data().name())
                .equals(name));
    }

    private Menu recentMenu() {
        MenuBar bar = (MenuBar) app.window().getTop().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i instanceof Menu && i.getText().startsWith("Open recent"))
                .map(Menu.class::cast).findFirst().orElseThrow();
    }
}
