package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Run;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.engine.ReplayPlan;
import org.descentfx.engine.RunSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.export.CsvExport;
import org.descentfx.ui.export.ExportDialogs;
import org.descentfx.ui.export.FigureView;
import org.descentfx.ui.map.CostMapPixels;
import org.descentfx.ui.plot.RunColors;

/** File → Export figure… and Export CSV… from the running window, without the dialogs. */
class ExportFromWindowTest {
    private static final long TIMEOUT_S = 30;

    private final FxRobot robot = new FxRobot();
    private DescentApp app;
    private MainWindow window;
    private Experiment experiment;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        window = app.window();
        experiment = window.experiment();
        waitFor(() -> onFxQuietly(() -> snapshot() != null && experiment.surfaceProperty().get() != null));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theCsvOfAComparisonWhereEtaChangedMidRunHasEveryStepExactly() throws Exception {
        // given: full batch beside mini-batch; 7 steps at η = 0.02, then 5 at η = 0.05
        onFx(() -> {
            experiment.includeStochasticProperty().set(false);
            experiment.compareProperty().set(true);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> snapshot().runs().size() == 2));
        stepTo(7);
        onFx(() -> {
            experiment.learningRateProperty().set(0.05);
            return null;
        });
        stepTo(12);

        // when
        CsvExport.Lineup lineup = onFx(() -> CsvExport.lineup(experiment));
        Path file = dir.resolve("experiment.csv");
        List<Path> written = onFx(() -> window.csvExport().export(lineup, ExportDialogs.CsvLayout.ONE_FILE, file))
                .get(TIMEOUT_S, TimeUnit.SECONDS);

        // then: each run's rows are those of a run driven by hand with the same change at step 8
        assertThat(written).containsExactly(file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("run,step,epoch,w,b,batch_cost,cost");
        // (full batch stepped when the others had seen more: at → 1 and → 11, the second at η = 0.05)
        assertThat(lines).hasSize(1 + 13 + 3);
        assertThat(lineup.plans()).extracting(ReplayPlan::steps).containsExactly(12L, 2L);
        assertRows(lines.subList(1, 14), "minibatch", 10, 8);
        assertRows(lines.subList(14, 17), "fullbatch", 100, 2);
        waitFor(() -> onFxQuietly(() -> window.csvExport().lastAlert() != null));
        assertThat(onFx(() -> window.csvExport().lastAlert().getAlertType())).isEqualTo(Alert.AlertType.INFORMATION);
        onFx(() -> {
            window.csvExport().lastAlert().close();
            return null;
        });
    }

    @Test
    void aLongExportLeavesTheWindowFreeAndShowsHowFarItHasGot() throws Exception {
        // given: a million stochastic steps to replay and write
        CsvExport.Lineup million = singleRun(1_000_000);

        // when
        CompletableFuture<List<Path>> written = onFx(() -> window.csvExport().export(million,
                ExportDialogs.CsvLayout.PER_RUN, dir.resolve("million.csv")));
        boolean runningMeanwhile = onFx(() -> window.csvExport().runningProperty().get());

        // then: the FX thread keeps taking the export's progress while it writes
        assertThat(runningMeanwhile).isTrue();
        waitFor(() -> written.isDone() || onFxQuietly(() -> bannerProgress() > 0));
        assertThat(written).as("a million steps written before any progress was shown").isNotDone();
        assertThat(onFx(() -> ((Label) window.lookup("#exportBannerText")).getText()))
                .startsWith("Exporting CSV to million.csv: ").endsWith(" of 1,000,000 steps");
        List<Path> files = written.get(120, TimeUnit.SECONDS);
        try (var lines = Files.lines(files.get(0))) {
            assertThat(lines.count()).isEqualTo(1 + 1_000_001);
        }
        waitFor(() -> onFxQuietly(() -> !window.csvExport().runningProperty().get()
                && !window.lookup("#exportBanner").isVisible()));
    }

    @Test
    void stoppingAnExportLeavesTheOldFileAndNothingElse() throws Exception {
        // given: an old file, and an export of far more steps than it could write before the Stop
        Path file = Files.writeString(dir.resolve("long.csv"), "old\n");
        CompletableFuture<List<Path>> written = onFx(() -> window.csvExport().export(singleRun(500_000_000),
                ExportDialogs.CsvLayout.ONE_FILE, file));
        waitFor(() -> onFxQuietly(() -> bannerProgress() > 0));

        // when
        onFx(() -> {
            ((Button) window.lookup("#exportBannerCancel")).fire();
            return null;
        });

        // then
        assertThat(written).failsWithin(TIMEOUT_S, TimeUnit.SECONDS);
        waitFor(() -> onFxQuietly(() -> window.csvExport().lastAlert() != null && !window.lookup("#exportBanner").isVisible()));
        assertThat(onFx(() -> window.csvExport().lastAlert().getDialogPane().getId())).isEqualTo("exportStoppedDialog");
        assertThat(Files.readString(file)).isEqualTo("old\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("long.csv");
        }
        onFx(() -> {
            window.csvExport().lastAlert().close();
            return null;
        });
    }

    private CsvExport.Lineup singleRun(long steps) throws Exception {
        CsvExport.Lineup lineup = onFx(() -> CsvExport.lineup(experiment));
        return new CsvExport.Lineup(lineup.setup().withRuns(List.of(RunSpec.single())),
                List.of(new ReplayPlan(new Hyperparameters(0.001, 1), List.of(), steps)), List.of());
    }

    private double bannerProgress() {
        var banner = window.lookup("#exportBanner");
        return banner != null && banner.isVisible()
                ? ((javafx.scene.control.ProgressBar) window.lookup("#exportBannerProgress")).getProgress() : 0;
    }

    @Test
    void theFigureIsAPngOfTheAskedSize() throws Exception {
        // given
        stepTo(20);
        Path png = dir.resolve("all.png");

        // when
        onFx(() -> window.figureExport().export(FigureView.ALL, 1000, 620, 1, png)).get(TIMEOUT_S, TimeUnit.SECONDS);

        // then
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(620);
        int red = 0;
        for (int y = 0; y < 620; y += 2) {
            for (int x = 0; x < 580; x += 2) {
                red += CostMapPixels.distance(image.getRGB(x, y), RunColors.MINI_BATCH) < 40 ? 1 : 0;
            }
        }
        assertThat(red).as("the path of descent on the map").isGreaterThan(20);
    }

    @Test
    void aFigureThatCannotBeWrittenIsAnAlertAndTheWindowGoesOn() throws Exception {
        // given
        Path png = dir.resolve("missing").resolve("map.png");

        // when
        CompletableFuture<Path> written = onFx(() -> window.figureExport().export(FigureView.MAP, 400, 300, 1, png));

        // then
        try {
            written.get(TIMEOUT_S, TimeUnit.SECONDS);
            throw new AssertionError("written to a folder that does not exist");
        } catch (ExecutionException expected) {
            assertThat(expected.getCause()).hasMessageContaining("does not exist");
        }
        waitFor(() -> onFxQuietly(() -> window.figureExport().lastError() != null));
        assertThat(onFx(() -> window.figureExport().lastError().getContentText()))
                .isEqualTo("cannot write '" + png + "': the folder '" + png.getParent() + "' does not exist");
        onFx(() -> {
            window.figureExport().lastError().close();
            return null;
        });
        stepTo(1);
    }

    @Test
    void shortcutEAsksForTheViewAndTwiceItsSizeOnScreen() throws Exception {
        // given
        double[] onScreen = onFx(() -> new double[] {window.getCenter().getLayoutBounds().getWidth(),
                window.getCenter().getLayoutBounds().getHeight(), node("#costSurface", javafx.scene.layout.Region.class).getWidth(),
                node("#costSurface", javafx.scene.layout.Region.class).getHeight()});

        // when
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("#exportFigureDialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#exportFigureDialog").queryAs(DialogPane.class);
        int[] all = onFx(() -> sizeIn(pane));
        onFx(() -> {
            ((ChoiceBox<FigureView>) pane.lookup("#figureViewChoice")).setValue(FigureView.MAP);
            return null;
        });
        int[] map = onFx(() -> sizeIn(pane));
        onFx(() -> {
            ((Button) pane.lookupButton(ButtonType.CANCEL)).fire();
            return null;
        });

        // then
        assertThat(all).containsExactly((int) Math.round(2 * onScreen[0]), (int) Math.round(2 * onScreen[1]));
        assertThat(map).containsExactly((int) Math.round(2 * onScreen[2]), (int) Math.round(2 * onScreen[3]));
        waitFor(() -> robot.lookup("#exportFigureDialog").tryQuery().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static int[] sizeIn(DialogPane pane) {
        return new int[] {((Spinner<Integer>) pane.lookup("#figureWidth")).getValue(),
                ((Spinner<Integer>) pane.lookup("#figureHeight")).getValue()};
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Compares each row to a run of m examples per step driven by hand, η 0.02 then 0.05 from step {@code changed}. */
    private void assertRows(List<String> lines, String name, int m, long changed) throws Exception {
        EngineSnapshot s = onFx(this::snapshot);
        Run run = new Run(s.setup().data(), s.setup().model(), s.setup().start(), new Hyperparameters(0.02, m),
                s.setup().seed());
        for (String line : lines) {
            String[] f = line.split(",", -1);
            long step = Long.parseLong(f[1]);
            if (step > 0) {
                if (step == changed) {
                    run.setHyperparameters(new Hyperparameters(0.05, m));
                }
                run.stepMiniBatch();
            }
            assertThat(f[0]).isEqualTo(name);
            assertThat(step).isEqualTo(run.step());
            assertThat(Long.parseLong(f[2])).isEqualTo(run.epochOfLastStep());
            assertThat(Double.parseDouble(f[3])).as("%s w at step %d", name, step).isEqualTo(run.w());
            assertThat(Double.parseDouble(f[4])).as("%s b at step %d", name, step).isEqualTo(run.b());
            assertThat(f[5]).isEqualTo(step == 0 ? "" : Double.toString(run.lastBatchCost()));
            assertThat(Double.parseDouble(f[6])).isEqualTo(QuadraticCost.cost(run.model(), run.data(), run.w(), run.b()));
        }
    }

    @Test
    void theStripSaysTheFigureIsBeingDrawnBeforeItIsWritten() throws Exception {
        stepTo(3);
        List<String> said = stripTexts();

        onFx(() -> window.figureExport().export(FigureView.ALL, 1200, 800, 1, dir.resolve("all.png")))
                .get(TIMEOUT_S, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(said).isNotEmpty();
        assertThat(said.get(0)).isEqualTo("Drawing the figure all.png (1,200 × 800 pixels)");
        assertThat(said).anyMatch(t -> t.startsWith("Writing the figure all.png"));
        assertThat(said.indexOf(said.stream().filter(t -> t.startsWith("Writing")).findFirst().orElseThrow()))
                .isGreaterThan(0);
    }

    @Test
    void aLongRunsFigureReplaysItsPathsWithProgressAndStopKeepsTheOldFile() throws Exception {
        // given: a run long enough that its history is thinned for the map on screen
        Path png = dir.resolve("map.png");
        Files.write(png, new byte[] {1, 2, 3});
        onFx(() -> {
            experiment.speedProperty().set(Experiment.SPEED_LIMIT);
            experiment.play();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> snapshot().runs().get(0).step()) > 2_000_000);
        onFx(() -> {
            experiment.pause();
            return null;
        });
        waitFor(() -> onFxQuietly(() -> !snapshot().playing()));
        List<String> said = stripTexts();
        onFx(() -> {
            // Stop as soon as the strip counts replayed steps
            node("#exportBannerText", javafx.scene.control.Label.class).textProperty().addListener((o, a, t) -> {
                if (t != null && t.contains("steps replayed")) {
                    node("#exportBannerCancel", javafx.scene.control.Button.class).fire();
                }
            });
            return null;
        });

        // when: a figure four times the map's size needs the path at a finer scale
        CompletableFuture<Path> written = onFx(() -> window.figureExport().export(FigureView.MAP, 4000, 3000, 1, png));

        // then
        try {
            written.get(TIMEOUT_S, TimeUnit.SECONDS);
            throw new AssertionError("written though stopped");
        } catch (ExecutionException expected) {
            assertThat(expected.getCause()).hasMessageContaining("stopped");
        }
        assertThat(said).anyMatch(t -> t.matches("Drawing the figure: the paths at its scale, [\\d,]+ of [\\d,]+ steps replayed"));
        assertThat(Files.readAllBytes(png)).as("the old file is left as it was").containsExactly(1, 2, 3);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(onFx(() -> window.figureExport().lastError())).as("a Stop is no error").isNull();
    }

    /** Every text the export strip shows from now on, in order. */
    private List<String> stripTexts() throws Exception {
        List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        onFx(() -> {
            node("#exportBannerText", javafx.scene.control.Label.class).textProperty().addListener((o, a, t) -> {
                if (t != null && !t.isEmpty()) {
                    said.add(t);
                }
            });
            return null;
        });
        return said;
    }

    /** One mini-batch at a time until the first run has taken {@code steps} steps. */
    private void stepTo(long steps) throws Exception {
        while (onFx(() -> snapshot().runs().get(0).step()) < steps) {
            long before = onFx(() -> snapshot().runs().get(0).step());
            onFx(() -> {
                experiment.stepMiniBatch();
                return null;
            });
            waitFor(() -> onFxQuietly(() -> snapshot().runs().get(0).step() > before));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private EngineSnapshot snapshot() {
        return experiment.snapshotProperty().get();
    }

    /** A control of the window, found by its node id as DESIGN.md names it. */
    private <T extends javafx.scene.Node> T node(String id, Class<T> type) {
        return robot.lookup(id).queryAs(type);
    }



}
