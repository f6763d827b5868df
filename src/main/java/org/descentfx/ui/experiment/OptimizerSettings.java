package org.descentfx.ui.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.descentfx.core.train.OptimizerChoice;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.core.train.UpdateRule.Kind;
import org.descentfx.engine.RunSpec;
import org.descentfx.ui.session.SessionMapper;

/**
 * The experiment's update rule (plain SGD of Eq. (8)–(9), or one beyond chapter 1, with its
 * constants) and the race of optimizers: which rules race, each with the constants of the rule's
 * fields and η from the controls unless a racer has its own. One comparison at a time: the race
 * and the comparison of batch sizes switch each other off. FX thread only.
 */
public final class OptimizerSettings {
    /** The racers a teacher sees first: the text's SGD against momentum and Adam. */
    public static final List<Kind> DEFAULT_RACERS = List.of(Kind.SGD, Kind.MOMENTUM, Kind.ADAM);

    private final ObjectProperty<UpdateRule> optimizer = new SimpleObjectProperty<>(this, "optimizer", UpdateRule.SGD);
    private final BooleanProperty compareOptimizers = new SimpleBooleanProperty(this, "compareOptimizers");
    private final ObjectProperty<List<Kind>> racers = new SimpleObjectProperty<>(this, "racers", DEFAULT_RACERS);
    private final ObjectProperty<Map<Kind, Double>> racerLearningRates = new SimpleObjectProperty<>(this,
            "racerLearningRates", Map.of());

    /**
     * @param compare the comparison of batch sizes, switched off while a race runs and the other way round
     * @param restart what starts the runs afresh: called on every change that alters them
     */
    OptimizerSettings(OptimizerChoice initial, BooleanProperty compare, Runnable restart) {
        optimizer.set(rule(initial));
        optimizer.addListener((o, a, b) -> restart.run());
        compare.addListener((o, a, on) -> compareOptimizers.set(compareOptimizers.get() && !on));
        compareOptimizers.addListener((o, a, on) -> {
            compare.set(compare.get() && !on);
            restart.run();
        });
        racers.addListener((o, a, b) -> restartRace(restart));
        racerLearningRates.addListener((o, a, b) -> restartRace(restart));
    }

    private void restartRace(Runnable restart) {
        if (compareOptimizers.get()) {
            restart.run();
        }
    }

    /** The window's rules are those of {@link UpdateRule}: a setup's choice is found there by its id and constants. */
    static UpdateRule rule(OptimizerChoice choice) {
        return UpdateRule.parse(choice.id(), choice.constants());
    }

    /** The runs of the race now, or null when no race is on. Every racer reads the fields' constants (μ, ρ, β₁, β₂, ε). */
    List<RunSpec> raceSpecs() {
        if (!compareOptimizers.get() || racers.get().isEmpty()) {
            return null;
        }
        List<Double> own = new ArrayList<>();
        racers.get().forEach(k -> own.add(racerLearningRates.get().get(k)));
        return RunSpec.race(racers.get().stream().map(k -> optimizer.get().withKind(k)).toList(), own);
    }

    /** Puts the rule and the race where a session had them. */
    void restore(SessionMapper.Restored r) {
        UpdateRule rule = rule(r.setup().optimizer());
        for (UpdateRule racer : r.race()) {
            // the fields hold every racer's constants: a racer's μ, say, is the field's μ again
            for (UpdateRule.Constant c : racer.kind().constants()) {
                rule = rule.with(c, racer.value(c));
            }
        }
        optimizer.set(rule);
        if (!r.race().isEmpty()) {
            Map<Kind, Double> own = new EnumMap<>(Kind.class);
            for (int i = 0; i < r.race().size(); i++) {
                if (r.raceLearningRates().get(i) != null) {
                    own.put(r.race().get(i).kind(), r.raceLearningRates().get(i));
                }
            }
            racerLearningRates.set(Map.copyOf(own));
            racers.set(r.race().stream().map(UpdateRule::kind).toList());
        }
        compareOptimizers.set(!r.race().isEmpty());
    }

    /** The update rule every run follows (in a race, with the racer's kind); a new one starts the runs afresh. */
    public ObjectProperty<UpdateRule> optimizerProperty() {
        return optimizer;
    }

    /** Whether the runs are a race of optimizers ({@link #racersProperty()}) instead of one rule. */
    public BooleanProperty compareOptimizersProperty() {
        return compareOptimizers;
    }

    /** The rules that race, 1 to {@link RunSpec#MAX_RACERS}, each with the fields' constants. */
    public ObjectProperty<List<Kind>> racersProperty() {
        return racers;
    }

    /** A racer's own η, by its rule; a rule without one here follows the controls' η. A change restarts the race. */
    public ObjectProperty<Map<Kind, Double>> racerLearningRatesProperty() {
        return racerLearningRates;
    }
}
