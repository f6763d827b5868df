package org.descentfx.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * Part 5's floor: the least a JavaFX window on this machine costs to show — a menu bar and one
 * canvas painted with 64 × 64 cells, as the map's first surface is, none of DescentFX's own code.
 * Started like the app, it writes the time of its first pulse after layout to the file named by
 * {@code DESCENTFX_STARTUP_REPORT} (the app's format) and quits.
 */
public final class BareWindow extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Canvas surface = new Canvas(800, 560);
        GraphicsContext g = surface.getGraphicsContext2D();
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 64; j++) {
                g.setFill(Color.hsb(200 + i, 0.5, 0.3 + j / 128.0));
                g.fillRect(i * 12.5, j * 8.75, 12.5, 8.75);
            }
        }
        BorderPane root = new BorderPane(surface);
        root.setTop(new MenuBar(new Menu("File"), new Menu("View"), new Menu("Train"), new Menu("Help")));
        Scene scene = new Scene(root, 1280, 720);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            long firstFrame = System.currentTimeMillis();
            scene.removePostLayoutPulseListener(once[0]);
            report(firstFrame);
            Platform.exit();
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setTitle("a bare JavaFX window");
        stage.setScene(scene);
        stage.show();
    }

    private static void report(long firstFrame) {
        String file = System.getenv("DESCENTFX_STARTUP_REPORT");
        if (file == null || file.isBlank()) {
            return;
        }
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        try {
            Files.writeString(Path.of(file), "firstFrame=" + firstFrame + "\ncpuMillis=" + cpu + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("bench: the bare window's report not written: " + e.getMessage());
        }
    }
}
