package org.descentfx.ui.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.descentfx.core.curvature.StabilityLimit;
import org.descentfx.engine.RunSpec;

/**
 * The comparison of learning rates: three runs from the same start on the same data and shuffles,
 * with the same rule and m, that differ in η only. η₁ is the slider's η (it follows the slider as
 * the single run does); η₂ and η₃ are their own. Switched on, they start as a quarter of η and just
 * under the stability limit 2/λmax (for the sigmoid neuron the local one, or 4η where C has none).
 * One comparison at a time: this one and those of batch sizes and of optimizers switch each other
 * off. FX thread only.
 */
public final class RateComparison {
    /** How far under 2/λmax η₃ starts: close enough to show the oscillation, far enough to converge. */
    public static final double UNDER_LIMIT = 0.95;

    private final BooleanProperty compareRates = new SimpleBooleanProperty(this, "compareRates");
    private final ObjectProperty<List<Double>> ownRates = new SimpleObjectProperty<>(this, "ownRates",
            Collections.unmodifiableList(java.util.Arrays.asList(null, null, null)));
    private boolean restoring;

    /**
     * @param others  the other comparisons' switches (batch sizes, optimizers), off while this one is on
     * @param eta     the slider's η now
     * @param limit   the stability limit now, or null
     * @param restart what starts the runs afresh
     */
    RateComparison(List<BooleanProperty> others, Supplier<Double> eta, Supplier<StabilityLimit> limit,
                   Runnable restart) {
        for (BooleanProperty other : others) {
            other.addListener((o, a, on) -> compareRates.set(compareRates.get() && !on));
        }
        compareRates.addListener((o, a, on) -> {
            if (on && !restoring) {
                restoring = true; // the defaults start the runs once, below
                ownRates.set(defaults(eta.get(), limit.get()));
                restoring = false;
            }
            others.forEach(other -> other.set(other.get() && !on));
            restart.run();
        });
        ownRates.addListener((o, a, b) -> {
            if (compareRates.get() && !restoring) {
                restart.run();
            }
        });
    }

    /** η₁ the slider's (null), η₂ = η/4, η₃ just under 2/λmax, or 4η where the limit is not known. */
    static List<Double> defaults(double eta, StabilityLimit limit) {
        double diverges = limit == null ? Double.NaN : limit.etaDiverges();
        double third = Double.isFinite(diverges) && diverges > 0 ? UNDER_LIMIT * diverges : 4 * eta;
        return Collections.unmodifiableList(java.util.Arrays.asList(null, threeDigits(eta / 4), threeDigits(third)));
    }

    /** Three significant digits, as the slider sets η: short in the fields and labels (0.103, not 0.10270417…). */
    private static double threeDigits(double v) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", v));
    }

    /** The runs of the comparison now, or null when it is off. */
    List<RunSpec> specs() {
        return compareRates.get() ? RunSpec.rates(ownRates.get()) : null;
    }

    /**
     * Switches the comparison on with these runs (each one's own η, null for the slider's), as a
     * session or the command line had it, or off for null; the runs start once, afresh.
     */
    public void set(List<Double> own) {
        restoring = true;
        try {
            if (own != null) {
                ownRates.set(Collections.unmodifiableList(new ArrayList<>(own)));
            }
            compareRates.set(own != null);
        } finally {
            restoring = false;
        }
    }

    /** Whether the runs are a comparison of learning rates. */
    public BooleanProperty compareRatesProperty() {
        return compareRates;
    }

    /**
     * Each run's own η, in order (η₁, η₂, η₃); null follows the slider's η. A change restarts the
     * comparison; the list itself is never changed, only replaced.
     */
    public ObjectProperty<List<Double>> ownRatesProperty() {
        return ownRates;
    }
}
