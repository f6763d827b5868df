package org.descentfx.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point3D;
import javafx.scene.Scene;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.descentfx.engine.TraceHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.descentfx.ui.plot.Trace;
import org.descentfx.ui.plot.ColorScale;
import org.descentfx.ui.plot.RunColors;

/**
 * The 3D view where the pipeline has no 3D (Monocle's software pipeline): it says so, and its
 * model (mesh, balls) keeps working.
 */
@ExtendWith(ApplicationExtension.class)
class ValleyViewTest {

    private static final Window WINDOW = new Window(-2, 3, -2, 1);
    private final CostGrid grid = ValleyMeshTest.paraboloid(WINDOW, 40, 30);
    private ValleyView view;

    @Start
    void start(Stage stage) {
        view = new ValleyView();
        stage.setScene(new Scene(view, 640, 480));
        stage.show();
    }

    static Trace trace(Color color, Point current, boolean visible, double[]... path) {
        TraceHistory history = new TraceHistory();
        for (int i = 0; i < path.length; i++) {
            history.append(i, i, path[i][0], path[i][1], 0, 0);
        }
        return new Trace("run", color, history, current, null, visible, false);
    }

    private void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    @Test
    void withoutScene3dTheViewExplainsWhyInsteadOfDrawing(FxRobot robot) {
        // then
        assertThat(view.is3dSupported()).isFalse();
        Label message = robot.lookup("#valley3dMessage").queryAs(Label.class);
        assertThat(message.getText()).startsWith("The 3D valley needs graphics hardware acceleration (OpenGL), "
                + "which this display does not offer. The 2D map shows the same valley and descent.");
        // and how to force it on where Mesa's software OpenGL can draw it, the way run.sh takes it
        assertThat(message.getText()).endsWith("DESCENTFX_JAVA_OPTS=-Dprism.forceGPU=true ./run.sh");
        assertThat(message.isWrapText()).isTrue();
        assertThat(message.getFont().getSize()).isGreaterThanOrEqualTo(15);
        assertThat(message.isVisible()).isTrue();
        assertThat(robot.lookup("#valley3d").queryAs(ValleyView.class)).isSameAs(view);
        assertThat(robot.lookup(node -> node instanceof SubScene).tryQuery()).isEmpty();
    }

    @Test
    void theMessageIsCentredAndFitsTheView() {
        // given
        Label message = (Label) view.lookup("#valley3dMessage");

        // then
        double middleX = message.getBoundsInParent().getCenterX();
        double middleY = message.getBoundsInParent().getCenterY();
        assertThat(middleX).isCloseTo(view.getWidth() / 2, within(2.0));
        assertThat(middleY).isCloseTo(view.getHeight() / 2, within(2.0));
        assertThat(message.getWidth()).isLessThan(view.getWidth());
        assertThat(message.getHeight()).isGreaterThan(30);
    }

    @Test
    void theApiWorksWithoutScene3dAndTheBallRestsOnTheSurface() throws Exception {
        // given
        Point current = new Point(0.4, -0.7);
        Trace run = trace(RunColors.FULL_BATCH, current, true, new double[] {-1.5, 0.5}, new double[] {0.4, -0.7});

        // when
        assertThatCode(() -> onFx(() -> {
            view.showSurface(grid);
            view.showTraces(List.of(run));
            view.resetView();
        })).doesNotThrowAnyException();

        // then: the ball's centre sits one radius above the surface at the current (w, b)
        Point3D ball = view.ballPosition(0);
        ValleyMesh mesh = view.mesh();
        assertThat(ball).isNotNull();
        assertThat(ball.getX()).isCloseTo(mesh.x(0.4), within(1e-9));
        assertThat(ball.getZ()).isCloseTo(mesh.z(-0.7), within(1e-9));
        assertThat(ball.getY()).isCloseTo(-mesh.heightAt(0.4, -0.7) - ValleyView.BALL_RADIUS, within(1e-9));
    }

    @Test
    void ballsOffTheSurfaceOrOfHiddenRunsAreNotShown() throws Exception {
        // given
        double[] inside = {0, 0};
        List<Trace> traces = List.of(
                trace(RunColors.MINI_BATCH, new Point(7, 0), true, inside),
                trace(RunColors.FULL_BATCH, new Point(Double.NaN, Double.POSITIVE_INFINITY), true, inside),
                trace(RunColors.STOCHASTIC, new Point(0, 0), false, inside),
                trace(RunColors.STOCHASTIC, new Point(0, 0), true, inside));

        // when
        onFx(() -> {
            view.showSurface(grid);
            view.showTraces(traces);
        });

        // then
        assertThat(view.ballPosition(0)).isNull();
        assertThat(view.ballPosition(1)).isNull();
        assertThat(view.ballPosition(2)).isNull();
        assertThat(view.ballPosition(3)).isNotNull();
        assertThat(view.ballPosition(4)).isNull();
        assertThat(view.ballPosition(-1)).isNull();
    }

    @Test
    void tracesBeforeAnySurfaceShowNoBallAndAppearOnceItArrives() throws Exception {
        // given
        Trace run = trace(RunColors.FULL_BATCH, new Point(1, -0.5), true, new double[] {1, -0.5});

        // when
        onFx(() -> view.showTraces(List.of(run)));

        // then
        assertThat(view.mesh()).isNull();
        assertThat(view.ballPosition(0)).isNull();

        onFx(() -> view.showSurface(grid));
        assertThat(view.ballPosition(0).getY())
                .isCloseTo(-view.mesh().heightAt(1, -0.5) - ValleyView.BALL_RADIUS, within(1e-9));
    }

    @Test
    void switchingToLinearHeightsRebuildsTheMeshAndMovesTheBall() throws Exception {
        // given: log heights by default, as the 2D map's colours
        Trace run = trace(RunColors.FULL_BATCH, new Point(1.5, -0.2), true, new double[] {1.5, -0.2});
        onFx(() -> {
            view.showSurface(grid);
            view.showTraces(List.of(run));
        });
        assertThat(view.logHeightProperty().get()).isTrue();
        double logY = view.ballPosition(0).getY();

        // when
        onFx(() -> view.logHeightProperty().set(false));

        // then
        assertThat(view.mesh().scale().log()).isFalse();
        double linearY = view.ballPosition(0).getY();
        assertThat(linearY).isCloseTo(-view.mesh().heightAt(1.5, -0.2) - ValleyView.BALL_RADIUS, within(1e-9));
        assertThat(linearY).isGreaterThan(logY);
    }

    @Test
    void theColourTextureIsTheViridisScale() throws Exception {
        // when
        WritableImage texture = WaitForAsyncUtils.asyncFx(ValleyMesh::colorTexture).get(10, TimeUnit.SECONDS);

        // then
        assertThat(texture.getWidth()).isEqualTo(ValleyMesh.TEXTURE_WIDTH);
        assertThat(texture.getHeight()).isEqualTo(1);
        PixelReader pixels = texture.getPixelReader();
        assertThat(pixels.getArgb(0, 0)).isEqualTo(ColorScale.argb(0.5 / ValleyMesh.TEXTURE_WIDTH));
        assertThat(pixels.getArgb(128, 0)).isEqualTo(ColorScale.argb(128.5 / ValleyMesh.TEXTURE_WIDTH));
        assertThat(pixels.getArgb(255, 0)).isEqualTo(ColorScale.argb(255.5 / ValleyMesh.TEXTURE_WIDTH));
    }
}
