package org.descentfx.ui.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TrainingSetup;
import org.descentfx.ui.chart.CostChartView;
import org.descentfx.ui.map.CostMapView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The experiment and the views' show methods belong to the FX thread: called elsewhere, they say so at once. */
class ExperimentThreadTest {
    private static final Dataset DATA = Dataset.of("d", new double[] {1, 2, 3, 4}, new double[] {2, 4, 6, 8});
    private static final TrainingSetup SETUP = new TrainingSetup(DATA, LinearNeuron.INSTANCE, new Point(-1, 0), 1,
            new Hyperparameters(0.01, 2), List.of(RunSpec.single()));

    private Experiment experiment;

    @BeforeEach
    void startTheToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeTheExperiment() throws Exception {
        if (experiment != null) {
            onFx(() -> {
                experiment.close();
                return null;
            });
        }
    }

    @Test
    void aVerbCalledOffTheFxThreadFailsNamingTheClassAndTheThread() throws Exception {
        // given
        experiment = onFx(() -> new Experiment(SETUP, Platform::runLater));
        String thread = Thread.currentThread().getName();

        // then
        assertThatThrownBy(experiment::play).isInstanceOf(IllegalStateException.class)
                .hasMessage("Experiment may only be used on the JavaFX Application Thread, not on thread '"
                        + thread + "'");
        assertThatThrownBy(() -> experiment.selectModel(LinearNeuron.INSTANCE))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(experiment::traces).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(experiment::captureSession).isInstanceOf(IllegalStateException.class);
        assertThat(experiment.engine().isAlive()).as("a refused call changes nothing").isTrue();
    }

    @Test
    void onTheFxThreadTheSameVerbsWork() throws Exception {
        // given
        experiment = onFx(() -> new Experiment(SETUP, Platform::runLater));

        // when
        int traces = onFx(() -> {
            experiment.stepMiniBatch();
            experiment.pause();
            return experiment.traces().size();
        });

        // then
        assertThat(traces).isLessThanOrEqualTo(1);
    }

    @Test
    void anExperimentCannotBeMadeOffTheFxThread() {
        assertThatThrownBy(() -> new Experiment(SETUP, Platform::runLater))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("Experiment may only be used");
    }

    @Test
    void theViewsShowMethodsRefuseOtherThreads() throws Exception {
        // given
        CostChartView chart = onFx(CostChartView::new);
        CostMapView map = onFx(CostMapView::new);

        // then
        assertThatThrownBy(() -> chart.show(List.of(), 4)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("CostChartView may only be used");
        assertThatThrownBy(() -> map.showTraces(List.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("CostMapView may only be used");
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }
}
