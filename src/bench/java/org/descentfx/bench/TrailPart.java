package org.descentfx.bench;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.ui.valley.TrailFrameCost;

/**
 * Part 11: the 3D valley's trail while training runs, CPU time of one frame's work on the FX
 * thread, laid again in full against grown by its new segments ({@link TrailFrameCost}); then the real
 * window's frames with the 3D valley shown while training ({@link ValleyWindowBench}, in a JVM of its own
 * on a real display: the one in DISPLAY, else an Xvfb started for it and stopped after).
 */
final class TrailPart implements Part {
    private static final int STEPS_PER_FRAME = 100;

    @Override
    public String title() {
        return "11. The 3D trail per frame while training: laid again in full, and grown by its new segments; the real window's frames";
    }

    @Override
    public List<Row> run(Settings settings) throws Exception {
        int frames = settings.quick() ? 300 : 1500;
        List<Row> rows = new ArrayList<>();
        for (int m : new int[] {1, 10}) {
            TrailFrameCost.Result r = TrailFrameCost.measure(m, m == 1 ? 0.02 : 0.05, frames, STEPS_PER_FRAME);
            String name = "m=" + m + ", " + Figures.count((long) frames * STEPS_PER_FRAME) + " steps, "
                    + STEPS_PER_FRAME + " a frame";
            rows.add(Row.of(name + ": path vertices at the end", r.pathVertices(), "vertices"));
            rows.add(Row.of(name + ": laid again in full, per frame", r.fullMs(), "ms CPU"));
            rows.add(Row.of(name + ": grown, per frame", r.grownMs(), "ms CPU"));
            rows.add(Row.of(name + ": grown ÷ full", r.grownMs() / r.fullMs(), "ratio"));
        }
        rows.addAll(window(settings));
        return rows;
    }

    private static List<Row> window(Settings settings) throws Exception {
        // llvmpipe rasterizes on the render thread itself, not on worker threads the JVM cannot see
        java.util.Map<String, String> env = new java.util.HashMap<>(java.util.Map.of("LP_NUM_THREADS", "0"));
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return WindowPart.inChild(ValleyWindowBench.class, settings, env);
        }
        Process xvfb;
        String made;
        try {
            // -displayfd: Xvfb picks a free display number and writes it when it is ready
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            java.io.BufferedReader out = new java.io.BufferedReader(
                    new java.io.InputStreamReader(xvfb.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
            made = out.readLine();
        } catch (java.io.IOException e) {
            env.put("DISPLAY", "");
            return WindowPart.inChild(ValleyWindowBench.class, settings, env);
        }
        try {
            env.put("DISPLAY", made == null ? "" : ":" + made.trim());
            return WindowPart.inChild(ValleyWindowBench.class, settings, env);
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
