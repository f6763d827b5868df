package org.descentfx.ui.lesson;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetException;
import org.descentfx.core.data.DatasetReader;
import org.descentfx.core.lesson.Setup;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.ui.experiment.Experiment;

/**
 * A lesson's set-up done to the window: through the experiment's own properties and verbs, so the
 * controls show each change as if the learner had made it. FX thread only.
 */
final class ExperimentTarget implements LessonTarget {
    private final Experiment experiment;
    private final Consumer<String> showView;
    private final Consumer<String> notice;

    /**
     * @param showView   shows the tab "map", "valley" or "gradients"
     * @param notice     says what could not be set up, in words
     */
    ExperimentTarget(Experiment experiment, Consumer<String> showView, Consumer<String> notice) {
        this.experiment = experiment;
        this.showView = showView;
        this.notice = notice;
    }

    @Override
    public boolean selectData(String name, Path file) {
        try {
            Dataset data = file != null ? DatasetReader.read(file) : BuiltInDatasets.load(name);
            experiment.selectDataset(data);
            return true;
        } catch (DatasetException e) {
            notice.accept("The lesson's data could not be read: " + e.getMessage());
            return false;
        }
    }

    @Override
    public void selectModel(String id) {
        experiment.selectModel(Model.byId(id));
    }

    @Override
    public void setStart(Point start) {
        experiment.chooseStart(start);
    }

    @Override
    public void setLearningRate(double eta) {
        experiment.learningRateProperty().set(eta);
    }

    @Override
    public void setMiniBatchSize(int m) {
        int n = experiment.datasetProperty().get().size();
        experiment.miniBatchSizeProperty().set(m == Setup.FULL_BATCH ? n : Math.min(m, n));
    }

    @Override
    public void setSeed(long seed) {
        experiment.seedProperty().set(seed);
    }

    @Override
    public void setCompare(boolean on) {
        experiment.compareProperty().set(on);
    }

    @Override
    public void setStochastic(boolean on) {
        experiment.includeStochasticProperty().set(on);
    }

    @Override
    public void setOptimizer(String id) {
        UpdateRule.Kind kind = UpdateRule.Kind.byId(id);
        if (experiment.optimizers().optimizerProperty().get().kind() != kind) {
            experiment.optimizers().optimizerProperty().set(UpdateRule.of(kind)); // with its default constants
        }
    }

    @Override
    public void showView(String view) {
        showView.accept(view);
    }

    @Override
    public void setSpeed(double stepsPerSecond) {
        experiment.speedProperty().set(Math.min(stepsPerSecond, Experiment.SPEED_LIMIT));
    }

    @Override
    public void play() {
        experiment.play();
    }

    @Override
    public void pause() {
        experiment.pause();
    }

    @Override
    public void reset() {
        experiment.reset();
    }

    @Override
    public void stepMiniBatch() {
        experiment.stepMiniBatch();
    }

    @Override
    public void stepEpoch() {
        experiment.stepEpoch();
    }
}
