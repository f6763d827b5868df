package org.descentfx.ui.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.Presets;
import org.descentfx.core.model.Model;
import org.descentfx.core.surface.Minimum;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Snapshot;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.OpeningExperiment;
import org.descentfx.engine.RestoreProgress;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TraceHistory;
import org.descentfx.engine.TrainingEngine;
import org.descentfx.engine.TrainingSetup;
import org.descentfx.ui.plot.FrameProbe;
import org.descentfx.ui.plot.FxThread;
import org.descentfx.ui.progress.Work;
import org.descentfx.ui.plot.Trace;
import org.descentfx.ui.plot.Traces;
import org.descentfx.ui.session.Session;
import org.descentfx.ui.session.SessionException;
import org.descentfx.ui.session.SessionMapper;

/**
 * The one model of the main window: what the learner chose (model, data, η, m, start, seed,
 * speed, comparison) as properties, what the training thread reports as read-only properties,
 * and the verbs the controls call. Views bind to it; it owns the engine and the surface worker.
 * The model and the data are read-only properties: they change through {@link #selectModel} and
 * {@link #selectDataset}, which restart the runs on the new valley.
 *
 * <p>Thread rules: FX thread only; its constructor, verbs, {@link #traces()} and the session's
 * capture and restore throw {@link IllegalStateException} when called on another thread. It talks
 * to the training thread through {@link TrainingEngine} commands and receives snapshots through
 * the coalescing hand-off on the FX thread ({@link TraceFeed} takes in their points).
 */
public final class Experiment implements AutoCloseable {
    private final ReadOnlyObjectWrapper<Model> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate");
    private final IntegerProperty miniBatchSize = new SimpleIntegerProperty(this, "miniBatchSize");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", OpeningExperiment.stepsPerSecond());
    private final LongProperty seed = new SimpleLongProperty(this, "seed");
    private final BooleanProperty compare = new SimpleBooleanProperty(this, "compare");
    private final BooleanProperty includeStochastic = new SimpleBooleanProperty(this, "includeStochastic", true);
    private final OptimizerSettings optimizers;
    private final RateComparison rates;
    private final ObjectProperty<Window> window = new SimpleObjectProperty<>(this, "window");
    private final ReadOnlyObjectWrapper<Point> start = new ReadOnlyObjectWrapper<>(this, "start");
    private final ReadOnlyObjectWrapper<EngineSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyStringWrapper divergence = new ReadOnlyStringWrapper(this, "divergence", "");
    private final ReadOnlyLongWrapper traceVersion = new ReadOnlyLongWrapper(this, "traceVersion");
    private final ReadOnlyObjectWrapper<SurfaceWorker.Result> surface = new ReadOnlyObjectWrapper<>(this, "surface");
    private final List<BooleanProperty> shown = new ArrayList<>();
    private final TraceFeed feed = new TraceFeed();
    private final TrainingEngine engine;
    private final SurfaceWorker surfaces;
    private final java.util.concurrent.ExecutorService replays = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "descentfx-path-replay");
        t.setDaemon(true);
        return t;
    });
    private final org.descentfx.engine.PathRebuilder rebuilds;
    private long generation = -1;
    private final ReadOnlyObjectWrapper<RestoreProgress> restoreProgress = new ReadOnlyObjectWrapper<>(this,
            "restoreProgress");
    private final UndoHistory undo = new UndoHistory();
    private final ReadOnlyObjectWrapper<Hyperparameters> sent = new ReadOnlyObjectWrapper<>(this, "sent");
    /** The branch asked for by {@link #switchBranch}, until a snapshot is on it; −1 when none. */
    private int switchingTo = -1;
    /** True while the controls take a branch's η and m: they reach the engine once, as one pair. */
    private boolean adopting;
    private final CurvatureWatch curvature = new CurvatureWatch(System::nanoTime);

    /**
     * @param initial the first setup (data, model, start, seed, η, m)
     * @param fx      runs hand-offs on the FX thread: {@code Platform::runLater}
     */
    public Experiment(TrainingSetup initial, Executor fx) {
        FxThread.check(this);
        model.set(initial.model());
        dataset.set(initial.data());
        optimizers = new OptimizerSettings(initial.optimizer(), compare, this::restart);
        rates = new RateComparison(List.of(compare, optimizers.compareOptimizersProperty()), learningRate::get,
                () -> curvature.limitProperty().get(), this::restart);
        start.set(initial.start());
        seed.set(initial.seed());
        learningRate.set(initial.hyperparameters().learningRate());
        miniBatchSize.set(Math.min(initial.hyperparameters().miniBatchSize(), initial.data().size()));
        for (int i = 0; i < RunSpec.MAX_RACERS; i++) {
            BooleanProperty on = new SimpleBooleanProperty(true);
            on.addListener((o, a, b) -> traceVersion.set(traceVersion.get() + 1));
            shown.add(on);
        }
        engine = new TrainingEngine(setup(), fx, this::accept);
        surfaces = new SurfaceWorker(fx, surface::set);
        rebuilds = new org.descentfx.engine.PathRebuilder(replays, fx);
        engine.setSpeed(speed.get());
        learningRate.addListener((o, a, b) -> sendHyperparameters());
        miniBatchSize.addListener((o, a, b) -> sendHyperparameters());
        speed.addListener((o, a, b) -> engine.setSpeed(speed.get() >= SPEED_LIMIT ? Double.POSITIVE_INFINITY : speed.get()));
        seed.addListener((o, a, b) -> engine.setSeed(seed.get()));
        compare.addListener((o, a, b) -> engine.configure(setup()));
        includeStochastic.addListener((o, a, b) -> engine.configure(setup()));
        window.addListener((o, a, b) -> requestSurface());
        for (javafx.beans.Observable valley : List.of(model, dataset, start)) {
            valley.addListener(o -> updateCurvature());
        }
        updateCurvature();
        fit();
    }

    private void updateCurvature() {
        curvature.update(model.get(), dataset.get(), start.get(), snapshot.get());
    }

    /** Speeds at or above this mean "as fast as possible". */
    public static final double SPEED_LIMIT = 10_000;

    private TrainingSetup setup() {
        return new TrainingSetup(dataset.get(), model.get(), start.get(), seed.get(), hyperparameters(), runSpecs(),
                optimizers.optimizerProperty().get());
    }

    private void restart() {
        engine.configure(setup());
    }

    private List<RunSpec> runSpecs() {
        List<RunSpec> race = optimizers.raceSpecs();
        if (race != null) {
            return race;
        }
        List<RunSpec> compared = rates.specs();
        return compared != null ? compared : RunSpec.lineup(compare.get(), includeStochastic.get());
    }

    /** The controls' η and m, m capped at n. */
    public Hyperparameters hyperparameters() {
        int m = Math.max(1, Math.min(miniBatchSize.get(), dataset.get().size()));
        return new Hyperparameters(learningRate.get(), m);
    }

    private void sendHyperparameters() {
        double eta = learningRate.get();
        if (!adopting && eta > 0 && Double.isFinite(eta) && miniBatchSize.get() >= 1) {
            Hyperparameters h = hyperparameters();
            engine.setHyperparameters(h);
            sent.set(h);
        }
    }

    /**
     * The controls take {@code h} together: η and m reach the engine once, as one pair. Set one at
     * a time, the pair in between (the new η with the old m) would be a change in its own right, on
     * a branch that was just switched to even a fork.
     */
    private void adoptHyperparameters(Hyperparameters h) {
        adopting = true;
        try {
            learningRate.set(h.learningRate());
            miniBatchSize.set(h.miniBatchSize());
        } finally {
            adopting = false;
        }
        sendHyperparameters();
    }

    /** Once a snapshot is on the branch switched to, the controls show its η and m. */
    private void adoptBranch(EngineSnapshot s) {
        org.descentfx.engine.Branch now = s.currentBranch();
        if (switchingTo >= 0 && now != null && now.id() == switchingTo) {
            switchingTo = -1;
            adoptHyperparameters(s.setup().hyperparameters());
        }
    }

    /** Receives the newest snapshot on the FX thread: drains the points, then updates the properties. */
    private void accept(EngineSnapshot s) {
        FxThread.check(this);
        long probe = FrameProbe.enter();
        try {
            feed.receive(s, engine);
            if (s.generation() != generation) {
                generation = s.generation();
                rebuilds.cancelAll(); // paths of the runs that restarted are of no use
                switchingTo = -1;
            }
            adoptBranch(s);
            restoreProgress.set(s.restore() != null && s.restore().finished() ? null : s.restore());
            snapshot.set(s);
            updateCurvature();
            playing.set(s.playing());
            divergence.set(DivergenceMessage.of(s));
            traceVersion.set(traceVersion.get() + 1);
        } finally {
            FrameProbe.exit(FrameProbe.Section.SNAPSHOT, probe);
        }
    }

    /** The runs as the views draw them, in the order of the setup. */
    public List<Trace> traces() {
        FxThread.check(this);
        EngineSnapshot s = snapshot.get();
        List<Trace> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        int n = s.setup().data().size();
        List<TraceHistory> histories = feed.histories();
        for (int i = 0; i < s.runs().size() && i < histories.size(); i++) {
            Snapshot r = s.runs().get(i);
            out.add(Traces.of(s.setup().runs().get(i), s.setup().optimizer(), r.hyperparameters(), n,
                    histories.get(i), r.point(), s.nextSteps().get(i), r.optimizer(),
                    shown.get(i).get() || s.runs().size() == 1, r.diverged()));
        }
        return out;
    }

    /**
     * Rebuilds by exact replay, for the map's new scale, the path of every run whose history holds too
     * few points for it; each arrives in the background and is drawn once it does.
     */
    public void rebuildPaths(org.descentfx.engine.PathScale scale) {
        rebuildPaths(TraceHistory.MAP, scale);
    }

    /** As {@link #rebuildPaths(org.descentfx.engine.PathScale)}, for the paths {@code view} keeps (the 3D valley's). */
    public void rebuildPaths(Object view, org.descentfx.engine.PathScale scale) {
        FxThread.check(this);
        EngineSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        TrainingSetup setup = s.setup();
        List<TraceHistory> histories = feed.histories();
        for (int i = 0; i < histories.size() && i < s.runs().size(); i++) {
            TraceHistory h = histories.get(i);
            if (h.size() == 0 || h.pathFor(view, scale) != null) {
                continue;
            }
            Hyperparameters fallback = setup.runs().get(i).resolve(setup.hyperparameters(), setup.data().size());
            long steps = h.step(h.size() - 1);
            long mine = generation;
            rebuilds.request(view, setup, i, org.descentfx.engine.Replay.planOf(h, fallback, steps), scale, path -> {
                if (mine == generation && h.adoptPath(view, path)) {
                    traceVersion.set(traceVersion.get() + 1);
                }
            });
        }
    }

    // ---- verbs -------------------------------------------------------------------------------

    public void play() {
        FxThread.check(this);
        engine.play();
    }

    public void pause() {
        FxThread.check(this);
        engine.pause();
    }

    public void togglePlay() {
        FxThread.check(this);
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void stepMiniBatch() {
        FxThread.check(this);
        engine.stepMiniBatch();
    }

    public void stepEpoch() {
        FxThread.check(this);
        engine.stepEpoch();
    }

    /** One mini-batch back on every run, exactly as it was after the step before. */
    public void stepBack() {
        FxThread.check(this);
        engine.stepBack();
    }

    /** Every run back to the start of its epoch under way, or of the one before at a boundary. */
    public void stepBackEpoch() {
        FxThread.check(this);
        engine.stepBackEpoch();
    }

    /**
     * After a step back, the first run's steps ahead that were kept (→ takes them again), as a ghost
     * to draw faint, named "steps k … K ahead"; null when the run stands at the end of what is kept.
     */
    public org.descentfx.engine.Branch aheadGhost() {
        EngineSnapshot s = snapshot.get();
        if (s == null) {
            return null;
        }
        long at = s.primary().step();
        org.descentfx.engine.GhostPath path = feed.aheadOf(at);
        if (path == null) {
            return null;
        }
        long last = path.steps()[path.size() - 1];
        return new org.descentfx.engine.Branch(-1, "steps " + (at + 1) + " … " + last + " ahead", at, -1, last, false,
                path);
    }

    /**
     * Every run to {@code step} of its path (the first run's steps; the others at the same examples
     * seen). Ahead along a path the runs went back on, the points drawn come from what the window
     * kept, so the engine rebuilds the step rather than taking every kept step again.
     */
    public void goTo(long step) {
        FxThread.check(this);
        engine.goTo(step, feed.canJumpTo(step));
    }

    /**
     * Starts a new branch at the runs' current step: the steps after it stay as the branch that was
     * current, drawn as its ghost ({@link TrainingEngine#fork}).
     */
    public void fork() {
        FxThread.check(this);
        engine.fork();
    }

    /** Puts the runs at the head of branch {@code id}, exactly as they were; the controls then show its η and m. */
    public void switchBranch(int id) {
        FxThread.check(this);
        EngineSnapshot s = snapshot.get();
        if (s != null && s.currentBranch() != null && s.currentBranch().id() == id) {
            return;
        }
        switchingTo = id;
        engine.switchBranch(id);
    }

    /** Names branch {@code id} {@code name}; a blank name changes nothing. */
    public void renameBranch(int id, String name) {
        FxThread.check(this);
        engine.renameBranch(id, name);
    }

    /** Forgets branch {@code id} and its ghost; returns false, and does nothing, for the current branch. */
    public boolean deleteBranch(int id) {
        FxThread.check(this);
        EngineSnapshot s = snapshot.get();
        if (s != null && s.currentBranch() != null && s.currentBranch().id() == id) {
            return false;
        }
        engine.deleteBranch(id);
        return true;
    }

    /** The η and m last sent to the training thread (null before the first change): each pair as one. */
    public ReadOnlyObjectProperty<Hyperparameters> sentHyperparametersProperty() {
        return sent.getReadOnlyProperty();
    }

    /** The furthest step of the first run's path, as of the newest snapshot: where the timeline ends. */
    public long lastStep() {
        return engine.head();
    }

    /** Stops redrawing the opened session's path (a run not yet at its saved step stays where it got to). */
    public void cancelRestore() {
        FxThread.check(this);
        engine.cancelRestore();
    }

    public void reset() {
        FxThread.check(this);
        engine.reset();
    }

    /** Moves the start of every run to {@code p}; the runs restart there (undo brings them back). */
    public void chooseStart(Point p) {
        FxThread.check(this);
        if (p != null && p.isFinite() && !p.equals(start.get())) {
            undo.remember(captureSession());
            start.set(p);
            engine.setStart(p);
        }
    }

    public void selectModel(Model m) {
        FxThread.check(this);
        if (m != null && m != model.get()) {
            undo.remember(captureSession());
            model.set(m);
            engine.configure(setup());
            fit();
        }
    }

    /** Trains on {@code data} from now on; m is capped at its n. */
    public void selectDataset(Dataset data) {
        FxThread.check(this);
        if (data != null && !data.equals(dataset.get())) {
            undo.remember(captureSession());
            dataset.set(data);
            if (miniBatchSize.get() > data.size()) {
                miniBatchSize.set(data.size());
            }
            engine.configure(setup());
            fit();
        }
    }

    /**
     * Trains on {@code data} with what its built-in set proposes: the model, the start, η and m
     * (capped at n) of {@code presets}, where given; the rest stays. One undo brings all back.
     */
    public void selectDataset(Dataset data, Presets presets) {
        FxThread.check(this);
        if (presets.isEmpty()) {
            selectDataset(data);
            return;
        }
        if (data == null) {
            return;
        }
        undo.remember(captureSession());
        dataset.set(data);
        presets.model().map(Model::byId).ifPresent(model::set);
        presets.start().ifPresent(p -> start.set(new Point(p.w(), p.b())));
        presets.learningRate().ifPresent(learningRate::set);
        miniBatchSize.set(Math.min(presets.miniBatchSize().orElse(miniBatchSize.get()), data.size()));
        engine.configure(setup());
        fit();
    }

    /** The experiment as a session: enough to replay it to this very state. Null before the first snapshot. */
    public Session captureSession() {
        FxThread.check(this);
        EngineSnapshot s = snapshot.get();
        if (s == null || s.catchingUp()) {
            return null; // nothing yet, or the runs are not yet at the steps of the session being opened
        }
        return SessionMapper.capture(s, compare.get(), includeStochastic.get(), feed.histories());
    }

    /**
     * Puts the controls where the session had them and its runs at their saved states, paused; the
     * paths from the start are replayed in the background ({@link #restoreProgressProperty()}).
     */
    public void restore(SessionMapper.Restored r) {
        FxThread.check(this);
        TrainingSetup setup = r.setup();
        model.set(setup.model());
        dataset.set(setup.data());
        start.set(setup.start());
        seed.set(setup.seed());
        includeStochastic.set(r.stochastic());
        optimizers.restore(r);
        rates.set(r.rates());
        compare.set(r.compare());
        learningRate.set(setup.hyperparameters().learningRate());
        miniBatchSize.set(setup.hyperparameters().miniBatchSize());
        engine.restore(setup, r.plans(), r.branches(), r.currentBranch());
        fit();
    }

    /**
     * Goes back to the experiment that the last change of start, data or model replaced, replayed
     * to the step it had reached, paused.
     */
    public void undo() {
        FxThread.check(this);
        Session before = undo.takeLast();
        if (before == null) {
            return;
        }
        try {
            restore(SessionMapper.restore(before));
        } catch (SessionException e) {
            // a session captured from this experiment restores; should one not, the present stays as it is
        }
    }

    /** True while {@link #undo()} has something to bring back. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return undo.canUndoProperty();
    }

    /** Frames the valley's floor and the start point. */
    public void fit() {
        FxThread.check(this);
        Point floor = Minimum.of(model.get(), dataset.get(), start.get());
        Window w = Window.around(floor, start.get(), 0.35, 1.0);
        if (w.equals(window.get())) {
            requestSurface();
        } else {
            window.set(w);
        }
    }

    private void requestSurface() {
        if (window.get() != null) {
            surfaces.request(model.get(), dataset.get(), window.get());
        }
    }

    @Override
    public void close() {
        FxThread.check(this);
        engine.close();
        surfaces.close();
        replays.shutdownNow();
    }

    // ---- properties ----------------------------------------------------------------------------

    /** The neuron; chosen with {@link #selectModel}. */
    public ReadOnlyObjectProperty<Model> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The data; chosen with {@link #selectDataset}. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public IntegerProperty miniBatchSizeProperty() {
        return miniBatchSize;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public BooleanProperty compareProperty() {
        return compare;
    }

    public BooleanProperty includeStochasticProperty() {
        return includeStochastic;
    }

    /** The update rule and the race of optimizers. */
    public OptimizerSettings optimizers() {
        return optimizers;
    }

    /** The comparison of learning rates. */
    public RateComparison rates() {
        return rates;
    }

    /** Whether the legend shows run {@code i} (comparison only). */
    public BooleanProperty shownProperty(int i) {
        return shown.get(i);
    }

    public ObjectProperty<Window> windowProperty() {
        return window;
    }

    public ReadOnlyObjectProperty<Point> startProperty() {
        return start.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EngineSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Empty while every run is fine; otherwise a sentence that says what diverged and what to do. */
    public ReadOnlyStringProperty divergenceProperty() {
        return divergence.getReadOnlyProperty();
    }

    /** Increases every time new points arrived. */
    public ReadOnlyLongProperty traceVersionProperty() {
        return traceVersion.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SurfaceWorker.Result> surfaceProperty() {
        return surface.getReadOnlyProperty();
    }

    /** The cost surface under way when it takes a while (much data), null otherwise. */
    public ReadOnlyObjectProperty<Work> surfaceWorkProperty() {
        return surfaces.work();
    }

    /** Stops the cost surface under way; the map keeps the one it shows. */
    public void cancelSurface() {
        surfaces.cancel();
    }

    /**
     * How large η may be for full-batch descent, from the Hessian of C: constant for the linear
     * neuron, at the first run's current point for the sigmoid neuron ({@link StabilityLimit#local()}).
     */
    public ReadOnlyObjectProperty<org.descentfx.core.curvature.StabilityLimit> stabilityLimitProperty() {
        return curvature.limitProperty();
    }

    /** How far the replay of an opened session has got; null when none is under way. */
    public ReadOnlyObjectProperty<RestoreProgress> restoreProgressProperty() {
        return restoreProgress.getReadOnlyProperty();
    }

    /** The engine, for tests that check what the training thread really does. */
    public TrainingEngine engine() {
        return engine;
    }
}
