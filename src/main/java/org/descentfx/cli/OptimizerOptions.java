package org.descentfx.cli;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.core.train.UpdateRule.Constant;
import org.descentfx.core.train.UpdateRule.Kind;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The update rule of {@code train} and {@code render}: plain SGD of Eq. (8)–(9) unless another is
 * chosen, and the constants of the rules beyond chapter 1. A constant the chosen rule does not use
 * is refused, so nobody believes it had an effect.
 */
final class OptimizerOptions {

    @Option(names = "--optimizer", paramLabel = "sgd|momentum|nesterov|adagrad|rmsprop|adam", defaultValue = "sgd",
            converter = OptimizerId.class,
            description = "the update rule: sgd is Eq. (8)-(9), the text's; the others go beyond chapter 1"
                + " (README: Optimizers) (default: ${DEFAULT-VALUE})")
    Kind kind;

    @Option(names = "--momentum", paramLabel = "MU", converter = MomentumValue.class,
            description = "mu of momentum and nesterov, 0 <= mu < 1 (default: 0.9)")
    Double momentum;

    @Option(names = "--decay", paramLabel = "RHO", converter = DecayValue.class,
            description = "rho of rmsprop, 0 <= rho < 1 (default: 0.9)")
    Double decay;

    @Option(names = "--beta1", paramLabel = "B1", converter = Beta1Value.class,
            description = "beta1 of adam, 0 <= beta1 < 1 (default: 0.9)")
    Double beta1;

    @Option(names = "--beta2", paramLabel = "B2", converter = Beta2Value.class,
            description = "beta2 of adam, 0 <= beta2 < 1 (default: 0.999)")
    Double beta2;

    @Option(names = "--epsilon", paramLabel = "EPS", converter = EpsilonValue.class,
            description = "epsilon of adagrad, rmsprop and adam, a positive number (default: 1e-8)")
    Double epsilon;

    /** The chosen rule with the constants given; a constant it does not use is a usage error (exit 2). */
    UpdateRule rule(CommandLine cli) {
        UpdateRule rule = UpdateRule.of(kind);
        List<String> unused = new ArrayList<>();
        for (Constant c : Constant.values()) {
            Double given = given(c);
            if (given == null) {
                continue;
            }
            if (kind.uses(c)) {
                rule = rule.with(c, given);
            } else {
                unused.add("--" + c.id());
            }
        }
        if (!unused.isEmpty()) {
            throw new ParameterException(cli, String.join(" and ", unused) + (unused.size() == 1 ? " is" : " are")
                    + " not used by --optimizer " + kind.id() + usedText());
        }
        return rule;
    }

    private String usedText() {
        List<String> names = kind.constants().stream().map(c -> "--" + c.id()).toList();
        return names.isEmpty() ? " (it has no constants beyond --lr)" : " (it uses " + String.join(", ", names) + ")";
    }

    private Double given(Constant c) {
        return switch (c) {
            case MOMENTUM -> momentum;
            case DECAY -> decay;
            case BETA1 -> beta1;
            case BETA2 -> beta2;
            case EPSILON -> epsilon;
        };
    }

    /** An id of {@link Kind}. */
    static final class OptimizerId implements ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            try {
                return Kind.byId(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    private static double constant(Constant c, String value) {
        double v = OptionValues.number(value);
        if (!c.allows(v)) {
            throw new TypeConversionException(c.symbol() + " must be " + c.range() + ", not '" + value + "'");
        }
        return v;
    }

    static final class MomentumValue implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return constant(Constant.MOMENTUM, value);
        }
    }

    static final class DecayValue implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return constant(Constant.DECAY, value);
        }
    }

    static final class Beta1Value implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return constant(Constant.BETA1, value);
        }
    }

    static final class Beta2Value implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return constant(Constant.BETA2, value);
        }
    }

    static final class EpsilonValue implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return constant(Constant.EPSILON, value);
        }
    }
}
