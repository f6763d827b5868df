package org.descentfx.ui.controls;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Snapshot;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.ui.plot.Format;
import org.descentfx.ui.plot.FxThread;
import org.descentfx.ui.plot.HoverTip;

/**
 * Epoch, step, C, w, b, ∇C and the next mini-batch's ∇C_X of the first run, in numbers; in compare
 * mode, under them, each run's step, epoch and C ({@link RunsReadout}).
 */
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
    private final Label batchGradientLabel = value("batchGradientLabel");
    private final RunsReadout runs = new RunsReadout();

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
        row(7, 0, "∇C_X", batchGradientLabel, "The gradient over the next mini-batch X, (1/m) Σ ∇C_Xj, at the"
                + " current (w, b): the next step is w′ = w − η·(∇C_X)_w, b′ = b − η·(∇C_X)_b, Eq. (8)–(9)."
                + " With m = n it is ∇C.");
        add(runs, 0, 8, 2, 1);
        // a long run's "21394  (20 of 100 seen)" is wider than the panel: it goes on two lines, never cut
        epochLabel.setWrapText(true);
        epochLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // near the floor a gradient's parts read "9.867e-05": two of them wrap after the comma, never cut
        for (Label l : List.of(gradientLabel, batchGradientLabel)) {
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        values.setMinWidth(0);
        getColumnConstraints().addAll(names, values);
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
        HoverTip.install(title, tip);
        HoverTip.install(value, tip);
        add(title, c, r);
        add(value, c + 1, r);
    }

    public void show(EngineSnapshot s) {
        FxThread.check(this);
        Snapshot r = s.primary();
        Dataset data = s.setup().data();
        epochLabel.setText(epochText(r, data.size()));
        stepLabel.setText(Long.toString(r.step()));
        costLabel.setText(Format.number(r.cost()));
        batchCostLabel.setText(Format.number(r.batchCost()));
        wLabel.setText(Format.number(r.point().w()));
        bLabel.setText(Format.number(r.point().b()));
        double[] g = gradient(s.setup().model(), data, r);
        gradientLabel.setText(g == null ? "—" : "(" + Format.number(g[0]) + ", " + Format.number(g[1]) + ")");
        double[] gx = batchGradient(s, r);
        batchGradientLabel.setText(gx == null ? "—" : "(" + Format.number(gx[0]) + ", " + Format.number(gx[1]) + ")");
        runs.show(s);
    }

    /** "1  (50 of 100 seen)": the epoch under way and how far into it; "0" before the first step. */
    static String epochText(Snapshot r, int n) {
        return r.step() == 0 ? "0" : r.epoch() + "  (" + positionText(r, n) + ")";
    }

    private static String positionText(Snapshot r, int n) {
        int seen = r.positionInEpoch() == 0 ? n : r.positionInEpoch();
        return seen + " of " + n + " seen";
    }

    /** ∇C_X over the first run's next mini-batch; null where its indices were not copied or the point is lost. */
    private static double[] batchGradient(EngineSnapshot s, Snapshot r) {
        int[] batch = s.nextBatch();
        if (batch == null || batch.length == 0 || !r.point().isFinite() || r.diverged()) {
            return null;
        }
        return QuadraticCost.batchGradient(s.setup().model(), s.setup().data(), batch, r.point().w(), r.point().b());
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
