package org.descentfx.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.descentfx.engine.PathScale;

/**
 * The polylines a map drew, as CSV: a first line {@code # window W0 W1 B0 B1 WIDTH_PX HEIGHT_PX}
 * (the map's window in (w, b) and its plot in pixels), a header {@code run,w,b}, then one row per
 * vertex; each polyline ends with an empty row, so a reader never joins two across a gap (the pen
 * lifts where a path left the plot, was not finite, or went over ground it already covered). Numbers are written with {@code Double.toString}, so they read back exactly.
 */
public final class PathsCsv {
    private PathsCsv() {
    }

    /** Writes {@code paths} (per run, its polylines) named by {@code runs}, replacing {@code file}. */
    public static void write(Path file, PathScale scale, List<String> runs, List<List<List<Point>>> paths)
            throws IOException {
        try (OutputFile out = OutputFile.create(file)) {
            Writer w = out.writer();
            Window win = scale.window();
            w.write("# window " + win.wMin() + " " + win.wMax() + " " + win.bMin() + " " + win.bMax() + " "
                    + scale.widthPx() + " " + scale.heightPx() + "\n");
            w.write("run,w,b\n");
            for (int r = 0; r < paths.size(); r++) {
                for (List<Point> line : paths.get(r)) {
                    for (Point p : line) {
                        w.write(runs.get(r) + "," + p.w() + "," + p.b() + "\n");
                    }
                    w.write("\n");
                }
            }
            w.flush();
            out.commit();
        } catch (IOException e) {
            throw OutputFile.cannotWrite(file, e);
        }
    }
}
