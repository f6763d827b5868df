package org.descentfx.ui.plot;

import java.util.Locale;

/** Numbers for people: short, but never hiding the value's scale. */
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
            return String.format(Locale.ROOT, "%.3e", v).replaceFirst("e\\+?(-?)0*(\\d)", "e$1$2");
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
