package org.descentfx.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chart's toolbar is never cut to "st… ep…": short labels where the full ones do not fit. */
@ExtendWith(ApplicationExtension.class)
class CostChartToolbarFitTest {
    private Stage stage;
    private HBox bar;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setMinWidth(0); // the primary stage may still carry the main window's minimum
        stage.setMinHeight(0);
        bar = CostChartView.toolbarFor(new CostChartView());
        stage.setScene(new Scene(new VBox(bar), 600, 100));
        stage.getScene().getStylesheets().add(getClass().getResource("/descentfx.css").toExternalForm());
        stage.show();
    }

    @ParameterizedTest
    @ValueSource(ints = {600, 330, 260, 600})
    void everyLabelIsWholeAndInside(int width) throws Exception {
        // when the chart's column is this wide
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            return null;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            bar.getScene().getRoot().applyCss();
            bar.getScene().getRoot().layout();
            return null;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        // then each button shows its own text whole, and ends inside the bar (after the pulse that relabels)
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(width).stream().noneMatch(t -> t.contains("…")));
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below says what is cut
        }
        List<String> shown = shown(width);
        assertThat(shown).hasSize(4).allSatisfy(s -> assertThat(s).doesNotContain("…").isNotEmpty());
        if (width >= 600) {
            assertThat(shown).containsExactly("steps", "epochs", "examples", "log scale");
        }
    }

    private List<String> shown(int width) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            for (Node n : bar.lookupAll(".toggle-button")) {
                out.add(check((Labeled) n, width));
            }
            out.add(check((Labeled) bar.lookup(".check-box"), width));
            return out;
        }).get(10, TimeUnit.SECONDS);
    }

    /** The text the skin draws for {@code l}; "…" if cut, "outside" if it ends past the window. */
    private static String check(Labeled l, int width) {
        Bounds b = l.localToScene(l.getBoundsInLocal());
        if (b.getMaxX() > width + 0.5) {
            return "outside… " + b;
        }
        Text t = (Text) l.lookup(".text");
        return t == null ? "" : t.getText();
    }
}
