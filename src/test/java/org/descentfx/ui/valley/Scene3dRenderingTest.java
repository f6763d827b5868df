package org.descentfx.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.Scene;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A red square of two triangles, seen through a perspective camera, must show up red in a
 * snapshot. Needs the es2 pipeline (a real display or Xvfb with Mesa), hence the gui tag.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class Scene3dRenderingTest {

    private static final int SIZE = 200;

    private SubScene subScene;

    @BeforeEach
    void requireScene3d() {
        Assumptions.assumeTrue(Platform.isSupported(ConditionalFeature.SCENE3D),
                "SCENE3D is not supported by this graphics pipeline");
    }

    @Start
    void start(Stage stage) {
        MeshView square = new MeshView(square(30));
        square.setMaterial(new PhongMaterial(Color.RED));
        square.setCullFace(CullFace.NONE);

        PerspectiveCamera camera = new PerspectiveCamera(true);
        camera.setTranslateZ(-200);
        camera.setFarClip(1000);

        subScene = new SubScene(new Group(square), SIZE, SIZE, true, SceneAntialiasing.DISABLED);
        subScene.setFill(Color.BLACK);
        subScene.setCamera(camera);

        stage.setScene(new Scene(new StackPane(subScene), SIZE, SIZE));
        stage.show();
    }

    /** A square of half-width {@code h} in the z = 0 plane, as two triangles. */
    private static TriangleMesh square(float h) {
        TriangleMesh mesh = new TriangleMesh();
        mesh.getPoints().addAll(
                -h, -h, 0,
                h, -h, 0,
                h, h, 0,
                -h, h, 0);
        mesh.getTexCoords().addAll(0, 0);
        // Counter-clockwise as the camera sees it (y points down), so the face normal points
        // at the camera and the default light, which sits at the camera, lights it.
        mesh.getFaces().addAll(
                0, 0, 2, 0, 1, 0,
                0, 0, 3, 0, 2, 0);
        return mesh;
    }

    @Test
    void meshViewRendersRedInTheMiddle() throws Exception {
        // when
        WritableImage snapshot = WaitForAsyncUtils.asyncFx(() -> subScene.snapshot(null, null))
                .get(30, TimeUnit.SECONDS);

        // then
        PixelReader pixels = snapshot.getPixelReader();
        Color middle = pixels.getColor(SIZE / 2, SIZE / 2);
        assertThat(middle.getRed()).isGreaterThan(0.5);
        assertThat(middle.getGreen()).isLessThan(0.3);
        assertThat(middle.getBlue()).isLessThan(0.3);
        Color corner = pixels.getColor(2, 2);
        assertThat(corner.getRed()).isLessThan(0.2);
    }
}
