package org.descentfx.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.descentfx.engine.GhostPath;
import org.junit.jupiter.api.Test;

/**
 * A ghost's name is placed where it covers none of the ghost's own points when the plot has room:
 * a ghost and the branch that left it often run side by side, and a label over one covers both.
 * Two ghosts' labels do not overlap.
 */
class GhostLabelTest {
    private static final MapFrame FRAME = MapFrame.of(new Window(-2, 4, -4, 2), 600, 500);

    @Test
    void theLabelCoversNoneOfItsGhostsPointsWhereverTheGhostComesFrom() {
        // a ghost arriving from each side at the plot's middle: from the lower left, upper left, lower right, upper right
        for (double[] from : new double[][] {{-1.5, -3.5}, {-1.5, 1.5}, {3.5, -3.5}, {3.5, 1.5}}) {
            GhostPath g = line(new Point(from[0], from[1]), new Point(1, -1), 400);
            Point2D ring = FRAME.toPixel(new Point(1, -1));
            Rectangle2D box = GhostLayer.place(FRAME, g, ring, 180, new ArrayList<>());
            assertThat(pointsIn(g, box)).as("from (%s, %s)", from[0], from[1]).isZero();
            assertThat(FRAME.plot().contains(box)).isTrue();
            assertThat(box.contains(ring)).isFalse();
        }
    }

    @Test
    void twoGhostsEndingTogetherGetLabelsThatDoNotOverlap() {
        GhostPath a = line(new Point(-1.5, -3.5), new Point(1, -1), 300);
        GhostPath b = line(new Point(-1.5, 1.5), new Point(1.05, -1.05), 300);
        List<Rectangle2D> placed = new ArrayList<>();
        placed.add(GhostLayer.place(FRAME, a, FRAME.toPixel(new Point(1, -1)), 180, placed));
        Rectangle2D second = GhostLayer.place(FRAME, b, FRAME.toPixel(new Point(1.05, -1.05)), 180, placed);
        assertThat(second.intersects(placed.get(0))).isFalse();
    }

    private static GhostPath line(Point from, Point to, int n) {
        long[] steps = new long[n];
        double[] w = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i / (n - 1.0);
            steps[i] = i;
            w[i] = from.w() + t * (to.w() - from.w());
            b[i] = from.b() + t * (to.b() - from.b());
        }
        return new GhostPath(steps, w, b, c);
    }

    private static long pointsIn(GhostPath g, Rectangle2D box) {
        long n = 0;
        for (int i = 0; i < g.size(); i++) {
            if (box.contains(FRAME.toPixel(new Point(g.w()[i], g.b()[i])))) {
                n++;
            }
        }
        return n;
    }
}
