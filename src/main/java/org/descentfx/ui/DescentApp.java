package org.descentfx.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.descentfx.core.data.DatasetException;
import org.descentfx.engine.OpeningExperiment;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TrainingSetup;
import org.descentfx.ui.experiment.Experiment;

/** The DescentFX window. Assembles the experiment and its views; holds no logic of its own. */
public final class DescentApp extends Application {
    private static final AtomicReference<WindowSettings> REQUESTED = new AtomicReference<>();

    /** The window's title before a session is saved or opened; a session's name goes in front of it. */
    static final String TITLE = "DescentFX — gradient descent, step by step";

    private MainWindow window;

    /** Opens the window on {@code settings} and returns when it closes. */
    public static void open(WindowSettings settings) {
        request(settings);
        Application.launch(DescentApp.class);
    }

    /** The settings the next window started opens on (tests start it through TestFX). */
    static void request(WindowSettings settings) {
        REQUESTED.set(settings);
    }

    /** The window on its opening experiment: the long narrow valley of the noisy line, a start on its wall. */
    static WindowSettings defaults() throws DatasetException {
        return new WindowSettings(OpeningExperiment.model(), OpeningExperiment.data(), OpeningExperiment.start(),
                OpeningExperiment.hyperparameters(), OpeningExperiment.seed(), OpeningExperiment.stepsPerSecond(),
                false, true, false, false, null);
    }

    @Override
    public void start(Stage stage) throws DatasetException {
        WindowSettings settings = REQUESTED.getAndSet(null);
        if (settings == null) {
            settings = defaults();
        }
        Remembered remembered = Remembered.ofUser();
        settings = remembered.applyTo(settings);
        TrainingSetup setup = new TrainingSetup(settings.data(), settings.model(), settings.start(), settings.seed(),
                settings.hyperparameters(), RunSpec.lineup(settings.compare(), settings.stochastic()),
                settings.optimizer());
        Experiment experiment = new Experiment(setup, Platform::runLater);
        experiment.includeStochasticProperty().set(settings.stochastic());
        experiment.speedProperty().set(Double.isInfinite(settings.stepsPerSecond()) ? Experiment.SPEED_LIMIT
                : Math.min(settings.stepsPerSecond(), Experiment.SPEED_LIMIT));
        window = new MainWindow(experiment, stage);
        remembered.keepPresentation(window.presentationProperty());
        remembered.keepDataSet(experiment.datasetProperty());
        experiment.compareProperty().set(settings.compare());
        if (!settings.race().isEmpty()) {
            experiment.optimizers().racersProperty().set(settings.race());
            experiment.optimizers().compareOptimizersProperty().set(true);
        }
        if (!settings.rates().isEmpty()) {
            List<Double> own = new ArrayList<>(settings.rates());
            own.set(0, null); // η₁ is the slider's, already set to it
            experiment.rates().set(own);
        }
        WindowPlacement placement = WindowPlacement.ofUser();
        javafx.geometry.Rectangle2D at = placement.bounds();
        Scene scene = new Scene(new Presentation(window, window.presentationProperty()), at.getWidth(), at.getHeight());
        scene.getStylesheets().add(getClass().getResource("/descentfx.css").toExternalForm());
        Shortcuts.install(scene, window.windowActions());
        StartupReport.install(scene);
        stage.titleProperty().bind(window.sessions().status().title(TITLE));
        stage.setScene(scene);
        placement.apply(stage, at);
        stage.show();
        window.showValley(settings.valley());
        window.focusMap();
        if (settings.session() != null) {
            window.sessions().open(settings.session());
        }
        if (settings.lesson() != null) {
            window.lessons().begin(settings.lesson());
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
