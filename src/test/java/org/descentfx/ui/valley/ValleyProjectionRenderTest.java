package org.descentfx.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.Scene;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Sphere;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ValleyProjection} is the arithmetic JavaFX does: a sphere placed in a real SubScene seen by
 * the rig's PerspectiveCamera(true) is drawn where the projection says, within a pixel, in a wide
 * pane (vertical field of view) and a narrow one (horizontal). Needs the es2 pipeline, hence gui.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ValleyProjectionRenderTest {

    @BeforeEach
    void requireScene3d() {
        Assumptions.assumeTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "SCENE3D is not supported here");
    }

    @ParameterizedTest(name = "{0} × {1}, ball at ({2}, {3}, {4})")
    @CsvSource({"800, 500, 60, -20, 40", "500, 600, -70, -40, -50"})
    void aSphereIsDrawnWhereTheProjectionPutsItsCentre(double width, double height, double x, double y, double z)
            throws Exception {
        // given: the rig at its default angle, a red ball in the scene
        ValleyCamera rig = new ValleyCamera();
        Point3D centre = new Point3D(x, y, z);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            Sphere ball = new Sphere(3, 64);
            ball.setMaterial(new PhongMaterial(Color.RED));
            ball.setTranslateX(x);
            ball.setTranslateY(y);
            ball.setTranslateZ(z);
            PerspectiveCamera camera = new PerspectiveCamera(true);
            camera.setNearClip(ValleyScene.NEAR_CLIP);
            camera.setFarClip(6000);
            camera.setVerticalFieldOfView(ValleyProjection.verticalFieldOfView(width, height));
            camera.setFieldOfView(ValleyProjection.fieldOfView(width, height));
            camera.getTransforms().setAll(rig.transforms());
            Group world = new Group(ball, new javafx.scene.AmbientLight(Color.WHITE));
            SubScene sub = new SubScene(world, width, height, true, SceneAntialiasing.DISABLED);
            sub.setFill(Color.WHITE);
            sub.setCamera(camera);
            Stage stage = new Stage();
            stage.setScene(new Scene(new Group(sub), width, height));
            stage.show();
            return sub.snapshot(null, null);
        }).get(30, TimeUnit.SECONDS);

        // when: the red pixels' centroid
        PixelReader pixels = image.getPixelReader();
        double sx = 0;
        double sy = 0;
        int count = 0;
        for (int py = 0; py < image.getHeight(); py++) {
            for (int px = 0; px < image.getWidth(); px++) {
                Color c = pixels.getColor(px, py);
                if (c.getRed() > 0.6 && c.getGreen() < 0.3 && c.getBlue() < 0.3) {
                    sx += px + 0.5;
                    sy += py + 0.5;
                    count++;
                }
            }
        }

        // then
        Point2D expected = ValleyProjection.of(rig, width, height).project(centre);
        assertThat(count).as("red pixels").isGreaterThan(10);
        assertThat(new Point2D(sx / count, sy / count).distance(expected)).isLessThanOrEqualTo(1.0);
    }
}
