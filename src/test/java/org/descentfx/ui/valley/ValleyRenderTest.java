package org.descentfx.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point3D;
import javafx.geometry.VerticalDirection;
import javafx.scene.input.MouseButton;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Moments;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.CostSurface;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.descentfx.engine.TraceHistory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.descentfx.ui.plot.RunColors;
import org.descentfx.ui.plot.Trace;

/**
 * The 3D valley as a person sees it: the noisy line's long narrow valley, full-batch descent
 * zig-zagging across it, the ball where it is now. Needs the es2 pipeline (a real display or Xvfb
 * with Mesa), hence the gui tag. Leaves the picture in /tmp/valley.png.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ValleyRenderTest {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;
    private static final Point START = new Point(-1, -3);
    private static final Color RUN_COLOR = RunColors.MINI_BATCH;

    private ValleyView view;
    private Scene scene;

    @BeforeEach
    void requireScene3d() {
        Assumptions.assumeTrue(Platform.isSupported(ConditionalFeature.SCENE3D),
                "SCENE3D is not supported by this graphics pipeline");
    }

    @Start
    void start(Stage stage) throws Exception {
        Moments m = BuiltInDatasets.load("noisy-line").moments();
        Trace descent = fullBatchDescent(m, 1.7 / largestCurvature(m), 400);
        Window window = framing(descent.history());
        CostGrid grid = CostSurface.compute(LinearNeuron.INSTANCE, BuiltInDatasets.load("noisy-line"), window, 96, 96);

        view = new ValleyView();
        view.showSurface(grid);
        view.showTraces(List.of(descent));
        scene = new Scene(view, WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * The largest eigenvalue of C's Hessian [[Sxx/n + x̄², x̄], [x̄, 1]]: a step η of 1.7 over it
     * overshoots across the valley each time, the zig-zag of a narrow valley.
     */
    private static double largestCurvature(Moments m) {
        double a = m.sxx() / m.n() + m.meanX() * m.meanX();
        double c = 1;
        double b = m.meanX();
        return 0.5 * (a + c) + Math.sqrt(0.25 * (a - c) * (a - c) + b * b);
    }

    /** The window framing the whole path with a margin. */
    private static Window framing(TraceHistory history) {
        Point first = new Point(history.w(0), history.b(0));
        Window window = Window.around(first, first, 0);
        for (int i = 1; i < history.size(); i++) {
            window = window.containing(new Point(history.w(i), history.b(i)));
        }
        double mw = 0.12 * window.width();
        double mb = 0.12 * window.height();
        return new Window(window.wMin() - mw, window.wMax() + mw, window.bMin() - mb, window.bMax() + mb);
    }

    /** Eq. (8)–(9) with m = n: w ← w − η ∂C/∂w, b ← b − η ∂C/∂b, both at the same point. */
    private static Trace fullBatchDescent(Moments m, double eta, int steps) {
        TraceHistory history = new TraceHistory();
        double w = START.w();
        double b = START.b();
        for (int step = 0; step <= steps; step++) {
            history.append(step, (long) step * m.n(), w, b, Double.NaN, m.linearCost(w, b));
            double[] grad = m.linearGradient(w, b);
            w -= eta * grad[0];
            b -= eta * grad[1];
        }
        int last = history.size() - 1;
        return new Trace("full batch", RUN_COLOR, history, new Point(history.w(last), history.b(last)),
                null, true, false);
    }

    private WritableImage snapshot() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(30, TimeUnit.SECONDS);
    }

    @Test
    void theValleyTheTrajectoryAndTheBallAreDrawn() throws Exception {
        // when
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = snapshot();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File("/tmp/valley.png"));
        Point3D ball = WaitForAsyncUtils.asyncFx(() -> view.ballNode(0).localToScene(Point3D.ZERO, true))
                .get(10, TimeUnit.SECONDS);

        // then: most of the picture is the coloured surface, not the background
        PixelReader pixels = image.getPixelReader();
        int surface = 0;
        int run = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                Color c = pixels.getColor(x, y);
                if (isViridisLike(c)) {
                    surface++;
                }
                if (isRunColour(c)) {
                    run++;
                }
            }
        }
        assertThat(surface).isGreaterThan(WIDTH * HEIGHT / 5);
        assertThat(run).isGreaterThan(200);
        // and the ball is drawn where the camera projects its centre
        assertThat(ball.getX()).isBetween(0.0, (double) WIDTH);
        assertThat(ball.getY()).isBetween(0.0, (double) HEIGHT);
        int near = 0;
        for (int y = (int) ball.getY() - 6; y <= (int) ball.getY() + 6; y++) {
            for (int x = (int) ball.getX() - 6; x <= (int) ball.getX() + 6; x++) {
                if (isRunColour(pixels.getColor(x, y))) {
                    near++;
                }
            }
        }
        assertThat(near).isGreaterThan(80);
    }

    @Test
    void linearHeightsFromTheOverlayChangeThePicture(FxRobot robot) throws Exception {
        // given
        CheckBox log = robot.lookup("#valley3dLogHeight").queryAs(CheckBox.class);
        Button reset = robot.lookup("#valley3dResetView").queryAs(Button.class);
        assertThat(log.isSelected()).isTrue();
        assertThat(log.getTooltip().getText()).isEqualTo("Heights on a log scale: narrow valleys stay visible");
        assertThat(reset.getTooltip().getText()).isEqualTo("Back to the default angle");
        double logBallY = view.ballPosition(0).getY();

        // when
        robot.clickOn("#valley3dLogHeight");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertThat(view.logHeightProperty().get()).isFalse();
        assertThat(view.ballPosition(0).getY()).isNotEqualTo(logBallY);
        WritableImage image = snapshot();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File("/tmp/valley-linear.png"));
    }

    @Test
    void draggingTurnsTheValleyScrollingComesCloserAndResetViewGoesBack(FxRobot robot) {
        // given
        ValleyCamera camera = view.camera();

        // when
        robot.moveTo(view).drag(MouseButton.PRIMARY).moveBy(60, 25).release(MouseButton.PRIMARY);
        robot.scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertThat(camera.azimuth()).isNotEqualTo(ValleyCamera.DEFAULT_AZIMUTH);
        assertThat(camera.elevation()).isGreaterThan(ValleyCamera.DEFAULT_ELEVATION);
        assertThat(camera.distance()).isNotEqualTo(ValleyCamera.DEFAULT_DISTANCE);

        robot.clickOn("#valley3dResetView");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(camera.azimuth()).isEqualTo(ValleyCamera.DEFAULT_AZIMUTH);
        assertThat(camera.elevation()).isEqualTo(ValleyCamera.DEFAULT_ELEVATION);
        assertThat(camera.distance()).isEqualTo(ValleyCamera.DEFAULT_DISTANCE);
    }

    /** Not the light background and not grey: a colour of the surface, however it is shaded. */
    private static boolean isViridisLike(Color c) {
        return c.getSaturation() > 0.25 && c.getBrightness() > 0.12 && !isRunColour(c);
    }

    /** The run's red, lit or in shade: viridis has no red in it. */
    private static boolean isRunColour(Color c) {
        double hue = c.getHue();
        return (hue > 330 || hue < 15) && c.getSaturation() > 0.5 && c.getBrightness() > 0.25;
    }
}
