package org.descentfx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.image.WritableImage;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetException;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.engine.PathRebuilder;
import org.descentfx.engine.ReplayPlan;
import org.descentfx.engine.RunSpec;
import org.descentfx.output.PathsCsv;
import org.descentfx.ui.chart.CostChartView;
import org.descentfx.ui.export.Figure;
import org.descentfx.ui.export.FigureRenderer;
import org.descentfx.ui.export.FigureView;
import org.descentfx.ui.plot.Trace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code descentfx render}: trains like {@code train}, then draws the descent as the window
 * would — the cost map with the path, the data with the fitted neuron, the cost chart — into a
 * PNG, with no display needed.
 */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Trains like train, then draws the descent into a PNG, with no display needed.",
            "The picture is the window's: the cost map C(w, b) of Eq. (1) with the path of descent,"
                + " the data with the fitted neuron, and the cost chart.",
            "With --compare, full-batch descent (m = n) runs beside the mini-batch run from the same start;"
                + " --stochastic adds pure stochastic descent (m = 1). Each run trains for E epochs.",
            ""},
        footer = ExitCodes.FOOTER + "\n     with 3 the figure is still written: it shows where descent left the valley")
public final class RenderCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DescentOptions descent;

    @Mixin
    private OptimizerOptions optimizer;

    @Option(names = "--compare", description = "also run full-batch descent, m = n, from the same start")
    private boolean compare;

    @Option(names = "--stochastic", description = "also run pure stochastic descent, m = 1 (implies --compare)")
    private boolean stochastic;

    @Option(names = "--out", paramLabel = "FILE.png", required = true,
            description = "write the PNG to FILE.png, replacing it")
    private Path out;

    @Option(names = "--view", paramLabel = "map|chart|data|all", defaultValue = "all", converter = OptionValues.View.class,
            description = "what to draw; all is the map beside the data over the chart, as in the window"
                + " (default: ${DEFAULT-VALUE})")
    private FigureView view;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "1600", converter = OptionValues.PixelSize.class,
            description = "the width of the picture in pixels (default: ${DEFAULT-VALUE})")
    private int width;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "1000", converter = OptionValues.PixelSize.class,
            description = "the height of the picture in pixels (default: ${DEFAULT-VALUE})")
    private int height;

    @Option(names = "--scale", paramLabel = "S", converter = OptionValues.Scale.class,
            description = "draw text and lines S times their size on screen (default: as many times as the view's"
                + " size on screen fits the picture, from 1 to 4; 1.25 for 1600 x 1000 of all)")
    private Double scale;

    @Option(names = "--x-axis", paramLabel = "steps|epochs|examples", defaultValue = "epochs",
            converter = OptionValues.XAxis.class,
            description = "what the cost chart counts along x (default: ${DEFAULT-VALUE})")
    private CostChartView.XAxisMode xAxis;

    @Option(names = "--log-scale", description = "draw the cost chart's y-axis on a log scale")
    private boolean logScale;

    @Option(names = "--paths-out", paramLabel = "FILE.csv",
            description = "also write the polylines the map draws: a first line '# window W0 W1 B0 B1 WIDTH_PX"
                + " HEIGHT_PX', the header run,w,b, one row per vertex, an empty row after each polyline"
                + " (needs --view map or all)")
    private Path pathsOut;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        UpdateRule rule = optimizer.rule(spec.commandLine());
        if (pathsOut != null && view != FigureView.MAP && view != FigureView.ALL) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--paths-out needs the map: use --view map or --view all, not " + view.name().toLowerCase());
        }
        try {
            Dataset data = descent.dataset();
            List<RunSpec> specs = RunSpec.lineup(compare || stochastic, stochastic);
            List<Trace> traces = Descents.train(data, descent, rule, specs, err);
            Figure figure = figure(data, traces);
            double s = scale != null ? scale : view.scaleFor(width, height);
            FigureRenderer.PathRebuild rebuild = (i, pathScale) -> {
                var h = specs.get(i).resolve(descent.hyperparameters(), data.size());
                var history = traces.get(i).history();
                var plan = new ReplayPlan(h, List.of(), history.step(history.size() - 1));
                return PathRebuilder.replay(data, descent.model, descent.start, descent.seed, rule, plan, pathScale);
            };
            FigureRenderer.Rendered rendered = HeadlessFx.call(
                    () -> FigureRenderer.renderWithPaths(figure, view, width, height, s, rebuild));
            FigureRenderer.writePng(rendered.image(), out);
            if (pathsOut != null) {
                PathsCsv.write(pathsOut, rendered.mapScale(), specs.stream().map(RunSpec::label).toList(),
                        rendered.paths());
            }
            String divergence = Descents.divergence(traces, descent.learningRate);
            if (divergence != null) {
                err.println("descentfx: " + divergence);
                return ExitCodes.DIVERGED;
            }
            return ExitCodes.OK;
        } catch (DatasetException | IOException e) {
            err.println("descentfx: " + e.getMessage());
            return ExitCodes.BAD_DATA;
        } catch (Exception e) {
            err.println("descentfx: the figure could not be drawn: " + e);
            return ExitCodes.BAD_DATA;
        }
    }

    /** The runs on a window that frames the floor, the start and every path that stayed in the valley. */
    private Figure figure(Dataset data, List<Trace> traces) {
        List<org.descentfx.engine.TraceHistory> paths = traces.stream().filter(t -> !t.diverged())
                .map(Trace::history).toList();
        Window window = Figure.frame(descent.model, data, descent.start, paths);
        return new Figure(descent.model, data, window, descent.start, traces, xAxis, logScale, null);
    }
}
