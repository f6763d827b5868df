package org.descentfx.ui;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.data.Dataset;
import org.descentfx.engine.Branch;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.ui.chart.CostChartView;
import org.descentfx.ui.timeline.BranchVerbs;
import org.descentfx.ui.timeline.TimelineBar;
import org.descentfx.ui.controls.ControlPanel;
import org.descentfx.ui.controls.DataCatalog;
import org.descentfx.ui.controls.DatasetOpener;
import org.descentfx.ui.data.DataPlotView;
import org.descentfx.engine.SeedFan;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.experiment.SeedFans;
import org.descentfx.ui.fan.SeedFanDialog;
import org.descentfx.ui.fan.SeedFanPane;
import org.descentfx.ui.lesson.Lessons;
import org.descentfx.ui.export.CsvExport;
import org.descentfx.ui.export.ExportWork;
import org.descentfx.ui.export.FigureExport;
import org.descentfx.ui.map.CostMapView;
import org.descentfx.ui.session.RestoreBanner;
import org.descentfx.ui.session.SessionActions;
import org.descentfx.ui.step.StepFeed;
import org.descentfx.ui.step.StepPanel;
import org.descentfx.ui.valley.ValleyView;
import org.descentfx.ui.controls.DataChoice;
import org.descentfx.ui.plot.FrameProbe;
import org.descentfx.ui.plot.HoverTip;
import org.descentfx.ui.plot.Trace;
import org.descentfx.ui.progress.WorkBanner;

/**
 * Lays out the main window and connects the views to the {@link Experiment}. Views are redrawn at
 * most once per frame, and only those whose input changed.
 */
public final class MainWindow extends BorderPane {
    /** The least height of a plot's drawing area: a few tick labels apart, enough to read a trend and ringed points. */
    private static final double PLOT_ROOM = 140;
    /** The data plot's rows above and below its drawing area at most: the formula, three runs' w and b, the x axis. */
    private static final double DATA_PLOT_HEADERS = 155;
    /** The cost chart's toolbar, its legend's rows and its x axis, at most. */
    private static final double CHART_HEADERS = 180;
    /** The y axis' title and tick labels left of a plot and the margin right of it. */
    private static final double AXIS_COLUMNS = 95;
    /** The step explained's title and a line of its scrolling body: the least it shrinks to. */
    private static final double STEP_TITLE_AND_LINE = 60;
    /** The map's b axis (title, tick labels) left of its plot and its colour bar with labels right of it. */
    private static final double MAP_COLUMNS = 240;
    /** The map's tabs, header, legend (three rows when narrow) and axes and PLOT_ROOM. */
    private static final double MAP_ROOM = 240 + PLOT_ROOM;
    private final Experiment experiment;
    private final CostMapView map = new CostMapView();
    private final CostChartView chart = new CostChartView();
    private final org.descentfx.ui.chart.FirstOrderFeed firstOrder = new org.descentfx.ui.chart.FirstOrderFeed(chart);
    private final DataPlotView dataPlot = new DataPlotView();
    private final ValleyView valley = new ValleyView();
    private final StepPanel stepPanel = new StepPanel();
    private final StepFeed stepFeed = new StepFeed(stepPanel);
    private final GradientTab gradientTab = new GradientTab(javafx.application.Platform::runLater);
    private final BatchValleyFeed batchValley = new BatchValleyFeed(map, javafx.application.Platform::runLater);
    private final TimelineBar timeline;
    private final TabPane views = new TabPane();
    private final ControlPanel controls;
    private final DatasetOpener opener;
    private final SessionActions sessions;
    private final FigureExport figureExport;
    private final CsvExport csvExport;
    private final ExecutorService exports = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "descentfx-export");
        t.setDaemon(true);
        return t;
    });
    private final Label divergenceText = new Label();
    private final Label statusMessage = new Label();
    private final javafx.animation.PauseTransition statusFade = new javafx.animation.PauseTransition(
            javafx.util.Duration.seconds(6));
    private final HBox banner;
    private final AnimationTimer frames;
    private boolean tracesDirty = true;
    private final ReadoutPace readoutPace = new ReadoutPace();
    private final WindowActions actions;
    private final Lessons lessons;
    private final SeedFans seedFans;
    private final SeedFanPane seedFanPane;
    /** K as the learner last chose it. */
    private int seedFanSize = SeedFan.DEFAULT_SEEDS;
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final BooleanProperty sidePanelShown = new SimpleBooleanProperty(this, "sidePanelShown", true);

    MainWindow(Experiment experiment, Stage stage) {
        this.experiment = experiment;
        seedFans = new SeedFans(experiment, javafx.application.Platform::runLater);
        seedFanPane = new SeedFanPane(seedFans::clear);
        timeline = new TimelineBar(experiment::goTo, new BranchVerbs(experiment::fork, experiment::switchBranch,
                experiment::renameBranch, experiment::deleteBranch));
        getStyleClass().add("main-window");
        DataCatalog catalog = new DataCatalog();
        opener = new DatasetOpener(stage, experiment.modelProperty()::get, experiment.startProperty()::get);
        sessions = new SessionActions(this::owner, experiment::captureSession, experiment::restore,
                experiment.snapshotProperty()::get, this::confirm);
        ExportWork exportWork = new ExportWork(javafx.application.Platform::runLater);
        figureExport = new FigureExport(experiment, new FigureExport.Views(map, chart, dataPlot, () -> (Region) getCenter()),
                this::owner, exports, exportWork);
        csvExport = new CsvExport(experiment, stage, exports, exportWork);
        controls = new ControlPanel(experiment, catalog, previous -> chooseCsv(previous));
        controls.addBesideSeed(seedFanButton());
        actions = newActions(stage);
        lessons = new Lessons(experiment, map, this::showView, this::owner);

        banner = divergenceBanner();
        javafx.scene.control.MenuBar menus = new AppMenu(actions).bar();
        menus.getMenus().add(menus.getMenus().size() - 1, lessons.menu());
        VBox top = new VBox(menus, banner,
                new RestoreBanner(experiment.restoreProgressProperty(), experiment::cancelRestore),
                new WorkBanner("exportBanner", exportWork.property(), exportWork::cancel),
                new WorkBanner("surfaceBanner", experiment.surfaceWorkProperty(), experiment::cancelSurface),
                new WorkBanner("seedFanBanner", seedFans.workProperty(), seedFans::cancel));
        setTop(top);
        setBottom(statusLine());

        setLeft(lessons.column(sidePanel()));
        foldingSidePanel();
        setCenter(centre());

        chart.logScaleProperty().set(true); // the cost keeps falling long after a linear axis shows a flat line
        wire();
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                redraw(now);
            }
        };
        frames.start();
    }

    /** The controls, in a pane that scrolls when the window is short. */
    private ScrollPane sidePanel() {
        ScrollPane side = new ScrollPane(controls);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add("side");
        side.setPrefWidth(300);
        side.setMinWidth(290);
        side.skinProperty().addListener((o, old, skin) -> drawViewportUncached(side));
        return side;
    }

    /** Map, valley and gradients as tabs on the left above the step explained, the data plot above the cost chart on the right. */
    private VBox centre() {
        HBox chartAndFan = new HBox(4, chart, seedFanPane);
        HBox.setHgrow(chart, Priority.ALWAYS);
        HBox chartToolbar = CostChartView.toolbarFor(chart);
        VBox chartBox = new VBox(4, chartToolbar, chartAndFan);
        VBox.setVgrow(chartAndFan, Priority.ALWAYS);
        SplitPane right = new SplitPane(dataPlot, chartBox);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.45);
        // each keeps room to draw in (its header rows and axes plus PLOT_ROOM) whatever the divider says
        keepRoom(dataPlot.minHeightProperty(), DATA_PLOT_HEADERS + PLOT_ROOM);
        keepRoom(chartBox.minHeightProperty(), CHART_HEADERS + PLOT_ROOM);
        // and the chart's toolbar whole: once its labels are short it needs all its width (at 1024 × 768 "steps" was cut)
        right.minWidthProperty().bind(javafx.beans.binding.Bindings.when(presentation).then(Region.USE_COMPUTED_SIZE)
                .otherwise(javafx.beans.binding.Bindings.max(AXIS_COLUMNS + PLOT_ROOM,
                        chartToolbar.minWidthProperty().add(8))));
        Tab mapTab = new Tab("Contour map", lessons.overMap());
        Tab valleyTab = new Tab("3D valley", valley);
        mapTab.setClosable(false);
        valleyTab.setClosable(false);
        mapTab.setTooltip(new Tooltip("C(w, b) from above: colour and contour lines (Eq. (1))"));
        valleyTab.setTooltip(new Tooltip("C(w, b) as a valley, like Figure 1: the ball is the current (w, b)"));
        views.getTabs().addAll(mapTab, valleyTab, gradientTab);
        views.getStyleClass().add("view-tabs");
        views.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            tracesDirty = true;
            keepKeyboard(a, t);
        });
        // The step explained under the map, so that the data plot and the cost chart have the window's height:
        // on a short screen the plots keep their room and the step explained scrolls in what is left.
        VBox mapAndStep = new VBox(views, stepPanel);
        VBox.setVgrow(views, Priority.ALWAYS);
        VBox.setVgrow(stepPanel, Priority.SOMETIMES);
        keepRoom(views.minHeightProperty(), MAP_ROOM);
        keepRoom(mapAndStep.minWidthProperty(), MAP_COLUMNS + PLOT_ROOM);
        // open, a line of its body at least; folded, its title only (a least height kept the rest of it blank)
        stepPanel.minHeightProperty().bind(javafx.beans.binding.Bindings.when(stepPanel.expandedProperty())
                .then(STEP_TITLE_AND_LINE).otherwise(Region.USE_COMPUTED_SIZE));
        // its body scrolls sideways: its width never pushes the plots' column off a small screen
        stepPanel.setMinWidth(0);
        // in presentation mode too: there it had all the column's height and the map none
        stepPanel.maxHeightProperty().bind(javafx.beans.binding.Bindings.max(STEP_TITLE_AND_LINE,
                mapAndStep.heightProperty().subtract(MAP_ROOM)));
        SplitPane centre = new SplitPane(mapAndStep, right);
        centre.setDividerPositions(0.6);
        VBox centreAndStep = new VBox(centre, timeline);
        VBox.setVgrow(centre, Priority.ALWAYS);
        return centreAndStep;
    }

    /** {@code size} holds {@code least} in the normal window; presentation mode scales the window and sizes it itself. */
    private void keepRoom(javafx.beans.property.DoubleProperty size, double least) {
        size.bind(javafx.beans.binding.Bindings.when(presentation).then(Region.USE_COMPUTED_SIZE).otherwise(least));
    }

    /** The keyboard stays on the view that takes the hidden one's place, not on a stray toolbar button. */
    private void keepKeyboard(Tab hidden, Tab shown) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (hidden == null || shown == null || focus == null) {
            return;
        }
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == hidden.getContent()) {
                // after the tab pane's skin has swapped the contents: the shown one can take the focus only then
                javafx.application.Platform.runLater(() -> shown.getContent().requestFocus());
                return;
            }
        }
    }

    private WindowActions newActions(Stage stage) {
        return new WindowActions(experiment, () -> chooseCsv(controls.datasetChoice.getValue()),
                sessions::chooseAndOpen, sessions::chooseAndSave, sessions::recentMenu, figureExport::run,
                csvExport::run, csvExport.runningProperty(), chart.logScaleProperty(), this::valleyShown,
                this::showValley, this::owner, presentation, sidePanelShown,
                () -> stage.setFullScreen(!stage.isFullScreen()),
                new WindowActions.SeedFanActions(this::askSeedFan, this::clearSeedFan), map.batchValleyShownProperty());
    }

    /** Beside the seed field: Run K seeds… (K). */
    private Button seedFanButton() {
        Button run = new Button("K seeds…");
        run.setId("seedFanButton");
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.setFocusTraversable(false);
        HoverTip.install(run, "Run K seeds (K): K descents from the start with the shuffle seeds 1 … K,"
                + "\ndrawn faint over the map, their final C beside this chart, full batch beside them");
        run.setOnAction(e -> askSeedFan());
        return run;
    }

    /** Train → Run K seeds…: asks for K and the epochs, then runs the fan for the map's scale. */
    private void askSeedFan() {
        SeedFanDialog.ask(owner(), seedFanSize, seedFans.defaultEpochs()).ifPresent(r -> runSeedFan(r.seeds(), r.epochs()));
    }

    /** Runs a fan of {@code seeds} seeds, {@code epochs} epochs each, without asking. */
    void runSeedFan(int seeds, int epochs) {
        seedFanSize = seeds;
        seedFans.run(seeds, epochs, map.pathScale());
    }

    /** Escape: takes the fan away, if there is one, or stops the one under way. */
    private boolean clearSeedFan() {
        boolean any = seedFans.resultProperty().get() != null || seedFans.workProperty().get() != null;
        seedFans.clear();
        return any;
    }

    /** The window's fan of seeds. */
    SeedFans seedFans() {
        return seedFans;
    }

    /** The contour map, for tests that ask what it draws. */
    CostMapView mapView() {
        return map;
    }

    /** The data plot, for tests that ask how much room it has. */
    DataPlotView dataPlotView() {
        return dataPlot;
    }

    /** The cost chart, for tests that ask how much room it has. */
    CostChartView costChartView() {
        return chart;
    }

    /** Presentation mode ({@link Presentation}), on or off; the scene's root shows it. */
    BooleanProperty presentationProperty() {
        return presentation;
    }

    /** The side panel, or in its place a thin strip whose button brings it back (the keys act either way). */
    private void foldingSidePanel() {
        javafx.scene.Node side = getLeft();
        Button unfold = new Button("▶");
        unfold.setId("showSidePanel");
        unfold.setFocusTraversable(false);
        HoverTip.install(unfold, "Show the side panel (F9)");
        unfold.setOnAction(e -> sidePanelShown.set(true));
        VBox strip = new VBox(unfold);
        strip.getStyleClass().add("side-strip");
        sidePanelShown.addListener((o, was, shown) -> setLeft(shown ? side : strip));
        // at 1.6× the pictures need the room: presentation starts with the panel folded (F9 or ▶ unfolds it)
        presentation.addListener((o, was, on) -> sidePanelShown.set(!on));
        // and the step explained folds to its title (a click opens it), so the map keeps its room
        boolean[] stepWasOpen = {true};
        presentation.addListener((o, was, on) -> {
            if (on) {
                stepWasOpen[0] = stepPanel.isExpanded();
                stepPanel.setExpanded(false);
            } else {
                stepPanel.setExpanded(stepWasOpen[0]);
            }
        });
    }

    /** The verbs of the window, for the menu and the shortcuts. */
    WindowActions windowActions() {
        return actions;
    }

    /** The window's model. */
    Experiment experiment() {
        return experiment;
    }

    /** File → Open/Save session; the app opens a session it was started on through it. */
    SessionActions sessions() {
        return sessions;
    }

    /** File → Export figure…, for tests that export without the dialogs. */
    FigureExport figureExport() {
        return figureExport;
    }

    /** File → Export CSV…, for tests that export without the dialogs. */
    CsvExport csvExport() {
        return csvExport;
    }

    /** Gives the keyboard to the map, so that no control looks selected and the keys work at once. */
    void focusMap() {
        map.requestFocus();
    }

    private Window owner() {
        return getScene().getWindow();
    }

    private void wire() {
        map.windowProperty().bindBidirectional(experiment.windowProperty());
        map.setOnChooseStart(experiment::chooseStart);
        map.setOnFit(experiment::fit);
        map.setOnPathsStale(experiment::rebuildPaths);
        valley.setOnPathsStale(scale -> experiment.rebuildPaths(ValleyView.pathView(), scale));
        map.setCostFunction((w, b) -> QuadraticCost.fastCost(experiment.modelProperty().get(),
                experiment.datasetProperty().get(), w, b));
        map.setStart(experiment.startProperty().get());
        experiment.startProperty().addListener((o, a, p) -> map.setStart(p));
        experiment.playingProperty().addListener((o, a, p) -> {
            map.setPlaying(p);
            tracesDirty = true;
        });
        experiment.surfaceProperty().addListener((o, a, s) -> {
            if (s != null) {
                map.showSurface(s.grid(), s.contours());
                valley.showSurface(s.grid());
            }
        });
        experiment.traceVersionProperty().addListener((o, a, v) -> tracesDirty = true);
        seedFans.resultProperty().addListener((o, a, fan) -> {
            map.showFan(fan);
            seedFanPane.show(fan);
        });
        map.setOnFanStale(seedFans::rescale);
        experiment.snapshotProperty().addListener((o, a, snap) -> sessions.status().observe(snap));
        for (javafx.beans.Observable chosen : List.of(experiment.learningRateProperty(), experiment.miniBatchSizeProperty(),
                experiment.seedProperty(), experiment.compareProperty())) {
            chosen.addListener(o -> sessions.status().changed());
        }
        dataPlot.showData(experiment.datasetProperty().get());
        experiment.datasetProperty().addListener((o, a, d) -> {
            dataPlot.showData(d);
            tracesDirty = true;
        });
        chart.xAxisModeProperty().addListener((o, a, v) -> tracesDirty = true);
        chart.logScaleProperty().addListener((o, a, v) -> tracesDirty = true);
        chart.firstOrderProperty().addListener((o, a, v) -> tracesDirty = true);
        // With several runs the fair axis is epochs: the same examples seen.
        experiment.compareProperty().addListener((o, a, on) -> chart.xAxisModeProperty().set(
                on ? CostChartView.XAxisMode.EPOCHS : CostChartView.XAxisMode.STEPS));
        experiment.divergenceProperty().addListener((o, a, text) -> divergenceText.setText(text));
        showValleyAxes(experiment.stabilityLimitProperty().get());
        experiment.stabilityLimitProperty().addListener((o, a, limit) -> showValleyAxes(limit));
    }

    /** The valley's eigen-axes through its floor, where the curvature is the same everywhere (the linear neuron). */
    private void showValleyAxes(org.descentfx.core.curvature.StabilityLimit limit) {
        if (limit == null || limit.local()) {
            map.setValleyAxes(null, null);
            chart.setMinimumCost(Double.NaN);
        } else {
            var model = experiment.modelProperty().get();
            var data = experiment.datasetProperty().get();
            org.descentfx.core.train.Point floor = org.descentfx.core.surface.Minimum.of(model, data, experiment.startProperty().get());
            map.setValleyAxes(floor, limit.hessian());
            chart.setMinimumCost(floor != null && floor.isFinite()
                    ? QuadraticCost.cost(model, data, floor.w(), floor.b()) : Double.NaN);
        }
    }

    /** Called once per frame: draws what the last snapshots changed. */
    private void redraw(long now) {
        EngineSnapshot s = experiment.snapshotProperty().get();
        if (s == null) {
            return;
        }
        gradientTab.showIfNew(s);
        batchValley.update(s);
        if (tracesDirty) {
            tracesDirty = false;
            readoutPace.changed();
            long probe = FrameProbe.enter();
            try {
                draw(s);
            } finally {
                FrameProbe.exit(FrameProbe.Section.FRAME, probe);
            }
        }
        stepFeed.update(s, now, experiment.surfaceProperty().get() != null);
        if (readoutPace.due(s.playing(), now)) {
            long probe = FrameProbe.enter();
            try {
                controls.readout.show(s);
            } finally {
                FrameProbe.exit(FrameProbe.Section.FRAME, probe);
            }
        }
    }

    private void draw(EngineSnapshot s) {
        map.setMiniBatchSizes(s.runs().stream().map(r -> Math.min(r.hyperparameters().miniBatchSize(),
                s.setup().data().size())).toList(), s.setup().data().size());
        List<Trace> traces = experiment.traces();
        if (valleyShown()) {
            valley.showTraces(traces);
        } else {
            map.showTraces(traces);
        }
        List<Branch> ghosts = new ArrayList<>(s.ghosts());
        Branch ahead = experiment.aheadGhost();
        if (ahead != null) {
            ghosts.add(ahead); // after a step back, the steps ahead drawn faint
        }
        map.showGhosts(ghosts);
        chart.showGhosts(ghosts);
        chart.show(traces, s.setup().data().size());
        firstOrder.update(s.setup(), traces);
        if (!traces.isEmpty() && traces.get(0).history() != null) {
            timeline.show(s.primary().step(), experiment.lastStep(), traces.get(0).history().changes());
        }
        timeline.showBranches(s.branches());
        dataPlot.show(s.setup().model(), traces, s.nextBatch());
    }

    /** Only the visible one of map and valley is redrawn; the other catches up when its tab is chosen. */
    boolean valleyShown() {
        return views.getSelectionModel().getSelectedIndex() == 1;
    }

    /** Shows the tab "map", "valley" or "gradients", as a lesson asks. */
    private void showView(String view) {
        views.getSelectionModel().select(switch (view) {
            case "valley" -> 1;
            case "gradients" -> 2;
            default -> 0;
        });
    }

    /** The guided lessons, for tests and for a lesson file the app is started on. */
    Lessons lessons() {
        return lessons;
    }

    void showValley(boolean on) {
        views.getSelectionModel().select(on ? 1 : 0);
    }

    /** A thin line under the window for short confirmations; it takes no room while empty. */
    private Label statusLine() {
        statusMessage.setId("statusMessage");
        statusMessage.getStyleClass().add("status-line");
        statusMessage.setMaxWidth(Double.MAX_VALUE);
        statusMessage.managedProperty().bind(statusMessage.textProperty().isNotEmpty());
        statusMessage.visibleProperty().bind(statusMessage.managedProperty());
        statusFade.setOnFinished(e -> statusMessage.setText(""));
        return statusMessage;
    }

    /** Says briefly that something worked, e.g. "Saved the session as lesson.json." */
    private void confirm(String text) {
        statusMessage.setText(text);
        statusFade.playFromStart();
    }

    private HBox divergenceBanner() {
        divergenceText.setWrapText(true);
        divergenceText.setId("divergenceText");
        Button reset = new Button("Reset");
        reset.setOnAction(e -> experiment.reset());
        HBox.setHgrow(divergenceText, Priority.ALWAYS);
        divergenceText.setMaxWidth(Double.MAX_VALUE);
        HBox box = new HBox(12, new Label("⚠"), divergenceText, reset);
        box.setId("divergenceBanner");
        box.getStyleClass().add("banner");
        box.visibleProperty().bind(experiment.divergenceProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** "Open CSV…": a file chooser; the list goes back to {@code previous} unless a file loads. */
    private void chooseCsv(DataChoice previous) {
        boolean chosen = opener.chooseAndOpen(experiment::selectDataset, () -> controls.restoreDataChoice(previous));
        if (!chosen) {
            controls.restoreDataChoice(previous);
        }
    }

    /** Opens {@code path} as the data; on a bad file shows the reader's message and keeps the data in use. */
    CompletableFuture<Dataset> openCsv(Path path) {
        DataChoice previous = controls.datasetChoice.getValue();
        return opener.open(path, experiment::selectDataset, () -> controls.restoreDataChoice(previous));
    }

    void dispose() {
        frames.stop();
        exports.shutdownNow();
        seedFans.close();
        batchValley.close();
        gradientTab.close();
        experiment.close();
    }

    /**
     * A scroll pane's skin keeps what it shows as one cached picture. The readout in the side panel
     * changes every frame, and each change drew the whole panel into that picture again; uncached,
     * the renderer draws again only the labels that changed.
     */
    private static void drawViewportUncached(ScrollPane pane) {
        Node viewport = pane.lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
    }
}
