package org.descentfx.ui.controls;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.plot.Format;

/** Play/pause, one mini-batch, one epoch, reset; the pace; the shuffle's seed. */
final class PlaybackControls extends VBox {
    /** The speed slider's right end: log10 of the steps per second that count as "as fast as possible". */
    private static final double MAX_LOG_SPEED = Math.log10(Experiment.SPEED_LIMIT);

    final Button playButton = new Button();
    final Button stepBatchButton = new Button("Step  →");
    final Button stepEpochButton = new Button("Epoch  ⇧→");
    final Button resetButton = new Button("Reset  R");
    final Button stepBackButton = new Button("←  Back");
    final Slider speedSlider = new Slider(0, MAX_LOG_SPEED, 1.5);
    final TextField seedField = new TextField();
    /** The seed's title and field, and what the window puts beside them. */
    final HBox seedRow = new HBox(8);
    private final Label speedValue = new Label();

    PlaybackControls(Experiment experiment) {
        setSpacing(8);
        playButton.setId("playButton");
        stepBatchButton.setId("stepBatchButton");
        stepEpochButton.setId("stepEpochButton");
        resetButton.setId("resetButton");
        stepBackButton.setId("stepBackButton");
        speedSlider.setId("speedSlider");
        seedField.setId("seedField");
        playButton.getStyleClass().add("play-button");
        playButton.setDefaultButton(false);
        playButton.textProperty().bind(javafx.beans.binding.Bindings.when(experiment.playingProperty())
                .then("❚❚  Pause").otherwise("▶  Play"));
        playButton.setOnAction(e -> experiment.togglePlay());
        stepBatchButton.setOnAction(e -> experiment.stepMiniBatch());
        stepEpochButton.setOnAction(e -> experiment.stepEpoch());
        resetButton.setOnAction(e -> experiment.reset());
        stepBackButton.setOnAction(e -> experiment.stepBack());
        LearningControls.tip(playButton, "Play or pause stochastic gradient descent (Space).");
        LearningControls.tip(stepBatchButton, "Take one mini-batch: one update of Eq. (8)–(9) (Right arrow).");
        LearningControls.tip(stepEpochButton, "Take mini-batches until every training input has been used once: "
                + "one epoch (Shift+Right).");
        LearningControls.tip(stepBackButton, "One mini-batch back: the point, path and next mini-batch exactly as "
                + "they were after the step before (Left arrow). Forward again takes the same steps, with the η and m "
                + "they had, until you change η or m.");
        LearningControls.tip(resetButton, "Back to the start point: step 0, epoch 0, the same shuffles again (R).");
        LearningControls.tip(speedSlider, "How many steps per second while playing; at the right end, as fast as "
                + "the computer can.\n" + LearningControls.SLIDER_KEYS);
        LearningControls.tip(seedField, "The seed of the shuffles that cut each epoch into mini-batches. "
                + "The same seed gives the same run, step for step. Press Enter (Escape keeps the seed).");

        for (Button b : new Button[] {playButton, stepBatchButton, stepEpochButton, stepBackButton, resetButton}) {
            b.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(b, Priority.ALWAYS);
        }
        GridPane buttons = new GridPane();
        buttons.setHgap(6);
        buttons.setVgap(6);
        buttons.add(playButton, 0, 0, 2, 1);
        buttons.add(stepBatchButton, 0, 1);
        buttons.add(stepEpochButton, 1, 1);
        buttons.add(stepBackButton, 0, 2);
        buttons.add(resetButton, 1, 2);

        bindSpeed(experiment);
        HBox.setHgrow(speedSlider, Priority.ALWAYS);
        speedValue.setMinWidth(92);
        speedValue.setAlignment(Pos.CENTER_RIGHT);
        Label speedTitle = new Label("Speed");
        speedTitle.getStyleClass().add("control-title");
        speedTitle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox speedRow = new HBox(8, speedTitle, speedSlider, speedValue);
        speedRow.setAlignment(Pos.CENTER_LEFT);

        ValueField seedEntry = new ValueField(seedField, "seedMessage",
                () -> Long.toString(experiment.seedProperty().get()), text -> applySeed(experiment, text));
        seedEntry.show();
        seedField.setPrefColumnCount(8);
        experiment.seedProperty().addListener((o, a, v) -> seedEntry.show());
        Label seedTitle = new Label("Seed");
        seedTitle.getStyleClass().add("control-title");
        seedTitle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        seedRow.getChildren().addAll(seedTitle, seedField);
        seedRow.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(buttons, speedRow, seedRow, seedEntry.message());
    }

    private void bindSpeed(Experiment experiment) {
        speedSlider.setBlockIncrement(0.1);
        speedSlider.setValue(Math.log10(experiment.speedProperty().get()));
        speedSlider.valueProperty().addListener((o, a, v) -> {
            double s = v.doubleValue() >= MAX_LOG_SPEED - 1e-9 ? Experiment.SPEED_LIMIT : Math.pow(10, v.doubleValue());
            experiment.speedProperty().set(s);
        });
        Runnable show = () -> {
            double s = experiment.speedProperty().get();
            speedValue.setText(s >= Experiment.SPEED_LIMIT ? "max" : Format.number(s) + " steps/s");
        };
        show.run();
        experiment.speedProperty().addListener((o, a, v) -> show.run());
    }

    /** Applies a typed seed; returns null, or why it is refused. */
    private static String applySeed(Experiment experiment, String text) {
        try {
            experiment.seedProperty().set(Long.parseLong(text));
            return null;
        } catch (NumberFormatException e) {
            return "'" + text + "' is not a whole number: the seed is an integer such as 42.";
        }
    }
}
