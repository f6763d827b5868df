package org.descentfx.ui.timeline;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.descentfx.engine.Branch;
import org.descentfx.engine.TraceChunk;
import org.descentfx.ui.plot.HoverTip;
import org.descentfx.ui.plot.SharpCanvas;

/**
 * The run's timeline under the views: a slider ({@code #timelineSlider}) from step 0 to the
 * furthest step the first run has taken, its thumb at the step shown, with a mark at every step
 * where η or m changed (as on the chart). Dragging it asks for that step, live; the window sends
 * the request on ({@code goTo}) and shows what the training thread rebuilds. It holds no run
 * state: {@link #show} is told where the run is. Beside it, {@code #forkButton} starts a branch at
 * the step shown (Ctrl+K) and {@code #branchList} ({@link BranchMenu}) lists the branches. FX thread only.
 */
public final class TimelineBar extends HBox {
    /** About half the default thumb's width: the track starts and ends that far in from the slider's edges. */
    private static final double TRACK_INSET = 8;
    private final Slider slider = new Slider(0, 1, 0);
    private final SharpCanvas marks = new SharpCanvas(0, 5);
    private final Label where = new Label("step 0 of 0");
    private final Button forkButton = new Button("\u2387 Fork");
    private final BranchMenu branchList;
    private final LongConsumer goTo;
    /** True while {@link #show} moves the thumb: that is not a request. */
    private boolean showing;
    private long last;
    private List<Long> changeSteps = List.of();

    public TimelineBar(LongConsumer goTo, BranchVerbs verbs) {
        this.goTo = goTo;
        branchList = new BranchMenu(verbs);
        forkButton.setId("forkButton");
        forkButton.setFocusTraversable(false);
        forkButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        forkButton.setOnAction(e -> verbs.fork().run());
        HoverTip.install(forkButton, "Fork here (Ctrl+K): a new branch starts at the step shown and goes on "
                + "with the η and m of the controls; the steps after it stay as the branch you leave, drawn faint "
                + "as its ghost. At most " + Branch.MAX + " branches.");
        setId("timelineBar");
        slider.setId("timelineSlider");
        slider.setBlockIncrement(1); // a slider reached with Tab moves one step per arrow key
        slider.setFocusTraversable(true);
        slider.valueProperty().addListener((o, a, v) -> {
            if (!showing) {
                goTo.accept(Math.round(v.doubleValue()));
            }
        });
        HoverTip.install(slider, "The run's timeline: drag to any step it took and the window shows it "
                + "exactly as it was; → or Play goes on from there (Home, End: the first and the last step). "
                + "Marks: where η or m changed.");
        marks.setMouseTransparent(true);
        slider.widthProperty().addListener((o, a, b) -> paintMarks());
        marks.setOnDensity(this::paintMarks);
        // in a group, which the layout measures with the canvas' scale to the screen (SharpCanvas)
        Group held = new Group(marks);
        StackPane track = new StackPane(slider, held);
        StackPane.setAlignment(held, Pos.BOTTOM_CENTER);
        HBox.setHgrow(track, Priority.ALWAYS);
        where.setId("timelineLabel");
        // the words keep their room: it is the track that shortens when the window is narrow
        where.setMinWidth(Region.USE_PREF_SIZE);
        Label name = new Label("Timeline");
        name.setMinWidth(Region.USE_PREF_SIZE);
        track.setMinWidth(0);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 8, 2, 8));
        getChildren().addAll(name, track, where, forkButton, branchList);
    }

    /**
     * The run stands at {@code step} of a path whose furthest step is {@code last}; η or m
     * changed at {@code changes} (marked up to {@code last}). Moves the thumb without asking for a step.
     */
    public void show(long step, long last, List<TraceChunk.Change> changes) {
        showing = true;
        try {
            this.last = Math.max(step, last);
            slider.setMax(Math.max(1, this.last));
            if (!slider.isValueChanging()) {
                slider.setValue(step);
            }
            slider.setMajorTickUnit(Math.max(1, this.last / 10.0));
        } finally {
            showing = false;
        }
        where.setText("step " + step + " of " + this.last);
        List<Long> steps = changes.stream().map(TraceChunk.Change::step).filter(s -> s > 0).toList();
        if (!steps.equals(changeSteps)) {
            changeSteps = steps;
            paintMarks();
        }
    }

    /** The branches of the run's past, as the newest snapshot lists them; the fork button waits while there is no room. */
    public void showBranches(List<Branch> branches) {
        branchList.show(branches);
        forkButton.setDisable(branches.size() >= Branch.MAX);
    }

    /** Asks for {@code step} of the path (Home: 0, End: the furthest), as a drag to it would. */
    public void jumpTo(long step) {
        goTo.accept(Math.max(0, Math.min(step, last)));
    }

    private void paintMarks() {
        marks.size(slider.getWidth(), 5);
        GraphicsContext gc = marks.getGraphicsContext2D();
        double w = marks.width();
        gc.clearRect(0, 0, w, marks.height());
        gc.setFill(Color.web("#c0392b"));
        double span = Math.max(1, slider.getMax());
        for (long s : changeSteps) {
            double x = TRACK_INSET + (w - 2 * TRACK_INSET) * Math.min(1, s / span);
            gc.fillRect(Math.round(x) - 1, 0, 2, marks.height());
        }
    }
}
