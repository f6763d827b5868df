package org.descentfx.ui.progress;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A strip that shows long work under way (an export, a cost surface of much data): what it is, a
 * bar, and a button that stops it. Hidden while nothing runs. FX thread only.
 */
public final class WorkBanner extends HBox {
    private final Label text = new Label();
    private final ProgressBar bar = new ProgressBar(0);

    /**
     * @param id     the strip's node id; its text, bar and button get {@code id + "Text"},
     *               {@code id + "Progress"} and {@code id + "Cancel"}
     * @param work   the work under way, null when none
     * @param cancel stops it
     */
    public WorkBanner(String id, ObservableValue<Work> work, Runnable cancel) {
        super(12);
        setId(id);
        getStyleClass().add("banner");
        text.setId(id + "Text");
        bar.setId(id + "Progress");
        bar.setPrefWidth(220);
        Button stop = new Button("Stop");
        stop.setId(id + "Cancel");
        stop.setOnAction(e -> cancel.run());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(text, bar, stop);
        work.addListener((o, a, w) -> show(w));
        show(work.getValue());
    }

    private void show(Work w) {
        setVisible(w != null);
        setManaged(w != null);
        if (w != null) {
            text.setText(w.text());
            bar.setProgress(w.fraction());
        }
    }
}
