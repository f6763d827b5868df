package org.descentfx.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.descentfx.core.cost.FiniteCost;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.curvature.Hessian;
import org.descentfx.core.curvature.StabilityLimit;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetException;
import org.descentfx.core.data.Presets;
import org.descentfx.core.model.Model;
import org.descentfx.core.surface.LocalMinima;
import org.descentfx.core.surface.Minimum;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code descentfx analyze}: the shape of the valley, without training. For the linear neuron C is a
 * quadratic: its least-squares floor and its constant Hessian, whose largest eigenvalue bounds η.
 * For the sigmoid neuron the local minima in the window the app frames.
 */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Prints the shape of the cost valley C(w, b) of Eq. (1), one 'key: value' a line.",
            "Linear neuron: the least-squares w_star, b_star and cost_star; the eigenvalues of the constant"
                + " Hessian H = [[<x^2>, <x>], [<x>, 1]]; condition_number = lambda_max/lambda_min;"
                + " full-batch descent oscillates above eta_oscillates = 1/lambda_max and diverges above"
                + " eta_diverges = 2/lambda_max.",
            "Sigmoid neuron: 'minimum: w b C' for each local minimum in the window the app frames for"
                + " --start, refined until |grad C| <= 1e-9.",
            "A built-in set that proposes a lesson's settings prints them first as preset_model, preset_start,"
                + " preset_lr, preset_batch and preset_epochs; its preset model and start are used where"
                + " --model and --start are not given.",
            ""},
        footer = ExitCodes.FOOTER)
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", paramLabel = "linear|sigmoid",
            converter = OptionValues.ModelId.class,
            description = "the neuron: y = w*x + b, or y = sigmoid(w*x + b) (default: the set's preset_model,"
                + " else linear)")
    private Model model;

    @Option(names = "--data", paramLabel = "FILE|NAME", defaultValue = "noisy-line",
            description = "a CSV file of x,y rows, or a built-in set: ${COMPLETION-CANDIDATES}"
                + " (default: ${DEFAULT-VALUE})",
            completionCandidates = DescentOptions.BuiltInNames.class)
    private String data;

    @Option(names = "--start", paramLabel = "W,B", converter = OptionValues.Start.class,
            description = "the start the window is framed around, for the sigmoid's minima (default: the set's"
                + " preset_start, else 0,0)")
    private Point start;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Presets presets = BuiltInDatasets.presetsResolved(data); // a file of the same name has none
            model = model != null ? model : Model.byId(presets.model().orElse("linear"));
            start = start != null ? start : presets.start().map(p -> new Point(p.w(), p.b())).orElse(new Point(0, 0));
            Dataset dataset = FiniteCost.require(data, model, BuiltInDatasets.resolve(data), start.w(), start.b());
            print(out, "n", Integer.toString(dataset.size()));
            print(out, "model", model.id());
            presets.lines().forEach(out::println);
            if (model.constantCurvature()) {
                quadratic(out, dataset);
            } else {
                minima(out, dataset);
            }
            return ExitCodes.OK;
        } catch (DatasetException e) {
            spec.commandLine().getErr().println("descentfx: " + e.getMessage());
            return ExitCodes.BAD_DATA;
        }
    }

    private void quadratic(PrintWriter out, Dataset dataset) {
        Point star = Minimum.of(model, dataset, start);
        StabilityLimit limit = StabilityLimit.of(model, dataset, star);
        Hessian h = limit.hessian();
        print(out, "w_star", star.w());
        print(out, "b_star", star.b());
        print(out, "cost_star", QuadraticCost.cost(model, dataset, star.w(), star.b()));
        print(out, "lambda_min", h.lambdaMin());
        print(out, "lambda_max", h.lambdaMax());
        print(out, "condition_number", h.conditionNumber());
        print(out, "eta_oscillates", limit.etaOscillates());
        print(out, "eta_diverges", limit.etaDiverges());
    }

    private void minima(PrintWriter out, Dataset dataset) {
        // the window the app's "fit" frames: the grid's floor and the start, with room around them
        Window window = Window.around(Minimum.of(model, dataset, start), start, 0.35, 1.0);
        List<LocalMinima.Found> found = LocalMinima.in(model, dataset, window);
        for (LocalMinima.Found f : found) {
            print(out, "minimum", f.point().w() + " " + f.point().b() + " " + f.cost());
        }
    }

    private static void print(PrintWriter out, String key, double value) {
        print(out, key, Double.toString(value));
    }

    private static void print(PrintWriter out, String key, String value) {
        out.println(key + ": " + value);
    }
}
