package org.descentfx.ui.valley;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * Where a tick's number goes on screen: a box beyond the tick in the direction the axis stands
 * off, its nearest side a fixed distance from the tick. {@link ValleyAxes} uses it with the size a
 * number is expected to take, to choose ticks whose numbers fit; {@link AxesLayer} with the size
 * it measures, to draw them. Pure geometry.
 */
final class TickLabels {
    /** The tick mark's length, and the air between it and its number, in pixels. */
    static final double TICK_PX = 6;
    static final double GAP_PX = 3;
    /** The height of a number in {@link AxesLayer#TICK_FONT} with some air, in pixels. */
    static final double HEIGHT_PX = 16;

    private TickLabels() {
    }

    /**
     * An upper bound of the width of {@code text} in {@link AxesLayer#TICK_FONT} (DejaVu Sans,
     * 13 px): digits 0.64 em, the point 0.32 em, the minus sign 0.84 em, other letters at most 0.7 em.
     */
    static double width(String text) {
        double em = 0;
        for (char c : text.toCharArray()) {
            em += Character.isDigit(c) ? 0.64 : c == '.' ? 0.32 : c == '\u2212' ? 0.84 : 0.7;
        }
        return Math.ceil(em * 13) + 2;
    }

    /** The box of a number of the expected size beyond tick {@code p}. */
    static Bounds expected(String text, Point2D p, Point2D outward) {
        return box(p, outward, width(text), HEIGHT_PX, TICK_PX + GAP_PX);
    }

    /**
     * The w × h box beyond {@code p} in the unit direction {@code d}, its nearest point
     * {@code offset} from p.
     */
    static Bounds box(Point2D p, Point2D d, double w, double h, double offset) {
        // the box's distance from p grows with how far its centre goes out along d: find where it is offset
        double lo = 0;
        double hi = offset + w + h;
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (distance(centred(p.add(d.multiply(mid)), w, h), p) < offset) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return centred(p.add(d.multiply(hi)), w, h);
    }

    private static Bounds centred(Point2D c, double w, double h) {
        return new BoundingBox(c.getX() - w / 2, c.getY() - h / 2, w, h);
    }

    /** The distance from p to the box, 0 inside it. */
    static double distance(Bounds b, Point2D p) {
        double dx = Math.max(0, Math.max(b.getMinX() - p.getX(), p.getX() - b.getMaxX()));
        double dy = Math.max(0, Math.max(b.getMinY() - p.getY(), p.getY() - b.getMaxY()));
        return Math.hypot(dx, dy);
    }

    /**
     * Whether the number in {@code box} reads as its own tick's at {@code own}: no other tick is as
     * near to it (where two axes meet, it would name the wrong one).
     */
    static boolean nearestTo(Bounds box, Point2D own, Iterable<Point2D> others) {
        double mine = distance(box, own);
        for (Point2D other : others) {
            if (other != own && distance(box, other) <= mine + 1) {
                return false;
            }
        }
        return true;
    }
}
