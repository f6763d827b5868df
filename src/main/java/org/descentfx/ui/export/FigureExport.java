package org.descentfx.ui.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.engine.GeometricPath;
import org.descentfx.engine.PathRebuilder;
import org.descentfx.engine.PathScale;
import org.descentfx.engine.Replay;
import org.descentfx.engine.ReplayPlan;
import org.descentfx.engine.TraceHistory;
import org.descentfx.engine.TrainingSetup;
import org.descentfx.ui.plot.Trace;
import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Dimension2D;
import javafx.scene.control.Alert;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.descentfx.ui.chart.CostChartView;
import org.descentfx.ui.data.DataPlotView;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.experiment.SurfaceWorker;
import org.descentfx.ui.map.CostMapView;
import org.descentfx.ui.progress.Work;

/**
 * File → Export figure…: what the window shows — the map over the same part of (w, b), the
 * chart with its axis and scale, the data with the fitted neuron — drawn afresh by
 * {@link FigureRenderer} at the size asked for, and written as a PNG.
 *
 * <p>Thread rules: FX thread only. The picture is drawn on the FX thread, once the progress strip
 * shows it is being drawn; replaying paths for the figure's scale, encoding and writing the PNG
 * happen on {@code background}, with their progress shown and a Stop ({@link ExportWork}); a
 * stopped export writes nothing and says nothing more.
 */
public final class FigureExport {
    /** The views a figure copies: their settings, and their size on screen. {@code all} is the area holding them. */
    public record Views(CostMapView map, CostChartView chart, DataPlotView data, Supplier<Region> all) {
    }

    private final Experiment experiment;
    private final Views views;
    private final Supplier<Window> owner;
    private final Executor background;
    private final ExportWork work;
    private Alert lastError;

    public FigureExport(Experiment experiment, Views views, Supplier<Window> owner, Executor background, ExportWork work) {
        this.experiment = experiment;
        this.views = views;
        this.owner = owner;
        this.background = background;
        this.work = work;
    }

    /** Asks what to draw, then where; writes in the background. */
    public void run() {
        Window owner = this.owner.get();
        ExportDialogs.askFigure(owner, this::onScreenSize).ifPresent(request -> {
            File file = ExportDialogs.askFile(owner, "Export figure", "descentfx-" + request.view().id() + ".png",
                    "PNG pictures", "*.png");
            if (file != null) {
                export(request.view(), request.width(), request.height(), request.scale(), withPng(file.toPath()));
            }
        });
    }

    /**
     * Draws {@code view} and writes it to {@code file}, the export shown in progress with a Stop. The
     * picture is drawn on the FX thread, but only once the progress strip says so ("Drawing the
     * figure"); a path whose history holds too few points for the figure's scale (a long run, a
     * figure larger than the map) is then rebuilt by exact replay in the background, its steps
     * counted in the strip, so that every true point lies within 1.5 px of the path drawn in the
     * figure too, and the picture drawn again with it. Stop ends the export at any point and writes
     * nothing. A failure is shown in an alert; the returned future then completes with it too.
     */
    public CompletableFuture<Path> export(FigureView view, int width, int height, double scale, Path file) {
        Figure figure;
        TrainingSetup setup;
        try {
            figure = withOwnHistories(figure());
            setup = experiment.snapshotProperty().get().setup();
        } catch (RuntimeException e) {
            showError(file, "the figure could not be drawn: " + e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        String size = String.format("(%,d × %,d pixels)", width, height);
        CompletableFuture<Path> written = CompletableFuture.supplyAsync(() -> {
            try {
                return work.run(() -> {
                    String drawing = "Drawing the figure " + file.getFileName() + " " + size;
                    work.report(new Work(drawing, 0));
                    Map<Integer, PathScale> missing = new HashMap<>();
                    WritableImage image = onFxAfterAFrame(() -> FigureRenderer.renderWithPaths(figure, view, width,
                            height, scale, (i, s) -> {
                                missing.put(i, s);
                                return null;
                            }).image());
                    if (!missing.isEmpty()) {
                        Map<Integer, GeometricPath> paths = rebuild(setup, figure, missing);
                        work.report(new Work(drawing, 0));
                        image = onFxAfterAFrame(() -> FigureRenderer.renderWithPaths(figure, view, width, height,
                                scale, (i, s) -> paths.get(i)).image());
                    }
                    WritableImage picture = image;
                    String text = "Writing the figure " + file.getFileName() + " " + size;
                    PngWriter.write(picture, file, done -> work.report(new Work(text, done)));
                    return file;
                });
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, background);
        written.whenComplete((path, error) -> {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (error != null && !(cause instanceof ExportWork.Stopped)) {
                Platform.runLater(() -> showError(file, cause instanceof DrawingFailed
                        ? "the figure could not be drawn: " + cause.getMessage() : cause.getMessage()));
            }
        });
        return written;
    }

    /**
     * Runs {@code draw} on the FX thread after the next frame has been shown (so the progress strip
     * is on screen while the FX thread is busy drawing) and waits for it; a Stop while waiting ends
     * the export.
     */
    private static WritableImage onFxAfterAFrame(Supplier<WritableImage> draw) throws IOException {
        CompletableFuture<WritableImage> drawn = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 2 || drawn.isDone()) {
                    return;
                }
                stop();
                try {
                    drawn.complete(draw.get());
                } catch (RuntimeException e) {
                    drawn.completeExceptionally(e);
                }
            }
        }.start());
        try {
            return drawn.get();
        } catch (InterruptedException e) {
            drawn.cancel(false);
            throw new InterruptedIOException("the figure was stopped while being drawn");
        } catch (ExecutionException e) {
            throw new DrawingFailed(e.getCause());
        }
    }

    /** The picture could not be drawn (a figure too large for the graphics card, say). */
    private static final class DrawingFailed extends IOException {
        DrawingFailed(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The figure with copies of the histories: a path rebuilt for its scale must not replace the window's. */
    private static Figure withOwnHistories(Figure f) {
        List<Trace> own = f.traces().stream().map(t -> new Trace(t.label(), t.color(),
                t.history() == null ? null : t.history().copy(), t.current(), t.nextStep(), t.visible(), t.diverged(),
                t.stepName(), t.velocity())).toList();
        return new Figure(f.model(), f.data(), f.window(), f.start(), own, f.xAxis(), f.logScale(), f.surface());
    }

    /**
     * Replays, on this (the export's) thread, the runs whose paths the figure's scale needs, the
     * steps counted in the progress strip; a Stop ends it within one count.
     */
    private Map<Integer, GeometricPath> rebuild(TrainingSetup setup, Figure figure, Map<Integer, PathScale> missing)
            throws IOException {
        Map<Integer, ReplayPlan> plans = new HashMap<>();
        missing.forEach((i, s) -> {
            TraceHistory h = figure.traces().get(i).history();
            Hyperparameters fallback = setup.runs().get(i).resolve(setup.hyperparameters(), setup.data().size());
            plans.put(i, Replay.planOf(h, fallback, h.step(h.size() - 1)));
        });
        long total = plans.values().stream().mapToLong(ReplayPlan::steps).sum();
        long[] before = {0};
        Map<Integer, GeometricPath> paths = new HashMap<>();
        try {
            for (Map.Entry<Integer, ReplayPlan> e : plans.entrySet()) {
                int i = e.getKey();
                paths.put(i, PathRebuilder.replay(setup.data(), setup.model(), setup.start(), setup.seed(),
                        setup.optimizerOf(i), e.getValue(), missing.get(i), done -> work.report(Work.of(
                                String.format("Drawing the figure: the paths at its scale, %,d of %,d steps replayed",
                                        before[0] + done, total), before[0] + done, total))));
                before[0] += e.getValue().steps();
            }
        } catch (java.util.concurrent.CancellationException stopped) {
            throw new InterruptedIOException(stopped.getMessage());
        }
        return paths;
    }

    /** The window's experiment as plain data: the map's window, the shown runs, the chart's settings. */
    public Figure figure() {
        SurfaceWorker.Result shown = experiment.surfaceProperty().get();
        Figure.Surface surface = shown != null && shown.grid().columns() == SurfaceWorker.FINE_SIZE
                ? new Figure.Surface(shown.grid(), shown.contours()) : null;
        return new Figure(experiment.modelProperty().get(), experiment.datasetProperty().get(), views.map().getWindow(),
                experiment.startProperty().get(), experiment.traces(), views.chart().xAxisModeProperty().get(),
                views.chart().logScaleProperty().get(), surface);
    }

    /** How large {@code view} is in the window now, in layout pixels. */
    public Dimension2D onScreenSize(FigureView view) {
        Region region = switch (view) {
            case MAP -> views.map();
            case CHART -> views.chart();
            case DATA -> views.data();
            case ALL -> views.all().get();
        };
        return new Dimension2D(Math.max(region.getWidth(), 100), Math.max(region.getHeight(), 100));
    }

    /** The last error shown, for tests; null if none. */
    public Alert lastError() {
        return lastError;
    }

    private void showError(Path file, String message) {
        lastError = ExportDialogs.alert(owner.get(), Alert.AlertType.ERROR, "Figure not exported",
                "“" + file.getFileName() + "” was not written", message);
        lastError.getDialogPane().setId("exportErrorDialog");
    }

    private static Path withPng(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + ".png");
    }
}
