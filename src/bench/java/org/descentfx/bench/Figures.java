package org.descentfx.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers for the table: four significant digits, thousands separated, never in E notation. */
final class Figures {
    private Figures() {
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        if (value == 0 || Double.isInfinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4));
        if (Math.abs(value) >= 1000) {
            return String.format(Locale.ROOT, "%,d", rounded.longValue());
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** "1,000,000" for a data size. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
