package org.descentfx.cli;

import java.util.regex.Pattern;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Point;
import org.descentfx.ui.chart.CostChartView;
import org.descentfx.ui.export.FigureView;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The converters of the commands' option values. Each refuses a bad value with one sentence
 * that quotes it; the error handler puts the option's name in front of it.
 */
final class OptionValues {
    /** Plain decimal notation: no hexadecimal, no Java suffixes such as {@code 1d}. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(NaN|Infinity)");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

    private OptionValues() {
    }

    /** The learning rate η of Eq. (8)–(9): a positive finite number. */
    static final class LearningRate implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double eta = number(value);
            if (!(eta > 0) || !Double.isFinite(eta)) {
                throw new TypeConversionException("η must be a positive finite number, not '" + value + "'");
            }
            return eta;
        }
    }

    /** The mini-batch size m of Eq. (7)–(9): at least 1. */
    static final class MiniBatchSize implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int m = wholeNumber(value);
            if (m < 1) {
                throw new TypeConversionException("the mini-batch size m must be at least 1, not '" + value + "'");
            }
            return m;
        }
    }

    /** The number of epochs: 0 or more. */
    static final class Epochs implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int epochs = wholeNumber(value);
            if (epochs < 0) {
                throw new TypeConversionException("the number of epochs must be 0 or more, not '" + value + "'");
            }
            return epochs;
        }
    }

    /** The seed of the shuffles: any whole number that fits in 64 bits. */
    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            if (!WHOLE.matcher(value).matches()) {
                throw new TypeConversionException("'" + value + "' is not a whole number");
            }
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is out of range for a seed");
            }
        }
    }

    /** The start point, written {@code W,B}: two finite numbers and one comma. */
    static final class Start implements ITypeConverter<Point> {
        @Override
        public Point convert(String value) {
            String[] parts = value.split(",", -1);
            if (parts.length != 2) {
                throw new TypeConversionException("expected W,B (two numbers and a comma, such as 0.5,-1), not '"
                        + value + "'");
            }
            Point p;
            try {
                p = new Point(number(parts[0].strip()), number(parts[1].strip()));
            } catch (TypeConversionException e) {
                throw new TypeConversionException("expected W,B as two numbers, not '" + value + "': "
                        + e.getMessage());
            }
            if (!p.isFinite()) {
                throw new TypeConversionException("w and b must be finite, not '" + value + "'");
            }
            return p;
        }
    }

    /** The neuron: an id of {@link Model#all()}, {@code linear} or {@code sigmoid}. */
    static final class ModelId implements ITypeConverter<Model> {
        @Override
        public Model convert(String value) {
            try {
                return Model.byId(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A side of a picture in pixels: 16 to 8192. */
    static final class PixelSize implements ITypeConverter<Integer> {
        static final int MIN = 16;
        static final int MAX = 8192;

        @Override
        public Integer convert(String value) {
            int px = wholeNumber(value);
            if (px < MIN || px > MAX) {
                throw new TypeConversionException("a picture's side must be " + MIN + " to " + MAX + " pixels, not '"
                        + value + "'");
            }
            return px;
        }
    }

    /** How many times text and lines are drawn larger than on screen: 0.5 to 8. */
    static final class Scale implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double scale = number(value);
            if (!(scale >= 0.5 && scale <= 8)) {
                throw new TypeConversionException("the scale must be a number from 0.5 to 8, not '" + value + "'");
            }
            return scale;
        }
    }

    /** What a figure shows: {@code map}, {@code chart}, {@code data} or {@code all}. */
    static final class View implements ITypeConverter<FigureView> {
        @Override
        public FigureView convert(String value) {
            for (FigureView v : FigureView.values()) {
                if (v.id().equals(value)) {
                    return v;
                }
            }
            throw new TypeConversionException("expected map, chart, data or all, not '" + value + "'");
        }
    }

    /** What the cost chart's x-axis counts: {@code steps}, {@code epochs} or {@code examples}. */
    static final class XAxis implements ITypeConverter<CostChartView.XAxisMode> {
        @Override
        public CostChartView.XAxisMode convert(String value) {
            return switch (value) {
                case "steps" -> CostChartView.XAxisMode.STEPS;
                case "epochs" -> CostChartView.XAxisMode.EPOCHS;
                case "examples" -> CostChartView.XAxisMode.EXAMPLES;
                default -> throw new TypeConversionException("expected steps, epochs or examples, not '" + value + "'");
            };
        }
    }

    /** A decimal number; NaN and Infinity parse, so the caller can say why they do not fit. */
    static double number(String text) {
        if (!DECIMAL.matcher(text).matches() && !NON_FINITE.matcher(text).matches()) {
            throw new TypeConversionException("'" + text + "' is not a number");
        }
        return Double.parseDouble(text);
    }

    private static int wholeNumber(String text) {
        if (!WHOLE.matcher(text).matches()) {
            throw new TypeConversionException("'" + text + "' is not a whole number");
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is too large");
        }
    }
}
