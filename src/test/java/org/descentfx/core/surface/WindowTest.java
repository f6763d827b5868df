package org.descentfx.core.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.descentfx.core.train.Point;
import org.junit.jupiter.api.Test;

class WindowTest {

    @Test
    void rejectsEmptyReversedAndNonFiniteRanges() {
        assertThatThrownBy(() -> new Window(1, 1, 0, 1)).hasMessageContaining("w range needs min < max");
        assertThatThrownBy(() -> new Window(0, 1, 2, -2)).hasMessageContaining("b range needs min < max");
        assertThatThrownBy(() -> new Window(Double.NaN, 1, 0, 1)).hasMessageContaining("finite");
        assertThatThrownBy(() -> new Window(0, Double.POSITIVE_INFINITY, 0, 1)).hasMessageContaining("finite");
    }

    @Test
    void zoomKeepsTheAnchorAtItsPlaceAndScalesBothSpans() {
        // given
        Window window = new Window(-2, 6, 10, 14);
        double anchorW = 0.5;
        double anchorB = 13;

        // when
        Window zoomed = window.zoom(0.25, anchorW, anchorB);

        // then
        assertThat(zoomed.width()).isCloseTo(2, within(1e-12));
        assertThat(zoomed.height()).isCloseTo(1, within(1e-12));
        assertThat((anchorW - zoomed.wMin()) / zoomed.width())
                .isCloseTo((anchorW - window.wMin()) / window.width(), within(1e-12));
        assertThat((anchorB - zoomed.bMin()) / zoomed.height())
                .isCloseTo((anchorB - window.bMin()) / window.height(), within(1e-12));
    }

    @Test
    void zoomOutThenInAboutTheSamePointGivesTheWindowBack() {
        Window window = new Window(-1, 3, 0, 2);

        Window back = window.zoom(4, 2, 1.5).zoom(0.25, 2, 1.5);

        assertThat(back.wMin()).isCloseTo(-1, within(1e-12));
        assertThat(back.wMax()).isCloseTo(3, within(1e-12));
        assertThat(back.bMin()).isCloseTo(0, within(1e-12));
        assertThat(back.bMax()).isCloseTo(2, within(1e-12));
    }

    @Test
    void zoomRejectsANonPositiveFactor() {
        assertThatThrownBy(() -> new Window(0, 1, 0, 1).zoom(0, 0.5, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void panShiftsBothAxesAndKeepsTheSize() {
        Window window = new Window(0, 2, -1, 1);

        Window panned = window.pan(0.5, -3);

        assertThat(panned).isEqualTo(new Window(0.5, 2.5, -4, -2));
    }

    @Test
    void aroundFramesBothPointsWithTheMargin() {
        // given the minimum and the start of descent
        Point minimum = new Point(2, 1);
        Point start = new Point(-3, 4);

        // when
        Window window = Window.around(minimum, start, 0.1);

        // then both lie inside, a tenth of the span away from every side
        assertThat(window.contains(minimum)).isTrue();
        assertThat(window.contains(start)).isTrue();
        assertThat(window.wMin()).isCloseTo(-3.5, within(1e-12));
        assertThat(window.wMax()).isCloseTo(2.5, within(1e-12));
        assertThat(window.bMin()).isCloseTo(0.7, within(1e-12));
        assertThat(window.bMax()).isCloseTo(4.3, within(1e-12));
    }

    @Test
    void aroundOneRepeatedPointGivesTheMinimumSpan() {
        Point p = new Point(5, -7);

        Window window = Window.around(p, p, 0, 0.5);

        assertThat(window.contains(p)).isTrue();
        assertThat(window.width()).isCloseTo(0.5, within(1e-12));
        assertThat(window.height()).isCloseTo(0.5, within(1e-12));
        assertThat(window.centre()).isEqualTo(p);
    }

    @Test
    void aroundPointsFarFromZeroStillGivesAValidWindow() {
        Point p = new Point(1e18, -1e18);

        Window window = Window.around(p, p, 0.1, 1e-9);

        assertThat(window.contains(p)).isTrue();
    }

    @Test
    void containingGrowsOnlyTowardsAPointOutside() {
        // given
        Window window = new Window(0, 1, 0, 1);
        Point outside = new Point(3, 0.5);

        // when
        Window grown = window.containing(outside);

        // then
        assertThat(grown.contains(outside)).isTrue();
        assertThat(grown.wMax()).isGreaterThan(3);
        assertThat(grown.wMin()).isEqualTo(0);
        assertThat(grown.bMin()).isEqualTo(0);
        assertThat(grown.bMax()).isEqualTo(1);
        assertThat(window.containing(new Point(0.5, 0.5))).isSameAs(window);
    }
}
