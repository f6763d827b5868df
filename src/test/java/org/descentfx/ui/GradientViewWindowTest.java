package org.descentfx.ui;

import static org.descentfx.ui.FxWait.onFx;
import static org.descentfx.ui.FxWait.onFxQuietly;
import static org.descentfx.ui.FxWait.waitFor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import org.descentfx.core.gradient.Covariance;
import org.descentfx.core.gradient.GradientSpread;
import org.descentfx.core.train.Point;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.ui.experiment.Experiment;
import org.descentfx.ui.gradient.GradientView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The gradient view in the window: it follows the m slider, rings the next batch, and shrinks to a point at m = n. */
class GradientViewWindowTest {

    private final FxRobot robot = new FxRobot();
    private DescentApp app;
    private Experiment experiment;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DescentApp) FxToolkit.setupApplication(DescentApp.class);
        experiment = app.window().experiment();
        waitFor(() -> onFxQuietly(() -> experiment.snapshotProperty().get() != null));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theEllipsesFollowTheMiniBatchSizeAndVanishAtFullBatch() throws Exception {
        // given
        int n = onFx(() -> experiment.datasetProperty().get().size());
        GradientView view = robot.lookup("#gradientView").queryAs(GradientView.class);
        onFx(() -> {
            tabPaneOf(view).getSelectionModel().select(2); // Contour map | 3D valley | Gradients
            return null;
        });

        // when: m = 1
        onFx(() -> {
            experiment.miniBatchSizeProperty().set(1);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> view.shownBatchSize() == 1 && view.ringedCount() == 1));
        Covariance one = onFx(view::shownCovariance);

        // then: the formula at the current point
        GradientSpread spread = onFx(this::spreadHere);
        assertThat(one.ww()).isCloseTo(spread.perExample().ww(), within(1e-12 * (1 + one.ww())));

        // when: m = 10
        onFx(() -> {
            experiment.miniBatchSizeProperty().set(10);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> view.shownBatchSize() == 10));
        Covariance ten = onFx(view::shownCovariance);

        // then
        assertThat(ten.ww()).isCloseTo(spread.perExample().ww() / 10 * (n - 10) / (n - 1.0), within(1e-12 + 1e-9 * ten.ww()));
        assertThat(ten.ww()).isLessThan(one.ww());

        // when: m = n
        onFx(() -> {
            experiment.miniBatchSizeProperty().set(n);
            return null;
        });
        waitFor(() -> onFxQuietly(() -> view.shownBatchSize() == n));

        // then
        assertThat(onFx(view::shownCovariance)).isEqualTo(Covariance.ZERO);
        assertThat(onFx(view::ringedCount)).isEqualTo(n);
    }

    private static TabPane tabPaneOf(Node node) {
        Node n = node;
        while (!(n instanceof TabPane)) {
            n = n.getParent();
        }
        return (TabPane) n;
    }

    private GradientSpread spreadHere() {
        EngineSnapshot s = experiment.snapshotProperty().get();
        Point p = s.primary().point();
        return GradientSpread.at(s.setup().model(), s.setup().data(), p.w(), p.b());
    }



}
