package org.descentfx.ui;

import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.DatasetException;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TrainingSetup;
import org.descentfx.ui.experiment.Experiment;

/** The DescentFX window. Assembles the experiment and its views; holds no logic of its own. */
public final class DescentApp extends Application {
    /** The experiment the window opens on: the long narrow valley of the noisy line, a start on its wall. */
    public static final Point DEFAULT_START = new Point(-1, -3);
    public static final Hyperparameters DEFAULT_HYPERPARAMETERS = new Hyperparameters(0.02, 10);
    public static final long DEFAULT_SEED = 1;
    public static final double DEFAULT_SPEED = 30;

    private static final AtomicReference<WindowSettings> REQUESTED = new AtomicReference<>();

    private MainWindow window;

    /** Opens the window on {@code settings} and returns when it closes. */
    public static void open(WindowSettings settings) {
        REQUESTED.set(settings);
        Application.launch(DescentApp.class);
    }

    static WindowSettings defaults() throws DatasetException {
        return new WindowSettings(LinearNeuron.INSTANCE, BuiltInDatasets.load("noisy-line"), DEFAULT_START,
                DEFAULT_HYPERPARAMETERS, DEFAULT_SEED, DEFAULT_SPEED, false, true, false, false, null);
    }

    @Override
    public void start(Stage stage) throws DatasetException {
        WindowSettings settings = REQUESTED.getAndSet(null);
        if (settings == null) {
            settings = defaults();
        }
        TrainingSetup setup = new TrainingSetup(settings.data(), settings.model(), settings.start(), settings.seed(),
                settings.hyperparameters(), RunSpec.lineup(settings.compare(), settings.stochastic()));
        Experiment experiment = new Experiment(setup, Platform::runLater);
        experiment.includeStochasticProperty().set(settings.stochastic());
        experiment.speedProperty().set(Double.isInfinite(settings.stepsPerSecond()) ? Experiment.SPEED_LIMIT
                : Math.min(settings.stepsPerSecond(), Experiment.SPEED_LIMIT));
        window = new MainWindow(experiment, stage);
        experiment.compareProperty().set(settings.compare());
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/descentfx.css").toExternalForm());
        Shortcuts.install(scene, window);
        stage.setTitle("DescentFX — gradient descent, step by step");
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setScene(scene);
        stage.show();
        window.showValley(settings.valley());
        window.map.requestFocus(); // no control looks selected at first; the keys work at once
        if (settings.session() != null) {
            window.sessions.open(settings.session());
        }
        if (settings.play()) {
            experiment.play();
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
    }

    /** The window, for tests. */
    MainWindow window() {
        return window;
    }
}
