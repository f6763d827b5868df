package org.descentfx.ui.progress;

/**
 * How far a long piece of work has got, as a progress strip shows it.
 *
 * @param text     what is being done, with its count ("Exporting CSV: 1,200,000 of 3,000,000 steps")
 * @param fraction done so far, 0 to 1
 */
public record Work(String text, double fraction) {
    public Work {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction " + fraction + " is not in [0, 1]");
        }
    }

    /** {@code done} of {@code total}, clamped to [0, 1]; 0 when there is nothing to do. */
    public static Work of(String text, long done, long total) {
        double f = total <= 0 ? 0 : Math.min(1, Math.max(0, (double) done / total));
        return new Work(text, f);
    }
}
