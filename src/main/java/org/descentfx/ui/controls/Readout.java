package org.descentfx.ui.controls;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Snapshot;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.ui.plot.Format;
import org.descentfx.ui.plot.FxThread;

/** Epoch, step, C, w, b and ∇C of the first run, in numbers. */
public final class Readout extends GridPane {
    /** Above this n the sigmoid's full gradient is not worth an O(n) sum on the FX thread per frame. */
    private static final int GRADIENT_LIMIT = 20_000;

    final Label epochLabel = value("epochLabel");
    final Label stepLabel = value("stepLabel");
    final Label costLabel = value("costLabel");
    private final Label batchCostLabel = value("batchCostLabel");
    private final Label wLabel = value("wLabel");
    private final Label bLabel = value("bLabel");
    private final Label gradientLabel = value("gradientLabel");

    Readout() {
        getStyleClass().add("readout");
        setHgap(10);
        setVgap(3);
        row(0, 0, "epoch", epochLabel, "Passes over all n training inputs; the current one and how far into it.");
        row(1, 0, "step", stepLabel, "Mini-batches taken: one step is one update of Eq. (8)–(9).");
        row(2, 0, "cost C", costLabel, "The quadratic cost of Eq. (1) over all the data, at the current (w, b).");
        row(3, 0, "batch C_X", batchCostLabel, "The cost of the last mini-batch X, where its gradient was taken.");
        row(4, 0, "w", wLabel, "The weight.");
        row(5, 0, "b", bLabel, "The bias.");
        row(6, 0, "∇C", gradientLabel, "(∂C/∂w, ∂C/∂b): the gradient of Eq. (3) over all the data.");
    }

    private static Label value(String id) {
        Label l = new Label("—");
        l.setId(id);
        l.getStyleClass().add("readout-value");
        return l;
    }

    private void row(int r, int c, String name, Label value, String tip) {
        Label title = new Label(name);
        title.getStyleClass().add("readout-name");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.Tooltip.install(title, new javafx.scene.control.Tooltip(tip));
        javafx.scene.control.Tooltip.install(value, new javafx.scene.control.Tooltip(tip));
        add(title, c, r);
        add(value, c + 1, r);
    }

    public void show(EngineSnapshot s) {
        FxThread.check(this);
        Snapshot r = s.primary();
        Dataset data = s.setup().data();
        epochLabel.setText(r.step() == 0 ? "0" : r.epoch() + "  (" + positionText(r, data.size()) + ")");
        stepLabel.setText(Long.toString(r.step()));
        costLabel.setText(Format.number(r.cost()));
        batchCostLabel.setText(Format.number(r.batchCost()));
        wLabel.setText(Format.number(r.point().w()));
        bLabel.setText(Format.number(r.point().b()));
        double[] g = gradient(s.setup().model(), data, r);
        gradientLabel.setText(g == null ? "—" : "(" + Format.number(g[0]) + ", " + Format.number(g[1]) + ")");
    }

    private static String positionText(Snapshot r, int n) {
        int seen = r.positionInEpoch() == 0 ? n : r.positionInEpoch();
        return seen + " of " + n + " seen";
    }

    private static double[] gradient(Model model, Dataset data, Snapshot r) {
        if (!r.point().isFinite()) {
            return null;
        }
        if (model.momentForm().isPresent()) {
            return model.momentForm().get().gradient(data.moments(), r.point().w(), r.point().b());
        }
        return data.size() <= GRADIENT_LIMIT ? QuadraticCost.gradient(model, data, r.point().w(), r.point().b()) : null;
    }
}
