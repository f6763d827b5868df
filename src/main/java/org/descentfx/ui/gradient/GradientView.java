package org.descentfx.ui.gradient;

import java.util.Arrays;
import javafx.scene.layout.Region;
import org.descentfx.core.gradient.Covariance;
import org.descentfx.core.gradient.Ellipse;
import org.descentfx.core.gradient.GradientSpread;
import org.descentfx.ui.plot.FrameProbe;
import org.descentfx.ui.plot.FxThread;
import org.descentfx.ui.plot.HoverTip;
import org.descentfx.ui.plot.PlotFrame;
import org.descentfx.ui.plot.SharpCanvas;

/**
 * Gradient space (∂C/∂w, ∂C/∂b) at the current point: every example's ∇C_x as a dot (above 5,000
 * examples, all of them as a density of small cells, said in the caption), their mean ∇C,
 * the next mini-batch's examples ringed with their mean ∇C_X and the arrow ∇C → ∇C_X (the error of the
 * estimate of Eq. (7)), and the 1σ and 2σ ellipses of ∇C_X for the batch's size m,
 * Cov(∇C_X) = (S/m)·(n − m)/(n − 1). The axes fit the dots and the widest (m = 1) ellipse, so they keep
 * still while m changes and only the ellipses move. FX thread only.
 */
public final class GradientView extends Region {
    private final SharpCanvas canvas = new SharpCanvas();
    private final PlotFrame frame = new PlotFrame();
    private final GradientPainter painter = new GradientPainter(frame);
    private GradientSpread spread;
    private DensityCells precounted;
    /** The plot's width and height as last laid out, for counts made off the FX thread; null before. */
    private double[] plotSize;
    private int[] batch = new int[0];
    private int batchSize;
    private int miniBatchSize;
    private double[] range;

    public GradientView() {
        setId("gradientView");
        setPrefSize(480, 300);
        setMinSize(160, 140);
        getStyleClass().add("gradient-view");
        getChildren().add(canvas);
        HoverTip.install(this, "Each dot is one example's gradient ∇C_x at the current (w, b); their mean is ∇C."
                + "\nRinged: the next mini-batch; its mean ∇C_X (Eq. (7)) is the gradient the step uses."
                + "\nEllipses: where ∇C_X of a random batch of m falls, 1σ and 2σ of"
                + "\nCov(∇C_X) = (S/m)(n − m)/(n − 1), S the covariance of the ∇C_x. At m = n it is a point."
                + "\nAbove " + GradientPainter.MAX_DOTS + " examples the dots become a density: a darker cell holds more ∇C_x.");
        canvas.widthProperty().addListener((o, a, v) -> redraw());
        canvas.heightProperty().addListener((o, a, v) -> redraw());
    }

    /**
     * Shows the per-example gradients at a point and the next mini-batch {@code batch} (data-file indices;
     * empty when not known), with the ellipses for that batch's own size: the last batch of an epoch
     * may be shorter than the controls' {@code miniBatchSize}.
     */
    public void show(GradientSpread spread, int[] batch, int miniBatchSize) {
        show(spread, null, batch, miniBatchSize);
    }

    /**
     * As {@link #show(GradientSpread, int[], int)}, with the density's counts made off the FX thread by
     * {@link #precount} (or null): used when they fit the plot as laid out now, else counted again here.
     */
    public void show(GradientSpread spread, DensityCells precounted, int[] batch, int miniBatchSize) {
        FxThread.check(this);
        if (spread != this.spread) {
            range = spread == null ? null : fit(spread);
        }
        this.spread = spread;
        this.precounted = precounted;
        int n = spread == null ? 0 : spread.size();
        this.batch = batch == null ? new int[0] : Arrays.stream(batch).filter(i -> i >= 0 && i < n).toArray();
        this.miniBatchSize = Math.max(1, Math.min(miniBatchSize, Math.max(1, n)));
        this.batchSize = this.batch.length > 0 ? this.batch.length : this.miniBatchSize;
        redraw();
    }

    /** The covariance of ∇C_X drawn now, or null when nothing is shown. */
    public Covariance shownCovariance() {
        return spread == null ? null : spread.ofBatchMean(batchSize);
    }

    /** The mini-batch size the ellipses are drawn for. */
    public int shownBatchSize() {
        return batchSize;
    }

    /** The examples ringed as the next mini-batch. */
    public int ringedCount() {
        return batch.length;
    }

    /** Whether the per-example gradients are drawn as a density rather than as dots. */
    public boolean drawsDensity() {
        return spread != null && GradientPainter.asDensity(spread.size());
    }

    /** The examples counted into the density last drawn (n when every one lies on the axes); 0 for dots. */
    public long densityCount() {
        return painter.densityCount();
    }

    /** The pixel column of ∂C/∂w = gw and the row of ∂C/∂b = gb, and the plot's top left, as last drawn; for tests. */
    double[] toPixel(double gw, double gb) {
        return new double[] {frame.px(gw), frame.py(gb), frame.left(), frame.top()};
    }

    /** The density's counts last drawn, or null when dots were drawn; for tests. */
    DensityCells densityCells() {
        return painter.densityCells();
    }

    /** How many times the density was counted on the FX thread, no counts for its plot having come ready. */
    public int densityRecounts() {
        return painter.densityRecounts();
    }

    /** The plot's {width, height} in px as last laid out, or null before the first layout. FX thread. */
    public double[] plotSize() {
        return plotSize == null ? null : plotSize.clone();
    }

    /**
     * The density's counts of {@code spread} for a plot of {@code plotSize} {width, height} (as {@link #plotSize}
     * gave), on the axes the view fits to {@code spread}; null when the view draws dots (n ≤ 5,000) or has no
     * size yet. Reads all n: any thread, meant for one off the FX thread.
     */
    public static DensityCells precount(GradientSpread spread, double[] plotSize) {
        if (spread == null || plotSize == null || !GradientPainter.asDensity(spread.size())) {
            return null;
        }
        return DensityCells.count(spread, DensityCells.Grid.of(fit(spread), plotSize[0], plotSize[1]));
    }

    /** The caption's first line, as drawn. */
    public String caption() {
        return spread == null ? "" : GradientPainter.title(spread.size());
    }

    /** The bounds {wMin, wMax, bMin, bMax} that hold every dot and the 2σ ellipse of m = 1, padded. */
    static double[] fit(GradientSpread spread) {
        double[] dots = spread.bounds();
        double wMin = Math.min(spread.meanW(), dots[0]);
        double wMax = Math.max(spread.meanW(), dots[1]);
        double bMin = Math.min(spread.meanB(), dots[2]);
        double bMax = Math.max(spread.meanB(), dots[3]);
        Ellipse widest = spread.ofBatchMean(1).ellipse(spread.meanW(), spread.meanB(), 2);
        double[][] outline = widest.outline(48);
        for (int k = 0; k < outline[0].length; k++) {
            wMin = Math.min(wMin, outline[0][k]);
            wMax = Math.max(wMax, outline[0][k]);
            bMin = Math.min(bMin, outline[1][k]);
            bMax = Math.max(bMax, outline[1][k]);
        }
        double padW = Math.max((wMax - wMin) * 0.08, 1e-9 + Math.abs(wMax) * 1e-3);
        double padB = Math.max((bMax - bMin) * 0.08, 1e-9 + Math.abs(bMax) * 1e-3);
        return new double[] {wMin - padW, wMax + padW, bMin - padB, bMax + padB};
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
        if (canvas.differs(getWidth(), getHeight())) {
            canvas.size(getWidth(), getHeight()); // its listeners draw it
        }
    }

    private void redraw() {
        long probe = FrameProbe.enter();
        try {
            paint();
        } finally {
            FrameProbe.exit(FrameProbe.Section.DATA, probe);
        }
    }

    private void paint() {
        double width = canvas.width();
        double height = canvas.height();
        if (width < 1 || height < 1) {
            return;
        }
        var gc = canvas.getGraphicsContext2D();
        if (spread == null) {
            frame.layout(width, height, 0);
            frame.draw(gc, width, height, "∂C/∂w", "∂C/∂b");
            frame.drawMessage(gc, "No finite gradient here");
            return;
        }
        frame.setX(range[0], range[1]);
        frame.setY(range[2], range[3], false);
        frame.layout(width, height, GradientPainter.CAPTION_HEIGHT);
        plotSize = new double[] {frame.right() - frame.left(), frame.bottom() - frame.top()};
        painter.paint(gc, width, height, spread, range, precounted, batch, batchSize, miniBatchSize);
    }
}
