package org.descentfx.ui.plot;

import javafx.scene.paint.Color;

/**
 * The viridis colour scale (perceptually uniform, readable in grey and by most colour-blind
 * viewers), shared by the 2D map, its colour bar and the 3D valley. t = 0 is the valley floor
 * (dark violet), t = 1 the highest cost shown (yellow).
 */
public final class ColorScale {
    /** Viridis sampled at 9 evenly spaced stops; between stops it is interpolated in sRGB. */
    private static final int[] STOPS = {
        0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725
    };
    private static final int TABLE_SIZE = 1024;
    private static final int[] TABLE = buildTable();

    private ColorScale() {
    }

    private static int[] buildTable() {
        int[] table = new int[TABLE_SIZE];
        for (int i = 0; i < TABLE_SIZE; i++) {
            double pos = i / (double) (TABLE_SIZE - 1) * (STOPS.length - 1);
            int k = Math.min((int) pos, STOPS.length - 2);
            double f = pos - k;
            int a = STOPS[k];
            int b = STOPS[k + 1];
            int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - f) + ((b >> 16) & 0xFF) * f);
            int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - f) + ((b >> 8) & 0xFF) * f);
            int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
            table[i] = 0xFF000000 | (r << 16) | (g << 8) | bl;
        }
        return table;
    }

    /** ARGB of t in [0, 1] (clamped; NaN gives transparent). */
    public static int argb(double t) {
        if (Double.isNaN(t)) {
            return 0;
        }
        double c = Math.max(0, Math.min(1, t));
        return TABLE[(int) Math.round(c * (TABLE_SIZE - 1))];
    }

    public static Color color(double t) {
        int v = argb(t);
        return Color.rgb((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, ((v >>> 24) & 0xFF) / 255.0);
    }

    /**
     * Where a cost sits on the scale: logarithmic between the grid's min and max, so a long
     * narrow valley shows its floor as well as its walls.
     */
    public static double position(double cost, double min, double max) {
        double range = max - min;
        if (!(range > 0) || !Double.isFinite(range)) {
            return 0;
        }
        // Scale-free: the same picture whatever the units of C; a thousandth of the range is "flat".
        double floor = range / 1000;
        return Math.log1p(Math.max(0, cost - min) / floor) / Math.log1p(range / floor);
    }
}
