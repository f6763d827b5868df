package org.descentfx.bench;

/** One line of the table: what was measured, the figure, its unit, and the target it is held to. */
record Row(String benchmark, double figure, String unit, Target target) {

    static Row of(String benchmark, double figure, String unit) {
        return new Row(benchmark, figure, unit, Target.NONE);
    }

    String figureText() {
        return Figures.format(figure);
    }

    String verdict() {
        return target.verdict(figure);
    }
}
