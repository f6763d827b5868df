package org.descentfx.ui.valley;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Translate;

/**
 * The 3D nodes of {@link ValleyView}: the shaded surface, one tube and one ball per descent, two
 * lights and the camera. Built only where the graphics pipeline supports SCENE3D (each 3D node
 * complains otherwise). FX thread only.
 */
final class ValleyScene {
    static final Color BACKGROUND = Color.web("#f5f6f8");

    final SubScene subScene;
    private final Group world = new Group();
    private final MeshView surface = new MeshView();
    private final List<TraceNodes> traces = new ArrayList<>();

    /** The nodes of one descent, reused from frame to frame. */
    private static final class TraceNodes {
        final TriangleMesh tubeMesh = new TriangleMesh();
        final MeshView tube = new MeshView(tubeMesh);
        final Sphere ball = new Sphere(ValleyView.BALL_RADIUS, 32);
        final PhongMaterial tubeMaterial = new PhongMaterial();
        final PhongMaterial ballMaterial = new PhongMaterial();

        TraceNodes() {
            tubeMesh.getTexCoords().setAll(0, 0);
            tube.setMaterial(tubeMaterial);
            ballMaterial.setSpecularColor(Color.gray(0.9));
            ballMaterial.setSpecularPower(24);
            ball.setMaterial(ballMaterial);
        }

        void paint(Color color) {
            tubeMaterial.setDiffuseColor(color);
            ballMaterial.setDiffuseColor(color);
        }
    }

    private final PerspectiveCamera camera;
    static final double NEAR_CLIP = 1;

    ValleyScene(ValleyCamera rig) {
        PhongMaterial material = new PhongMaterial(Color.WHITE);
        material.setDiffuseMap(ValleyMesh.colorTexture());
        // a faint sheen shows the curvature without glare washing out the colours
        material.setSpecularColor(Color.gray(0.12));
        material.setSpecularPower(24);
        surface.setMaterial(material);
        // from a low angle the far rim's outer side may face away: show it rather than a hole
        surface.setCullFace(CullFace.NONE);

        // the sun stands high on the default eye's side: walls facing away from it fall into shade
        AmbientLight ambient = new AmbientLight(Color.gray(0.3));
        PointLight sun = new PointLight(Color.gray(0.8));
        sun.getTransforms().setAll(new Translate(-300, -450, -200));
        world.getChildren().addAll(surface, ambient, sun);

        camera = new PerspectiveCamera(true);
        camera.setFieldOfView(ValleyProjection.FIELD_OF_VIEW);
        camera.setNearClip(NEAR_CLIP);
        camera.setFarClip(6000);
        camera.getTransforms().setAll(rig.transforms());

        subScene = new SubScene(world, 1, 1, true, SceneAntialiasing.BALANCED);
        subScene.setFill(BACKGROUND);
        subScene.setCamera(camera);
    }

    /**
     * Keeps the whole valley in view whatever the pane's shape: in a pane narrower than 4:3 the
     * field of view is fixed across, otherwise up and down ({@link ValleyProjection} does the same sums).
     */
    void resize(double width, double height) {
        double w = Math.max(1, width);
        double h = Math.max(1, height);
        subScene.setWidth(w);
        subScene.setHeight(h);
        camera.setVerticalFieldOfView(ValleyProjection.verticalFieldOfView(w, h));
        camera.setFieldOfView(ValleyProjection.fieldOfView(w, h));
    }

    void showMesh(ValleyMesh mesh) {
        surface.setMesh(mesh.triangleMesh());
    }

    /**
     * Shows descent {@code index} in {@code color}: its trail (kept as it is when {@code trail} is
     * null) and its ball centred at {@code ball} (hidden when null).
     */
    void showTrace(int index, Color color, GrowingTrail trail, Point3D ball) {
        while (traces.size() <= index) {
            TraceNodes added = new TraceNodes();
            traces.add(added);
            world.getChildren().addAll(added.tube, added.ball);
        }
        TraceNodes nodes = traces.get(index);
        nodes.paint(color);
        if (trail != null) {
            trail.layOn(nodes.tubeMesh);
            nodes.tube.setVisible(nodes.tubeMesh.getFaces().size() > 0);
        }
        nodes.ball.setVisible(ball != null);
        if (ball != null) {
            nodes.ball.setTranslateX(ball.getX());
            nodes.ball.setTranslateY(ball.getY());
            nodes.ball.setTranslateZ(ball.getZ());
        }
    }

    /** Hides the nodes of descents from {@code count} on. */
    void hideFrom(int count) {
        for (int i = count; i < traces.size(); i++) {
            traces.get(i).tube.setVisible(false);
            traces.get(i).ball.setVisible(false);
        }
    }

    /** The ball of descent {@code index}, or null when none was ever shown. */
    Sphere ball(int index) {
        return index >= 0 && index < traces.size() ? traces.get(index).ball : null;
    }
}
