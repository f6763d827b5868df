package org.descentfx.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.descentfx.ui.plot.TestTraces.fx;

import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.descentfx.ui.plot.TestTraces;

@ExtendWith(ApplicationExtension.class)
class StickerTest {
    private static final Rectangle2D BOX = new Rectangle2D(10.5, 20.2, 30, 5);

    private Sticker sticker;

    @Start
    void start(Stage stage) {
        sticker = new Sticker();
        stage.setScene(new Scene(new Pane(sticker), 200, 100));
        stage.show();
    }

    private void show(Object key, Rectangle2D box) throws Exception {
        fx(() -> {
            sticker.show(key, () -> box, gc -> {
                gc.setFill(Color.RED);
                gc.fillRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
            });
            return null;
        });
    }

    @Test
    void drawsAgainOnlyWhenWhatItShowsChanges() throws Exception {
        show("a", BOX);
        show("a", BOX);
        int once = sticker.draws();
        show("b", BOX);

        assertThat(once).isEqualTo(1);
        assertThat(sticker.draws()).isEqualTo(2);
    }

    @Test
    void coversTheWholePixelsOfItsDrawingAndDrawsInItsParentsCoordinates() throws Exception {
        show("a", BOX);
        SnapshotParameters clear = new SnapshotParameters();
        clear.setFill(Color.TRANSPARENT);
        WritableImage image = fx(() -> sticker.snapshot(clear, null));

        assertThat(sticker.getLayoutX()).isEqualTo(10);
        assertThat(sticker.getLayoutY()).isEqualTo(20);
        assertThat(sticker.getWidth()).isEqualTo(31);
        assertThat(sticker.getHeight()).isEqualTo(6);
        assertThat(image.getPixelReader().getColor(15, 3)).isEqualTo(Color.RED);
        assertThat(image.getPixelReader().getColor(15, 0).getOpacity()).isBetween(0.7, 0.9);
    }

    @Test
    void nothingToShowHidesIt() throws Exception {
        show("a", BOX);
        boolean shown = sticker.isVisible();
        show("none", null);

        assertThat(shown).isTrue();
        assertThat(sticker.isVisible()).isFalse();
    }
}
