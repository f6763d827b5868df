package org.descentfx.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.descentfx.planted.Launcher;
import org.descentfx.planted.cli.Cli;
import org.descentfx.planted.core.Core;
import org.descentfx.planted.core.model.Linear;
import org.descentfx.planted.engine.Engine;
import org.descentfx.planted.output.Output;
import org.descentfx.planted.ui.Ui;
import org.descentfx.planted.ui.chart.ChartView;
import org.descentfx.planted.ui.controls.Controls;
import org.descentfx.planted.ui.data.DataView;
import org.descentfx.planted.ui.experiment.Experiment;
import org.descentfx.planted.ui.export.ExportDialog;
import org.descentfx.planted.ui.fan.FanView;
import org.descentfx.planted.ui.gradient.GradientView;
import org.descentfx.planted.ui.timeline.TimelineView;
import org.descentfx.planted.ui.map.MapView;
import org.descentfx.planted.ui.plot.Plot;
import org.descentfx.planted.ui.session.SessionDialog;
import org.descentfx.planted.ui.session.UsesExport;
import org.descentfx.planted.ui.step.StepView;
import org.descentfx.planted.ui.valley.ValleyView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link ArchitectureRules} holds on a clean copy of the package tree, and fails
 * once one violating class is planted in it, naming that class.
 */
class PlantedViolationsTest {
    private static final Map<String, ArchRule> RULES = new ArchitectureRules("org.descentfx.planted").all();

    /** A class of each planted package that keeps every rule. */
    private static final List<Class<?>> CLEAN = List.of(Launcher.class, Cli.Clean.class, Core.Clean.class,
            Linear.class, Engine.Clean.class, Output.Clean.class, Ui.Clean.class, Plot.Clean.class,
            MapView.Clean.class, ChartView.Clean.class, DataView.Clean.class, ValleyView.Clean.class, StepView.Clean.class,
            GradientView.Clean.class, TimelineView.Clean.class, FanView.Clean.class,
            Experiment.class, Controls.Clean.class, SessionDialog.class, ExportDialog.class);

    @Test
    void everyRuleHoldsOnTheCleanTree() {
        JavaClasses clean = classes(CLEAN);

        for (Map.Entry<String, ArchRule> rule : RULES.entrySet()) {
            assertThatCode(() -> rule.getValue().check(clean)).as(rule.getKey()).doesNotThrowAnyException();
        }
    }

    static Stream<Arguments> plantedViolations() {
        return Stream.of(
                Arguments.of("core", Core.UsesJavaFx.class),
                Arguments.of("core", Core.UsesAwt.class),
                Arguments.of("core", Core.UsesEngine.class),
                Arguments.of("core", Core.UsesALibrary.class),
                Arguments.of("engine", Engine.UsesJavaFx.class),
                Arguments.of("engine", Engine.UsesOutput.class),
                Arguments.of("output", Output.UsesJavaFx.class),
                Arguments.of("output", Output.UsesUi.class),
                Arguments.of("ui", Ui.UsesCli.class),
                Arguments.of("ui", Ui.UsesLauncher.class),
                Arguments.of("cli", Cli.UsesLauncher.class),
                Arguments.of("onlyTheLauncherUsesCli", Ui.UsesCli.class),
                Arguments.of("view map", MapView.UsesChart.class),
                Arguments.of("view chart", ChartView.UsesExperiment.class),
                Arguments.of("view data", DataView.UsesTheShell.class),
                Arguments.of("view valley", ValleyView.UsesControls.class),
                Arguments.of("view step", StepView.UsesMap.class),
                Arguments.of("view gradient", GradientView.UsesData.class),
                Arguments.of("view timeline", TimelineView.UsesExperiment.class),
                Arguments.of("view fan", FanView.UsesMap.class),
                Arguments.of("plot", Plot.UsesMap.class),
                Arguments.of("noCycles", UsesExport.class),
                Arguments.of("noInstanceofOnModels", Controls.AsksTheModelsClass.class));
    }

    @ParameterizedTest(name = "{0} fails on {1}")
    @MethodSource("plantedViolations")
    void aPlantedViolationFailsItsRule(String ruleName, Class<?> planted) {
        // given
        ArchRule rule = RULES.get(ruleName);
        List<Class<?>> tree = new ArrayList<>(CLEAN);
        tree.add(planted);

        // when
        Throwable failure = catchThrowable(() -> rule.check(classes(tree)));

        // then
        assertThat(failure).as(ruleName).isInstanceOf(AssertionError.class)
                .hasMessageContaining(rule.getDescription()).hasMessageContaining(planted.getName());
    }

    @Test
    void everyRuleHasAPlantedViolation() {
        assertThat(plantedViolations().map(a -> (String) a.get()[0])).containsAll(RULES.keySet());
    }

    private static JavaClasses classes(List<Class<?>> classes) {
        return new ClassFileImporter().importClasses(classes.toArray(Class<?>[]::new));
    }
}
