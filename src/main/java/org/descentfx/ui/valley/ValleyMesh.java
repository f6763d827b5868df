package org.descentfx.ui.valley;

import java.util.Arrays;
import java.util.Objects;
import javafx.geometry.Point3D;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.TriangleMesh;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.Window;
import org.descentfx.ui.plot.ColorScale;

/**
 * The cost surface C(w, b) of Eq. (1) as a height field in scene units, "like Figure 1": w runs
 * along x and b along z over a {@link #SIZE} × {@link #SIZE} square centred at the origin, and the
 * height of {@link HeightScale} rises along −y (JavaFX's y points down).
 *
 * <p>Pure geometry: building one draws nothing and needs no graphics pipeline, so the arrays and
 * {@link #heightAt} are testable anywhere. Only {@link #triangleMesh()} and {@link #colorTexture()}
 * create JavaFX resources. Immutable.
 */
public final class ValleyMesh {

    /** The side of the square the window is stretched over, in scene units. */
    public static final double SIZE = 200;

    /** The width of the colour-map texture, in texels. */
    public static final int TEXTURE_WIDTH = 256;

    private final CostGrid grid;
    private final HeightScale scale;
    private final double[] heights;

    public ValleyMesh(CostGrid grid, HeightScale scale) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.scale = Objects.requireNonNull(scale, "scale");
        this.heights = new double[grid.columns() * grid.rows()];
        for (int row = 0; row < grid.rows(); row++) {
            for (int col = 0; col < grid.columns(); col++) {
                heights[row * grid.columns() + col] = scale.height(grid.cost(col, row));
            }
        }
    }

    /** The mesh of {@code grid} with heights over its own range of C, linear or logarithmic. */
    public static ValleyMesh of(CostGrid grid, boolean logHeight) {
        return new ValleyMesh(grid, HeightScale.of(grid, logHeight));
    }

    public CostGrid grid() {
        return grid;
    }

    public HeightScale scale() {
        return scale;
    }

    /** The scene x of weight w: the window's wMin at −SIZE/2, wMax at +SIZE/2. */
    public double x(double w) {
        Window window = grid.window();
        return SIZE * ((w - window.wMin()) / window.width() - 0.5);
    }

    /** The scene z of bias b: bMin at −SIZE/2 (nearest the default camera), bMax at +SIZE/2. */
    public double z(double b) {
        Window window = grid.window();
        return SIZE * ((b - window.bMin()) / window.height() - 0.5);
    }

    /** The height of node (col, row) in scene units (a scene y of minus this), NaN where C is unknown. */
    public double height(int col, int row) {
        Objects.checkIndex(col, grid.columns());
        Objects.checkIndex(row, grid.rows());
        return heights[row * grid.columns() + col];
    }

    /**
     * The surface's height over (w, b): bilinear between the four nodes of its cell, so at a node it
     * is that node's height. NaN outside the window, for non-finite (w, b), or next to a node
     * where C is unknown.
     */
    public double heightAt(double w, double b) {
        Window window = grid.window();
        double fc = (w - window.wMin()) / window.width() * (grid.columns() - 1);
        double fr = (b - window.bMin()) / window.height() * (grid.rows() - 1);
        if (!(fc >= 0 && fc <= grid.columns() - 1 && fr >= 0 && fr <= grid.rows() - 1)) {
            return Double.NaN;
        }
        int c = Math.min((int) fc, grid.columns() - 2);
        int r = Math.min((int) fr, grid.rows() - 2);
        double u = fc - c;
        double v = fr - r;
        double near = (1 - u) * height(c, r) + u * height(c + 1, r);
        double far = (1 - u) * height(c, r + 1) + u * height(c + 1, r + 1);
        return (1 - v) * near + v * far;
    }

    /** Where the point (w, b) at cost C sits in the scene: (x(w), −height(C), z(b)). */
    public Point3D toScene(double w, double b, double cost) {
        return new Point3D(x(w), -scale.height(cost), z(b));
    }

    /** The scene point {@code lift} units above the surface at (w, b), or null where it has no height. */
    public Point3D above(double w, double b, double lift) {
        double h = heightAt(w, b);
        return Double.isNaN(h) ? null : new Point3D(x(w), -(h + lift), z(b));
    }

    /**
     * The vertices, x y z per node, node (col, row) at index row·columns + col. A node where C is
     * unknown gets height 0; no face uses it.
     */
    public float[] points() {
        float[] points = new float[3 * heights.length];
        for (int row = 0; row < grid.rows(); row++) {
            for (int col = 0; col < grid.columns(); col++) {
                int i = row * grid.columns() + col;
                double h = Double.isNaN(heights[i]) ? 0 : heights[i];
                points[3 * i] = (float) x(grid.w(col));
                points[3 * i + 1] = (float) -h;
                points[3 * i + 2] = (float) z(grid.b(row));
            }
        }
        return points;
    }

    /**
     * One texture coordinate (u, v) per node, in node order: u = {@link ColorScale#position} of its
     * C, so the surface wears the 2D map's colours whatever the height scale; v = ½.
     */
    public float[] texCoords() {
        float[] tex = new float[2 * heights.length];
        for (int row = 0; row < grid.rows(); row++) {
            for (int col = 0; col < grid.columns(); col++) {
                int i = row * grid.columns() + col;
                double u = ColorScale.position(grid.cost(col, row), grid.min(), grid.max());
                tex[2 * i] = Double.isNaN(u) ? 0 : (float) u;
                tex[2 * i + 1] = 0.5f;
            }
        }
        return tex;
    }

    /**
     * Two triangles per cell whose four nodes have a known C, as (point, texCoord) index pairs.
     * Wound so that (p1 − p0) × (p2 − p0) points up (−y): the front, lit side faces the sky.
     */
    public int[] faces() {
        int columns = grid.columns();
        int[] faces = new int[12 * (columns - 1) * (grid.rows() - 1)];
        int n = 0;
        for (int row = 0; row + 1 < grid.rows(); row++) {
            for (int col = 0; col + 1 < columns; col++) {
                int p00 = row * columns + col;
                int p10 = p00 + 1;
                int p01 = p00 + columns;
                int p11 = p01 + 1;
                if (Double.isNaN(heights[p00] + heights[p10] + heights[p01] + heights[p11])) {
                    continue;
                }
                for (int p : new int[] {p00, p10, p11, p00, p11, p01}) {
                    faces[n++] = p;
                    faces[n++] = p;
                }
            }
        }
        return n == faces.length ? faces : Arrays.copyOf(faces, n);
    }

    /** A new TriangleMesh of {@link #points()}, {@link #texCoords()} and {@link #faces()}. */
    public TriangleMesh triangleMesh() {
        TriangleMesh mesh = new TriangleMesh();
        mesh.getPoints().setAll(points());
        mesh.getTexCoords().setAll(texCoords());
        mesh.getFaces().setAll(faces());
        return mesh;
    }

    /** The colour map as a {@link #TEXTURE_WIDTH} × 1 image: texel i is {@link ColorScale#argb} of its centre. */
    public static WritableImage colorTexture() {
        WritableImage image = new WritableImage(TEXTURE_WIDTH, 1);
        PixelWriter pixels = image.getPixelWriter();
        for (int i = 0; i < TEXTURE_WIDTH; i++) {
            pixels.setArgb(i, 0, ColorScale.argb((i + 0.5) / TEXTURE_WIDTH));
        }
        return image;
    }
}
