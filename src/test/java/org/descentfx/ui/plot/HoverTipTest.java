package org.descentfx.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HoverTipTest {
    private Button button;
    private Region area;

    @Start
    void start(Stage stage) {
        button = new Button("Play");
        button.setId("tipButton");
        area = new Region();
        area.setId("tipArea");
        area.setPrefSize(200, 100);
        HoverTip.install(button, "Play or pause.", tip -> tip.setWrapText(true));
        HoverTip.install(area, "The map.");
        stage.setScene(new Scene(new VBox(8, button, area), 320, 240));
        stage.show();
    }

    @Test
    void theTooltipIsMadeAtTheFirstHoverAndTheTextIsTheAccessibleHelpBefore(FxRobot robot) {
        // given: no hover yet
        assertThat(button.getTooltip()).isNull();
        assertThat(button.getAccessibleHelp()).isEqualTo("Play or pause.");

        // when
        robot.moveTo("#tipButton");
        WaitForAsyncUtils.waitForFxEvents();

        // then: the control's own tooltip, styled
        assertThat(button.getTooltip().getText()).isEqualTo("Play or pause.");
        assertThat(button.getTooltip().isWrapText()).isTrue();
    }

    @Test
    void aNodeThatIsNotAControlGetsItsTooltipInstalled(FxRobot robot) {
        // when
        robot.moveTo("#tipArea");
        WaitForAsyncUtils.waitForFxEvents();

        // then: where Tooltip.install keeps it
        Object tip = area.getProperties().values().stream().filter(v -> v instanceof Tooltip).findFirst().orElse(null);
        assertThat(tip).isInstanceOf(Tooltip.class);
        assertThat(((Tooltip) tip).getText()).isEqualTo("The map.");
    }
}
