package org.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Proves the UI test setup: a real Stage, robot clicks and PNG snapshots, with no display. */
@ExtendWith(ApplicationExtension.class)
class HeadlessToolkitTest {

    private Label label;
    private VBox figure;

    @Start
    void start(Stage stage) {
        label = new Label("not clicked");
        label.setId("smokeLabel");
        Button button = new Button("Click me");
        button.setId("smokeButton");
        button.setOnAction(event -> label.setText("clicked"));

        Rectangle red = new Rectangle(80, 40, Color.RED);
        Rectangle blue = new Rectangle(80, 40, Color.BLUE);
        figure = new VBox(red, blue);
        figure.setId("smokeFigure");
        figure.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        stage.setScene(new Scene(new VBox(8, button, label, figure), 320, 240));
        stage.show();
    }

    @Test
    void clickingTheButtonChangesTheLabel(FxRobot robot) {
        // given
        assertThat(label.getText()).isEqualTo("not clicked");

        // when
        robot.clickOn("#smokeButton");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertThat(robot.lookup("#smokeLabel").queryAs(Label.class).getText()).isEqualTo("clicked");
    }

    @Test
    void snapshotOfANodeIsWrittenAsPng(@TempDir Path dir) throws Exception {
        // given
        File png = dir.resolve("figure.png").toFile();

        // when
        WritableImage snapshot = WaitForAsyncUtils.asyncFx(() -> figure.snapshot(null, null))
                .get(10, TimeUnit.SECONDS);
        boolean written = ImageIO.write(SwingFXUtils.fromFXImage(snapshot, null), "png", png);

        // then
        assertThat(written).isTrue();
        BufferedImage read = ImageIO.read(png);
        assertThat(read.getWidth()).isEqualTo((int) Math.ceil(figure.getWidth()));
        assertThat(read.getHeight()).isEqualTo((int) Math.ceil(figure.getHeight()));
        assertThat(read.getWidth()).isEqualTo(80);
        assertThat(read.getHeight()).isEqualTo(80);
        int top = read.getRGB(40, 20);
        int bottom = read.getRGB(40, 60);
        assertThat(top).isNotEqualTo(bottom);
        assertThat(new java.awt.Color(top, true)).isEqualTo(java.awt.Color.RED);
        assertThat(new java.awt.Color(bottom, true)).isEqualTo(java.awt.Color.BLUE);
    }
}
