package org.descentfx.ui.session;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.descentfx.engine.RestoreProgress;

/**
 * The strip that shows, while an opened session's path is replayed in the background, how far it
 * has got, with a button that stops it. Hidden otherwise. FX thread only.
 */
public final class RestoreBanner extends HBox {
    private final Label text = new Label();
    private final ProgressBar bar = new ProgressBar(0);

    /**
     * @param progress the replay's progress, null when none is under way
     * @param cancel   stops the replay
     */
    public RestoreBanner(ObservableValue<RestoreProgress> progress, Runnable cancel) {
        super(12);
        setId("restoreBanner");
        getStyleClass().add("banner");
        text.setId("restoreText");
        bar.setId("restoreProgress");
        bar.setPrefWidth(220);
        Button stop = new Button("Stop");
        stop.setId("cancelRestoreButton");
        stop.setOnAction(e -> cancel.run());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(text, bar, stop);
        progress.addListener((o, a, p) -> show(p));
        show(progress.getValue());
    }

    private void show(RestoreProgress p) {
        setVisible(p != null);
        setManaged(p != null);
        if (p == null) {
            return;
        }
        bar.setProgress(p.fraction());
        String done = String.format("%,d of %,d steps", p.done(), p.total());
        text.setText(p.catchingUp()
                ? "Replaying the opened session to its saved step (" + done + "); the runs go on once it is there."
                : "The opened session is at its saved state; drawing its path from the start (" + done + ").");
    }
}
