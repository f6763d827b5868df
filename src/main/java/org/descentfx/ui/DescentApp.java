package org.descentfx.ui;

import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetException;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TrainingSetup;

/** The DescentFX window. Assembles the lesson and its views; holds no logic of its own. */
public final class DescentApp extends Application {
    /** The lesson the window opens on: the long narrow valley of the noisy line, a start on its wall. */
    public static final Point DEFAULT_START = new Point(-1, -3);
    public static final Hyperparameters DEFAULT_HYPERPARAMETERS = new Hyperparameters(0.02, 10);
    public static final long DEFAULT_SEED = 1;

    private MainWindow window;

    @Override
    public void start(Stage stage) throws DatasetException {
        Dataset data = BuiltInDatasets.load("noisy-line");
        TrainingSetup setup = new TrainingSetup(data, LinearNeuron.INSTANCE, DEFAULT_START, DEFAULT_SEED,
                DEFAULT_HYPERPARAMETERS, List.of(RunSpec.single()));
        Lesson lesson = new Lesson(setup, Platform::runLater);
        window = new MainWindow(lesson, stage);
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/descentfx.css").toExternalForm());
        Shortcuts.install(scene, lesson);
        stage.setTitle("DescentFX — gradient descent, step by step");
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setScene(scene);
        stage.show();
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
