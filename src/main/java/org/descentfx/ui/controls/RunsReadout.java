package org.descentfx.ui.controls;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.descentfx.core.train.Snapshot;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.RunSpec;
import org.descentfx.ui.plot.Format;
import org.descentfx.ui.plot.RunColors;

/**
 * In compare mode, each run's step, epoch (with how many of the n inputs it has seen) and C, in
 * the run's colour: "full batch takes 1 step, m = 10 takes 10, m = 1 takes 100" can be counted
 * here. Hidden with a single run, whose numbers the readout above shows.
 */
final class RunsReadout extends VBox {
    RunsReadout() {
        setId("runsReadout");
        getStyleClass().add("runs-readout");
        setSpacing(4);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    /** Called on the FX thread with the newest snapshot. */
    void show(EngineSnapshot s) {
        List<Snapshot> runs = s.runs();
        setVisible(runs.size() > 1);
        if (runs.size() <= 1) {
            getChildren().clear();
            return;
        }
        while (getChildren().size() > runs.size()) {
            getChildren().remove(getChildren().size() - 1);
        }
        while (getChildren().size() < runs.size()) {
            getChildren().add(entry(getChildren().size()));
        }
        int n = s.setup().data().size();
        for (int i = 0; i < runs.size(); i++) {
            RunSpec spec = s.setup().runs().get(i);
            Label label = (Label) getChildren().get(i);
            label.setText(text(spec, runs.get(i), n));
            // a shade darker for text: the stochastic run's orange is faint on white at 13 px
            label.setTextFill(RunColors.of(spec).deriveColor(0, 1, 0.8, 1));
            ((Rectangle) label.getGraphic()).setFill(RunColors.of(spec));
        }
    }

    /** "mini-batch, m = 10: C = 0.5072" (or "η₂ = 0.005, m = 10: …"), then "step 5 · epoch 1 (50 of 100 seen)". */
    static String text(RunSpec spec, Snapshot r, int n) {
        int m = Math.min(r.hyperparameters().miniBatchSize(), n);
        String name = spec.ratePlace() > 0
                ? RunSpec.rateName(spec.ratePlace()) + " = " + Format.number(r.hyperparameters().learningRate())
                : spec.label();
        return name + ", m = " + m + ": C = " + Format.number(r.cost()) + "\nstep " + r.step() + " · epoch "
                + Readout.epochText(r, n);
    }

    private static Label entry(int i) {
        Label l = new Label();
        l.setId("runReadout" + i);
        l.getStyleClass().add("run-readout");
        l.setWrapText(true);
        l.setGraphic(new Rectangle(12, 12));
        return l;
    }
}
