package org.descentfx.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The mouse on the map: click, double-click, wheel, drag and hover. */
@ExtendWith(ApplicationExtension.class)
class CostMapInteractionTest {
    private static final Window WINDOW = new Window(-3, 5, -2, 4);

    private CostMapView view;
    private final AtomicReference<Point> chosen = new AtomicReference<>();
    private final AtomicInteger fits = new AtomicInteger();

    @Start
    void start(Stage stage) {
        view = new CostMapView();
        view.setWindow(WINDOW);
        view.setOnChooseStart(chosen::set);
        view.setOnFit(fits::incrementAndGet);
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    @Test
    void aShiftClickChoosesTheStartUnderThePointer(FxRobot robot) throws Exception {
        // given
        Point target = new Point(1.25, 2.5);

        // when
        robot.press(KeyCode.SHIFT).clickOn(screen(target), MouseButton.PRIMARY).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> chosen.get() != null);

        // then
        MapFrame frame = view.frame();
        assertThat(chosen.get().w()).isCloseTo(target.w(), within(frame.wPerPixel()));
        assertThat(chosen.get().b()).isCloseTo(target.b(), within(frame.bPerPixel()));
        assertThat(fits.get()).isZero();
    }

    @Test
    void aPlainClickDoesNotMoveTheStart(FxRobot robot) {
        // when
        robot.clickOn(screen(new Point(1.25, 2.5)), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);

        // then
        assertThat(chosen.get()).isNull();
        assertThat(view.getWindow()).isEqualTo(WINDOW);
    }

    @Test
    void draggingTheStartMarkerChoosesTheStartWhereItIsDroppedAndDoesNotPan(FxRobot robot) throws Exception {
        // given: the start marker at (0, 0)
        robot.interact(() -> view.setStart(new Point(0, 0)));
        Point target = new Point(2, 1);

        // when
        robot.drag(screen(new Point(0, 0)), MouseButton.PRIMARY).moveTo(screen(new Point(1, 0.5)))
                .moveTo(screen(target)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> chosen.get() != null);

        // then
        MapFrame frame = view.frame();
        assertThat(chosen.get().w()).isCloseTo(target.w(), within(frame.wPerPixel()));
        assertThat(chosen.get().b()).isCloseTo(target.b(), within(frame.bPerPixel()));
        assertThat(view.getWindow()).isEqualTo(WINDOW);
    }

    @Test
    void theMapsTooltipSaysHowToMoveTheStart() {
        // the tooltip installed on the map's surface, where the pointer is
        var tips = view.getChildrenUnmodifiable().stream().flatMap(n -> n.getProperties().values().stream())
                .filter(v -> v instanceof javafx.scene.control.Tooltip).map(v -> ((javafx.scene.control.Tooltip) v).getText())
                .toList();

        assertThat(tips).anySatisfy(t -> assertThat(t).contains("Drag the start marker ◇").contains("Shift+click"));
    }

    @Test
    void aDoubleClickFitsWithoutMovingTheStart(FxRobot robot) {
        // given: a loaded machine's robot may take longer between its two clicks than a person
        robot.interact(() -> view.setDoubleClickWait(Duration.seconds(1.5)));

        // when
        robot.doubleClickOn(screen(new Point(0.5, 0.5)), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(1700, TimeUnit.MILLISECONDS);

        // then
        assertThat(fits.get()).isEqualTo(1);
        assertThat(chosen.get()).isNull();
    }

    @Test
    void theFitButtonFits(FxRobot robot) {
        // when
        robot.clickOn("#costMapFit");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertThat(fits.get()).isEqualTo(1);
        assertThat(chosen.get()).isNull();
    }

    /*
     * The wheel is turned by firing the event JavaFX delivers for it (deltaY > 0: turned up, away
     * from the user): Monocle's robot turns the wheel the other way round from the desktop robots.
     */
    @Test
    void scrollingUpZoomsInAboutThePointer(FxRobot robot) {
        // given
        Point anchor = new Point(2, 1);
        Point2D pixel = view.toPixel(anchor);

        // when: one notch up
        robot.interact(() -> Event.fireEvent(robot.lookup("#costMapPlot").query(), wheel(pixel, 40)));

        // then
        Window zoomed = view.getWindow();
        assertThat(zoomed.width()).isCloseTo(WINDOW.width() / 1.15, within(1e-9));
        assertThat(zoomed.height()).isCloseTo(WINDOW.height() / 1.15, within(1e-9));
        Point under = view.toParameters(pixel.getX(), pixel.getY());
        assertThat(under.w()).isCloseTo(anchor.w(), within(view.frame().wPerPixel()));
        assertThat(under.b()).isCloseTo(anchor.b(), within(view.frame().bPerPixel()));
    }

    @Test
    void whileTheWindowMovesByHandThePathsAreLightThenWholeOnceItKeepsStill(FxRobot robot) {
        // given the window set from code (a fit, a session): no light drawing
        robot.interact(() -> view.setWindow(new Window(-4, 6, -3, 5)));
        assertThat(view.isMoving()).isFalse();

        // when the learner scrolls
        robot.interact(() -> Event.fireEvent(robot.lookup("#costMapPlot").query(),
                wheel(view.toPixel(new Point(0, 0)), 40)));

        // then the paths are drawn light until the window has kept still a while
        assertThat(view.isMoving()).isTrue();
        WaitForAsyncUtils.sleep((long) (2 * CostMapView.SETTLE.toMillis()), TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.isMoving()).isFalse();
    }

    @Test
    void scrollingDownZoomsOut(FxRobot robot) {
        // when: two notches down
        robot.interact(() -> Event.fireEvent(robot.lookup("#costMapPlot").query(),
                wheel(view.toPixel(new Point(0, 0)), -80)));

        // then
        assertThat(view.getWindow().width()).isCloseTo(WINDOW.width() * 1.15 * 1.15, within(1e-9));
    }

    @Test
    void draggingPansWithThePointer(FxRobot robot) {
        // given
        Point2D from = screen(new Point(0, 0));
        double wPerPixel = view.frame().wPerPixel();
        double bPerPixel = view.frame().bPerPixel();

        // when: dragged 80 px right and 40 px down
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(40, 20)).moveTo(from.add(80, 40))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        // then: the window moved 80 px of w left and 40 px of b up, so (0, 0) followed the pointer
        Window panned = view.getWindow();
        assertThat(panned.wMin()).isCloseTo(WINDOW.wMin() - 80 * wPerPixel, within(wPerPixel));
        assertThat(panned.bMin()).isCloseTo(WINDOW.bMin() + 40 * bPerPixel, within(bPerPixel));
        assertThat(panned.width()).isCloseTo(WINDOW.width(), within(1e-9));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(chosen.get()).isNull();
    }

    @Test
    void hoveringReadsOutTheExactCost(FxRobot robot) {
        // given
        robot.interact(() -> view.setCostFunction((w, b) -> 3 * w * w + b));
        Point2D at = view.toPixel(new Point(1.5, 2));

        // when
        robot.moveTo(view.localToScreen(at));
        WaitForAsyncUtils.waitForFxEvents();

        // then
        Label readout = robot.lookup("#costMapReadout").queryAs(Label.class);
        Point p = view.toParameters(Math.round(at.getX()), Math.round(at.getY()));
        assertThat(readout.isVisible()).isTrue();
        assertThat(readout.getText()).startsWith("w = ").contains(", b = ").contains(", C = ");
        double shown = Double.parseDouble(readout.getText().replaceAll(".*C = ", "").replace('\u2212', '-'));
        assertThat(shown).isCloseTo(3 * p.w() * p.w() + p.b(), within(0.02));

        // when: the pointer leaves the plot
        robot.moveTo(view.localToScreen(new Point2D(20, 20)));
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertThat(readout.isVisible()).isFalse();
    }

    private ScrollEvent wheel(Point2D at, double deltaY) {
        Point2D screen = view.localToScreen(at);
        return new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), screen.getX(), screen.getY(),
                false, false, false, false, false, false, 0, deltaY, 0, deltaY, 40, 40,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    private Point2D screen(Point p) {
        return view.localToScreen(view.toPixel(p));
    }
}
