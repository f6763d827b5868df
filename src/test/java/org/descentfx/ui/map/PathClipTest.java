package org.descentfx.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.descentfx.engine.GeometricPath;
import org.junit.jupiter.api.Test;

/** What the map's pen is given for a thinned path. */
class PathClipTest {
    private final MapFrame frame = MapFrame.of(new Window(0, 10, 0, 10), 600, 500);

    @Test
    void aStraightGlideIsOneSegmentThroughTheCurrentPoint() {
        // given a run along a line, 10,000 steps
        GeometricPath path = new GeometricPath(PathClip.scaleOf(frame));
        for (int s = 0; s <= 10_000; s++) {
            path.append(s, 1 + s * 8e-4, 1 + s * 4e-4);
        }

        // when it is drawn
        PathClip.Recorder pen = new PathClip.Recorder();
        PathClip.draw(pen, frame, path, new Point(9, 5));

        // then one polyline: the start, the newest point, the current point
        assertThat(pen.polylines()).hasSize(1);
        assertThat(pen.polylines().get(0)).hasSizeLessThanOrEqualTo(3);
        assertThat(pen.polylines().get(0).get(0).getX()).isEqualTo(frame.x(1));
    }

    @Test
    void aPointThatIsNotFiniteBreaksThePath() {
        // given
        GeometricPath path = new GeometricPath(PathClip.scaleOf(frame));
        path.append(0, 1, 1);
        path.append(1, 2, 3);
        path.append(2, Double.NaN, 3);
        path.append(3, 5, 5);
        path.append(4, 6, 4);

        // when
        PathClip.Recorder pen = new PathClip.Recorder();
        PathClip.draw(pen, frame, path, null);

        // then two pieces, none across the gap
        assertThat(pen.polylines()).hasSize(2);
        assertThat(pen.polylines().get(1).get(0).getX()).isEqualTo(frame.x(5));
    }
}
