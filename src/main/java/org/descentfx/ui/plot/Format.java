package org.descentfx.ui.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The window's numbers for people, one formatter for all of them: short values for readouts
 * ({@link #number}), the exact value a field holds ({@link #exact}), and the ends of a scale
 * ({@link #bound}). Powers of ten are written 1e9 and 2.5e-7, never 1.0E9.
 */
public final class Format {
    private Format() {
    }

    /** Four significant digits, scientific notation outside 1e-3 … 1e5. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            // 1.234e-5 rather than 1.234e-05: the readout is narrow
            return String.format(Locale.ROOT, "%.3e", v).replaceFirst("e\\+?(-?)0*(\\d)", "e$1$2")
                    .replaceFirst("\\.?0+e", "e");
        }
        // not %.4g: from 1e4 it writes 1.722e+04, which is neither of the forms above
        return decimal(new BigDecimal(Double.toString(v)).round(new MathContext(4, RoundingMode.HALF_UP)));
    }

    /**
     * A decimal already rounded to the digits meant, written as {@link #number} writes: plain from
     * 1e-3 to 1e5, else with a power of ten (1.23e-7), trailing zeros dropped. For numbers whose
     * digits are chosen elsewhere (the step panel keeps its arithmetic checkable on screen).
     */
    public static String decimal(BigDecimal x) {
        BigDecimal d = x.stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        double a = d.abs().doubleValue();
        if (a < 1e-3 || a >= 1e5) {
            int exponent = d.precision() - d.scale() - 1;
            return d.movePointLeft(exponent).toPlainString() + "e" + exponent;
        }
        return d.toPlainString();
    }

    /**
     * The value exactly: the shortest text that reads back as the same double, plain from 1e-4 to
     * 1e6 (0.0123, 1234.5), else with a power of ten (1e9, 2.5e-7). A field shows the number used.
     */
    public static String exact(double v) {
        if (!Double.isFinite(v)) {
            return number(v);
        }
        double a = Math.abs(v);
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        if (a == 0 || (a >= 1e-4 && a < 1e6)) {
            return d.toPlainString();
        }
        int exponent = d.precision() - d.scale() - 1;
        return d.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
    }

    /**
     * An end of a scale that spans {@code low … high}, as a label: two significant digits (0.0013,
     * 5.3e-21), and 0 for a value that is rounding noise beside the span's top (below 1e-12 of it).
     */
    public static String bound(double v, double low, double high) {
        double scale = Math.max(Math.abs(low), Math.abs(high));
        if (Double.isFinite(v) && Math.abs(v) < scale * 1e-12) {
            return "0";
        }
        if (!Double.isFinite(v) || v == 0) {
            return number(v);
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(2));
        return exact(rounded.doubleValue());
    }
}
