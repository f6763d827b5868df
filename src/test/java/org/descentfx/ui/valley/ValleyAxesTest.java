package org.descentfx.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.text.Text;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.CostSurface;
import org.descentfx.core.surface.Minimum;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.descentfx.ui.plot.Format;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 3D valley's axes tell the truth and can be read: each tick stands where the camera shows the
 * (w, b, C) it names (projected as {@link ValleyProjectionRenderTest} shows JavaFX draws), its
 * number beside it and nearer to it than to any other tick, and every word inside the pane, at the
 * sizes the 3D tab has in a window of 1280 × 720 (580 × 340, or 580 × 500 with the step panel
 * folded), of 1024 × 768 and of 1600 × 1000 (776 × 570). Text is measured on the FX thread, so this runs under Monocle.
 */
@ExtendWith(ApplicationExtension.class)
class ValleyAxesTest {
    private static ValleyMesh logMesh;
    private static ValleyMesh linearMesh;

    @BeforeAll
    static void valley() throws Exception {
        Dataset data = BuiltInDatasets.load("noisy-line");
        Point start = new Point(-1, -3);
        Window window = Window.around(Minimum.of(LinearNeuron.INSTANCE, data, start), start, 0.35, 1.0);
        CostGrid grid = CostSurface.compute(LinearNeuron.INSTANCE, data, window, 96, 96);
        logMesh = ValleyMesh.of(grid, true);
        linearMesh = ValleyMesh.of(grid, false);
    }

    private static AxesLayer drawn(ValleyAxes axes) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            AxesLayer layer = new AxesLayer();
            layer.show(axes);
            return layer;
        }).get(10, TimeUnit.SECONDS);
    }

    @ParameterizedTest(name = "{0} × {1}, log heights {2}")
    @CsvSource({"580, 340, true", "580, 500, true", "460, 300, true", "580, 340, false", "776, 570, true",
        "776, 570, false"})
    void eachTickStandsAtTheValueItNamesAndItsNumberBesideIt(double width, double height, boolean log)
            throws Exception {
        // given: the default view
        ValleyMesh mesh = log ? logMesh : linearMesh;
        ValleyProjection projection = ValleyProjection.of(new ValleyCamera(), width, height);

        // when
        ValleyAxes axes = ValleyAxes.of(mesh, projection);
        AxesLayer layer = drawn(axes);

        // then: at least three ticks on each axis, each on the scene point of its value
        for (ValleyAxes.Axis axis : ValleyAxes.Axis.values()) {
            assertThat(axes.ticks(axis)).as("%s ticks", axis).hasSizeGreaterThanOrEqualTo(3);
        }
        for (ValleyAxes.Tick tick : axes.ticks()) {
            Point3D at = tick.at();
            switch (tick.axis()) {
                case W -> assertThat(at.getX()).isCloseTo(mesh.x(tick.value()), within(1e-9));
                case B -> assertThat(at.getZ()).isCloseTo(mesh.z(tick.value()), within(1e-9));
                case C -> assertThat(-at.getY()).isCloseTo(mesh.scale().height(tick.value()), within(1e-9));
            }
            if (tick.axis() != ValleyAxes.Axis.C) {
                // on the surface's edge: at the height of C there
                Window window = mesh.grid().window();
                double w = tick.axis() == ValleyAxes.Axis.W ? tick.value() : (at.getX() < 0 ? window.wMin() : window.wMax());
                double b = tick.axis() == ValleyAxes.Axis.B ? tick.value() : (at.getZ() < 0 ? window.bMin() : window.bMax());
                assertThat(-at.getY()).isCloseTo(mesh.heightAt(w, b), within(1e-9));
            }
            assertThat(tick.pixel().distance(projection.project(at))).isLessThan(1e-9);
            assertThat(tick.text()).isEqualTo(Format.number(tick.value()));
        }
        // and each number sits beside its own tick: within a few pixels of it, nearer to it than to any other
        List<Text> labels = layer.labels();
        for (ValleyAxes.Axis axis : ValleyAxes.Axis.values()) {
            assertThat(labels.stream().filter(l -> ((ValleyAxes.Tick) l.getUserData()).axis() == axis))
                    .as("%s numbers", axis).hasSizeGreaterThanOrEqualTo(3);
        }
        for (Text label : labels) {
            ValleyAxes.Tick tick = (ValleyAxes.Tick) label.getUserData();
            assertThat(label.getText()).isEqualTo(tick.text());
            Bounds box = label.getBoundsInParent();
            double gap = distance(box, tick.pixel());
            assertThat(gap).as("%s %s from its tick", tick.axis(), tick.text())
                    .isBetween(TickLabels.TICK_PX, TickLabels.TICK_PX + TickLabels.GAP_PX + 1);
            for (ValleyAxes.Tick other : axes.ticks()) {
                if (other != tick) {
                    assertThat(distance(box, other.pixel())).as("%s %s, from %s %s", tick.axis(), tick.text(),
                            other.axis(), other.text()).isGreaterThan(gap);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"580, 340", "580, 500", "460, 300", "640, 480", "480, 600", "776, 570"})
    void everyWordIsInsideThePaneLargeEnoughAndApartFromTheOthers(double width, double height) throws Exception {
        // given
        ValleyProjection projection = ValleyProjection.of(new ValleyCamera(), width, height);

        // when
        AxesLayer layer = drawn(ValleyAxes.of(logMesh, projection));

        // then
        List<Bounds> words = new ArrayList<>();
        for (var node : layer.getChildren()) {
            if (node instanceof Text text) {
                assertThat(text.getFont().getSize()).isGreaterThanOrEqualTo(13);
                Bounds b = text.getBoundsInParent();
                assertThat(b.getMinX()).as("'%s' left", text.getText()).isGreaterThanOrEqualTo(0);
                assertThat(b.getMinY()).as("'%s' top", text.getText()).isGreaterThanOrEqualTo(0);
                assertThat(b.getMaxX()).as("'%s' right", text.getText()).isLessThanOrEqualTo(width);
                assertThat(b.getMaxY()).as("'%s' bottom", text.getText()).isLessThanOrEqualTo(height);
                for (Bounds other : words) {
                    assertThat(b.intersects(other)).as("'%s' overlaps another word", text.getText()).isFalse();
                }
                words.add(b);
            }
        }
        // and the whole surface is in view, and so are the axes' lines
        CostGrid grid = logMesh.grid();
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                Point2D p = projection.project(logMesh.x(grid.w(c)), -logMesh.height(c, r), logMesh.z(grid.b(r)));
                assertThat(p.getX()).as("node (%d, %d) across", c, r).isBetween(0.0, width);
                assertThat(p.getY()).as("node (%d, %d) up and down", c, r).isBetween(0.0, height);
            }
        }
        for (ValleyAxes.Line line : ValleyAxes.of(logMesh, projection).lines()) {
            for (Point2D p : line.points()) {
                assertThat(p.getX()).as("%s axis across", line.axis()).isBetween(0.0, width);
                assertThat(p.getY()).as("%s axis up and down", line.axis()).isBetween(0.0, height);
            }
        }
    }

    @ParameterizedTest(name = "log heights {0}")
    @CsvSource({"true", "false"})
    void costTicksAreRoundValuesInsideTheRangeSpreadUpTheAxis(boolean log) {
        // given
        HeightScale scale = (log ? logMesh : linearMesh).scale();

        // when
        double[] values = ValleyAxes.costValues(scale);

        // then: ascending, inside [min, max], two significant digits at most, no two at one height
        assertThat(values.length).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < values.length; i++) {
            assertThat(values[i]).isBetween(scale.min(), scale.max());
            assertThat(new java.math.BigDecimal(Format.number(values[i])).stripTrailingZeros().precision())
                    .isLessThanOrEqualTo(2);
            if (i > 0) {
                assertThat(scale.height(values[i]) - scale.height(values[i - 1])).isGreaterThan(scale.top() / 10);
            }
        }
    }

    @ParameterizedTest(name = "height {0}")
    @CsvSource({"0", "7", "35", "69.9", "70"})
    void costIsTheInverseOfHeight(double height) {
        for (HeightScale scale : List.of(logMesh.scale(), linearMesh.scale())) {
            assertThat(scale.height(scale.cost(height))).isCloseTo(height, within(1e-9));
        }
    }

    private static double distance(Bounds b, Point2D p) {
        return TickLabels.distance(b, p);
    }
}
