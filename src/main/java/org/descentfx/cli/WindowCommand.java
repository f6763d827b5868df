package org.descentfx.cli;

import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.descentfx.core.lesson.BuiltInLessons;
import org.descentfx.core.lesson.Lesson;
import org.descentfx.core.lesson.LessonException;
import org.descentfx.core.lesson.LessonProblem;
import org.descentfx.core.lesson.LessonReader;
import org.descentfx.ui.step.TeXSyntax;
import java.util.List;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.engine.RunSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetException;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.engine.OpeningExperiment;
import org.descentfx.ui.DescentApp;
import org.descentfx.ui.WindowSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./run.sh window …} (or just {@code ./run.sh --play …}): opens the window on a chosen experiment. */
@Command(name = "window",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {"Opens the DescentFX window; the options choose the lesson it opens on.",
            "./run.sh with options and no command means this command.", ""},
        footer = ExitCodes.FOOTER)
public final class WindowCommand implements Callable<Integer> {
    /** The runs of {@code --compare-rates}, as the window's comparison of learning rates holds. */
    static final int RATES = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "linear|sigmoid", defaultValue = OpeningExperiment.MODEL,
            converter = OptionValues.ModelId.class, description = "the neuron (default: ${DEFAULT-VALUE})")
    Model model;

    @Option(names = "--data", paramLabel = "FILE|NAME", defaultValue = OpeningExperiment.DATA,
            description = "a CSV file of x, y or a built-in set's name (default: ${DEFAULT-VALUE})")
    String data;

    @Option(names = "--start", paramLabel = "W,B", defaultValue = OpeningExperiment.START,
            converter = OptionValues.Start.class,
            description = "the start point (default: ${DEFAULT-VALUE})")
    Point start;

    @Option(names = "--lr", paramLabel = "ETA", defaultValue = OpeningExperiment.LEARNING_RATE,
            converter = OptionValues.LearningRate.class,
            description = "the learning rate η (default: ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--batch", paramLabel = "M", defaultValue = OpeningExperiment.MINI_BATCH_SIZE,
            converter = OptionValues.MiniBatchSize.class,
            description = "the mini-batch size m, capped at n (default: ${DEFAULT-VALUE})")
    int miniBatchSize;

    @Option(names = "--seed", paramLabel = "S", defaultValue = OpeningExperiment.SEED,
            converter = OptionValues.Seed.class,
            description = "the seed of the shuffles (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--speed", paramLabel = "STEPS_PER_S", defaultValue = OpeningExperiment.STEPS_PER_SECOND,
            description = "steps per second while playing; 0 or less for as fast as possible (default: ${DEFAULT-VALUE})")
    double speed;

    @Option(names = "--compare", description = "compare full batch, mini-batch and stochastic descent")
    boolean compare;

    @Option(names = "--no-stochastic", description = "with --compare: leave out m = 1")
    boolean noStochastic;

    @Mixin
    OptimizerOptions optimizer;

    @Option(names = "--compare-optimizers", paramLabel = "RULE[,RULE...]", split = ",",
            converter = OptimizerOptions.OptimizerId.class,
            description = "race up to four update rules side by side, e.g. sgd,momentum,adam")
    List<UpdateRule.Kind> race = List.of();

    @Option(names = "--compare-rates", paramLabel = "ETA1,ETA2,ETA3", split = ",", hideParamSyntax = true,
            converter = OptionValues.LearningRate.class,
            description = "compare three learning rates side by side, e.g. 0.02,0.005,0.09 (η1 is the slider's η,"
                    + " in place of --lr)")
    List<Double> rates = List.of();

    @Option(names = "--play", description = "start playing at once")
    boolean play;

    @Option(names = "--valley", description = "open on the 3D valley instead of the contour map")
    boolean valley;

    @Option(names = "--session", paramLabel = "FILE", description = "open a saved session (its settings win)")
    Path session;

    @Option(names = "--lesson", paramLabel = "FILE|N",
            description = "open on a guided lesson: a lesson file (.md), or a built-in lesson's number or name")
    String lesson;

    /**
     * The options that choose what is learnt: a launch with none of them (nor a session or lesson
     * file first, which becomes {@code --session} or {@code --lesson}) opens on the data set the
     * user chose last.
     */
    static final List<String> EXPERIMENT_OPTIONS = List.of("--data", "--model", "--start", "--lr", "--batch",
            "--session", "--lesson", "--compare-rates");

    /** The session to open, as parsed; null for none. */
    public Path session() {
        return session;
    }

    @Override
    public Integer call() {
        Dataset dataset;
        try {
            dataset = BuiltInDatasets.resolve(data);
        } catch (DatasetException e) {
            spec.commandLine().getErr().println("descentfx: " + e.getMessage());
            return ExitCodes.BAD_DATA;
        }
        Lesson opening = null;
        if (lesson != null) {
            try {
                opening = lesson(lesson);
            } catch (LessonException e) {
                e.lines().forEach(spec.commandLine().getErr()::println);
                return ExitCodes.BAD_DATA;
            }
        }
        UpdateRule rule = optimizer.rule(spec.commandLine());
        if (race.size() > RunSpec.MAX_RACERS) {
            throw new ParameterException(spec.commandLine(), "--compare-optimizers takes at most "
                    + RunSpec.MAX_RACERS + " rules, not " + race.size());
        }
        if (!rates.isEmpty() && rates.size() != RATES) {
            throw new ParameterException(spec.commandLine(), "--compare-rates takes " + RATES + " learning rates, not "
                    + rates.size());
        }
        if (!rates.isEmpty() && (compare || !race.isEmpty())) {
            throw new ParameterException(spec.commandLine(),
                    "--compare-rates cannot go with --compare or --compare-optimizers: one comparison at a time");
        }
        double eta = rates.isEmpty() ? learningRate : rates.get(0);
        double stepsPerSecond = speed > 0 && Double.isFinite(speed) ? speed : Double.POSITIVE_INFINITY;
        WindowSettings settings = new WindowSettings(model, dataset, start,
                new Hyperparameters(eta, Math.min(miniBatchSize, dataset.size())), seed, stepsPerSecond,
                compare, !noStochastic, play, valley, session, rule, List.copyOf(new LinkedHashSet<>(race)), opening,
                List.copyOf(rates), namesNoExperiment());
        spec.commandLine().getOut().flush();
        DescentApp.open(settings);
        return 0;
    }

    /** True when the command line chose nothing of the experiment ({@link #EXPERIMENT_OPTIONS}). */
    boolean namesNoExperiment() {
        var parsed = spec.commandLine().getParseResult();
        return EXPERIMENT_OPTIONS.stream().noneMatch(parsed::hasMatchedOption);
    }

    /**
     * The lesson {@code name} stands for: a lesson file that exists, else a built-in lesson by its
     * number or name; read as the window reads it, so a broken file fails here with every problem.
     */
    public static Lesson lesson(String name) throws LessonException {
        Path file = Path.of(name);
        if (Files.isRegularFile(file)) {
            return LessonReader.read(file, TeXSyntax.CHECK);
        }
        Optional<String> builtIn = BuiltInLessons.find(name);
        if (builtIn.isPresent()) {
            return BuiltInLessons.load(builtIn.get());
        }
        throw new LessonException(name, List.of(new LessonProblem(1, "no such lesson file, and no built-in lesson"
                + " of that name or number (built in: " + String.join(", ", BuiltInLessons.names()) + ")")));
    }
}
