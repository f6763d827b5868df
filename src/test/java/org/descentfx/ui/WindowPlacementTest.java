package org.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The window opens on the screen, whole, at any of the screens a classroom has. */
class WindowPlacementTest {

    @ParameterizedTest
    @CsvSource({"1600,1000", "1280,720", "1024,768", "1920,1080", "1366,768"})
    void aFreshWindowLiesWhollyOnTheScreen(double width, double height) {
        Rectangle2D screen = new Rectangle2D(0, 0, width, height - 40); // a task bar takes the rest

        Rectangle2D at = WindowPlacement.place(screen, null, List.of(screen));

        assertThat(at.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(at.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(at.getMaxX()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(at.getMaxY()).isLessThanOrEqualTo(screen.getMaxY());
        assertThat(at.getWidth()).isEqualTo(Math.min(WindowPlacement.PREFERRED_WIDTH, width));
    }

    @Test
    void theLastSizeAndPlaceComeBackWhenTheyStillFit() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1600, 1000);
        Rectangle2D last = new Rectangle2D(100, 50, 1100, 700);

        assertThat(WindowPlacement.place(screen, last, List.of(screen))).isEqualTo(last);
    }

    @Test
    void aPlaceOnAScreenNoLongerThereIsForgotten() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1024, 768);
        Rectangle2D onTheOldMonitor = new Rectangle2D(1700, 50, 1280, 800);

        Rectangle2D at = WindowPlacement.place(screen, onTheOldMonitor, List.of(screen));

        assertThat(at.getMaxX()).isLessThanOrEqualTo(1024);
        assertThat(at.getMaxY()).isLessThanOrEqualTo(768);
    }
}
