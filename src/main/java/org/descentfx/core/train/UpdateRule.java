package org.descentfx.core.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;

/**
 * The update rules a learner can choose, each with its constants: plain SGD of Eq. (8)–(9) (the
 * text's method) and, beyond chapter 1, momentum, Nesterov, AdaGrad, RMSProp and Adam. A value;
 * the constants a rule does not use are kept at their defaults and ignored by it.
 *
 * @param kind     which rule
 * @param momentum μ of momentum and Nesterov, in [0, 1)
 * @param decay    ρ of RMSProp, in [0, 1)
 * @param beta1    β₁ of Adam, in [0, 1)
 * @param beta2    β₂ of Adam, in [0, 1)
 * @param epsilon  ε of AdaGrad, RMSProp and Adam, a positive finite number
 */
public record UpdateRule(Kind kind, double momentum, double decay, double beta1, double beta2, double epsilon)
        implements OptimizerChoice {

    /** The rules, in the order a learner is offered them. */
    public enum Kind {
        SGD("plain SGD", "v ← v − η g  (Eq. 8–9, the text's method)"),
        MOMENTUM("momentum", "u ← μ u − η g;  v ← v + u"),
        NESTEROV("Nesterov", "u ← μ u − η ĝ, ĝ at the look-ahead v + μ u;  v ← v + u"),
        ADAGRAD("AdaGrad", "G ← G + g²;  v ← v − η g / (√G + ε)"),
        RMSPROP("RMSProp", "E ← ρ E + (1 − ρ) g²;  v ← v − η g / (√E + ε)"),
        ADAM("Adam", "m₁ ← β₁ m₁ + (1 − β₁) g;  m₂ ← β₂ m₂ + (1 − β₂) g²;  v ← v − η m̂₁ / (√m̂₂ + ε)");

        private final String displayName;
        private final String rule;

        Kind(String displayName, String rule) {
            this.displayName = displayName;
            this.rule = rule;
        }

        /** "sgd", "momentum", …: the name on the command line and in session files. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String displayName() {
            return displayName;
        }

        /** The rule in one line; g is the mini-batch's mean gradient (1/m) Σ_j ∇C_Xj. */
        public String rule() {
            return rule;
        }

        /** The constants this rule reads, beyond η. */
        public List<Constant> constants() {
            return switch (this) {
                case SGD -> List.of();
                case MOMENTUM, NESTEROV -> List.of(Constant.MOMENTUM);
                case ADAGRAD -> List.of(Constant.EPSILON);
                case RMSPROP -> List.of(Constant.DECAY, Constant.EPSILON);
                case ADAM -> List.of(Constant.BETA1, Constant.BETA2, Constant.EPSILON);
            };
        }

        public boolean uses(Constant c) {
            return constants().contains(c);
        }

        /** The kind for an id, or an exception naming the ids that exist. */
        public static Kind byId(String id) {
            for (Kind k : values()) {
                if (k.id().equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown optimizer '" + id + "': use " + ids(", "));
        }

        /** Every id, joined by {@code separator}. */
        public static String ids(String separator) {
            StringBuilder s = new StringBuilder();
            for (Kind k : values()) {
                s.append(s.length() == 0 ? "" : separator).append(k.id());
            }
            return s.toString();
        }
    }

    /** A constant of a rule beyond η: its symbol, its default and its range. */
    public enum Constant {
        MOMENTUM("μ", "momentum", 0.9, "how much of the last step's velocity u carries into the next"),
        DECAY("ρ", "decay", 0.9, "how slowly RMSProp's running mean E of g² forgets"),
        BETA1("β₁", "beta1", 0.9, "how slowly Adam's mean m₁ of g forgets"),
        BETA2("β₂", "beta2", 0.999, "how slowly Adam's mean m₂ of g² forgets"),
        EPSILON("ε", "epsilon", 1e-8, "keeps the division finite where the mean of g² is 0");

        private final String symbol;
        private final String id;
        private final double defaultValue;
        private final String meaning;

        Constant(String symbol, String id, double defaultValue, String meaning) {
            this.symbol = symbol;
            this.id = id;
            this.defaultValue = defaultValue;
            this.meaning = meaning;
        }

        public String symbol() {
            return symbol;
        }

        /** "momentum", "decay", "beta1", "beta2", "epsilon": the option's name and the session's key. */
        public String id() {
            return id;
        }

        public double defaultValue() {
            return defaultValue;
        }

        public String meaning() {
            return meaning;
        }

        /** The allowed values in words: "at least 0 and below 1", or for ε "a positive finite number". */
        public String range() {
            return this == EPSILON ? "a positive finite number" : "at least 0 and below 1";
        }

        public boolean allows(double value) {
            return this == EPSILON ? value > 0 && Double.isFinite(value) : value >= 0 && value < 1;
        }

        /** Null if {@code value} is allowed, else a sentence for people saying why not. */
        public String problem(double value) {
            return allows(value) ? null : symbol + " must be " + range() + ", not " + value;
        }
    }

    /** Plain SGD, Eq. (8)–(9). */
    public static final UpdateRule SGD = of(Kind.SGD);

    public UpdateRule {
        Objects.requireNonNull(kind, "kind");
        check(Constant.MOMENTUM, momentum);
        check(Constant.DECAY, decay);
        check(Constant.BETA1, beta1);
        check(Constant.BETA2, beta2);
        check(Constant.EPSILON, epsilon);
    }

    private static void check(Constant c, double value) {
        String problem = c.problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** The rule with every constant at its default. */
    public static UpdateRule of(Kind kind) {
        return new UpdateRule(kind, Constant.MOMENTUM.defaultValue(), Constant.DECAY.defaultValue(),
                Constant.BETA1.defaultValue(), Constant.BETA2.defaultValue(), Constant.EPSILON.defaultValue());
    }

    public double value(Constant c) {
        return switch (c) {
            case MOMENTUM -> momentum;
            case DECAY -> decay;
            case BETA1 -> beta1;
            case BETA2 -> beta2;
            case EPSILON -> epsilon;
        };
    }

    /** This rule with constant {@code c} set to {@code value}. */
    public UpdateRule with(Constant c, double value) {
        return new UpdateRule(kind,
                c == Constant.MOMENTUM ? value : momentum, c == Constant.DECAY ? value : decay,
                c == Constant.BETA1 ? value : beta1, c == Constant.BETA2 ? value : beta2,
                c == Constant.EPSILON ? value : epsilon);
    }

    /** Another rule, keeping these constants. */
    public UpdateRule withKind(Kind k) {
        return new UpdateRule(k, momentum, decay, beta1, beta2, epsilon);
    }

    @Override
    public String id() {
        return kind.id();
    }

    @Override
    public Optimizer create() {
        return switch (kind) {
            case SGD -> new Sgd();
            case MOMENTUM -> new Momentum(momentum, false);
            case NESTEROV -> new Momentum(momentum, true);
            case ADAGRAD -> new AdaGrad(epsilon);
            case RMSPROP -> new RmsProp(decay, epsilon);
            case ADAM -> new Adam(beta1, beta2, epsilon);
        };
    }

    /** Momentum and Nesterov keep u as their first accumulator. */
    @Override
    public Point velocity(OptimizerState state) {
        return kind == Kind.MOMENTUM || kind == Kind.NESTEROV ? state.first() : null;
    }

    /** The constants this rule uses, by {@link Constant#id()}, in the order of {@link Kind#constants()}. */
    @Override
    public Map<String, Double> constants() {
        Map<String, Double> used = new LinkedHashMap<>();
        for (Constant c : kind.constants()) {
            used.put(c.id(), value(c));
        }
        return used;
    }

    /**
     * The rule {@code id} with {@code constants} set (the others at their defaults), as a session names
     * it; a constant the rule does not use, or out of its range, is an IllegalArgumentException.
     */
    public static UpdateRule parse(String id, Map<String, Double> constants) {
        UpdateRule rule = of(Kind.byId(id));
        for (Map.Entry<String, Double> e : constants.entrySet()) {
            Constant c = null;
            for (Constant k : rule.kind.constants()) {
                c = k.id().equals(e.getKey()) ? k : c;
            }
            if (c == null || e.getValue() == null) {
                throw new IllegalArgumentException(id + " has no constant '" + e.getKey() + "'");
            }
            rule = rule.with(c, e.getValue());
        }
        return rule;
    }

    /** "momentum (μ = 0.9)": the rule and the constants it uses. */
    @Override
    public String toString() {
        return named(kind.constants());
    }

    /** "momentum", or "momentum (μ = 0.5)": the rule and those of its constants not at their defaults, for a legend. */
    @Override
    public String displayName() {
        return named(kind.constants().stream().filter(c -> value(c) != c.defaultValue()).toList());
    }

    private String named(List<Constant> shown) {
        StringBuilder s = new StringBuilder(kind.displayName());
        for (int i = 0; i < shown.size(); i++) {
            s.append(i == 0 ? " (" : ", ").append(shown.get(i).symbol()).append(" = ")
                    .append(new java.math.BigDecimal(Double.toString(value(shown.get(i)))).stripTrailingZeros().toString());
        }
        return shown.isEmpty() ? s.toString() : s.append(')').toString();
    }
}
