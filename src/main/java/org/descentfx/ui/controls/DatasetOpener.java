package org.descentfx.ui.controls;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.descentfx.core.cost.FiniteCost;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetException;
import org.descentfx.core.data.DatasetReader;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Point;

/**
 * Opens a CSV file as the training data: reads it off the FX thread (a large file must not freeze
 * the window), then either hands over the data or shows the reader's message. The data set in use
 * stays until a file has been read completely. Data whose C of Eq. (1) is not finite at the
 * experiment's start, for its neuron, is refused as {@code train} refuses it ({@link FiniteCost}).
 *
 * <p>Thread rules: FX thread only; the reading runs on the common pool.
 */
public final class DatasetOpener {
    private final Window owner;
    private final Supplier<Model> model;
    private final Supplier<Point> start;
    private File lastFolder;
    private Alert lastError;

    /** @param model, start the experiment's neuron and start, read on the FX thread when a file is opened */
    public DatasetOpener(Window owner, Supplier<Model> model, Supplier<Point> start) {
        this.owner = owner;
        this.model = model;
        this.start = start;
    }

    /** Asks for a file; returns false when the learner cancelled. */
    public boolean chooseAndOpen(Consumer<Dataset> onLoaded, Runnable onFailed) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open training data (two columns x, y)");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return false;
        }
        lastFolder = file.getParentFile();
        open(file.toPath(), onLoaded, onFailed);
        return true;
    }

    /** Reads {@code path} in the background; on the FX thread then calls one of the two. */
    public CompletableFuture<Dataset> open(Path path, Consumer<Dataset> onLoaded, Runnable onFailed) {
        Model neuron = model.get();
        Point from = start.get();
        CompletableFuture<Dataset> result = CompletableFuture.supplyAsync(() -> {
            try {
                return FiniteCost.require(path.toString(), neuron, DatasetReader.read(path), from.w(), from.b());
            } catch (DatasetException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        result.whenComplete((data, error) -> Platform.runLater(() -> {
            if (error == null) {
                onLoaded.accept(data);
            } else {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                showError(path, cause.getMessage());
                onFailed.run();
            }
        }));
        return result;
    }

    private void showError(Path path, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Data not loaded");
        alert.setHeaderText("“" + path.getFileName() + "” cannot be used as training data");
        alert.setContentText(message + "\n\nThe data set in use stays loaded.");
        alert.getDialogPane().setId("datasetErrorDialog");
        alert.getDialogPane().setMinWidth(520);
        lastError = alert;
        alert.show();
    }

    /** The last error dialog shown, for tests; null if none. */
    public Alert lastError() {
        return lastError;
    }
}
