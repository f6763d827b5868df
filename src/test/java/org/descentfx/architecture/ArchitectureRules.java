package org.descentfx.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dependency rules of DESIGN.md, for the packages under {@code root}: the app's own
 * ({@code org.descentfx}), or the planted fixtures of {@code PlantedViolationsTest}, so that the
 * rules checked on the app are the very rules seen to fail.
 *
 * <p>Arrows: ui → engine → core; cli → ui/output/engine/core; output → engine/core. core, engine
 * and output use the JDK only (no JavaFX, no AWT, no library). Nothing but the launcher uses cli.
 * The view folders use {@code ui.plot} and core/engine, never each other nor the rest of ui;
 * {@code ui.plot} is shared drawing and uses no feature. No package cycles. A model says what it
 * can do: nothing outside {@code core.model} asks a model for its class with {@code instanceof}.
 */
final class ArchitectureRules {
    /** The view folders under {@code ui}: each draws one picture from plain data. */
    static final List<String> VIEW_FOLDERS = List.of("map", "chart", "data", "valley", "step", "gradient", "timeline",
            "fan");

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    /** Every rule, by a name that says what it keeps. */
    Map<String, ArchRule> all() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("core", core());
        rules.put("engine", engine());
        rules.put("output", output());
        rules.put("ui", ui());
        rules.put("cli", cli());
        rules.put("onlyTheLauncherUsesCli", onlyTheLauncherUsesCli());
        for (String view : VIEW_FOLDERS) {
            rules.put("view " + view, viewFolder(view));
        }
        rules.put("plot", plot());
        rules.put("noCycles", noCycles());
        rules.put("noInstanceofOnModels", noInstanceofOnModels());
        return rules;
    }

    ArchRule core() {
        return classes().that().resideInAPackage(pkg("core..")).should()
                .onlyDependOnClassesThat(projectIn("core..").or(jdkWithoutAwt()))
                .as("core uses nothing of the project but core, and only the JDK without AWT (so no JavaFX)");
    }

    ArchRule engine() {
        return classes().that().resideInAPackage(pkg("engine..")).should()
                .onlyDependOnClassesThat(projectIn("engine..", "core..").or(jdkWithoutAwt()))
                .as("engine uses only engine and core, and only the JDK without AWT (so no JavaFX)");
    }

    ArchRule output() {
        return classes().that().resideInAPackage(pkg("output..")).should()
                .onlyDependOnClassesThat(projectIn("output..", "engine..", "core..").or(jdkWithoutAwt()))
                .as("output uses only output, engine and core, and only the JDK without AWT (so no JavaFX)");
    }

    ArchRule ui() {
        return classes().that().resideInAPackage(pkg("ui..")).should()
                .onlyDependOnClassesThat(projectIn("ui..", "output..", "engine..", "core..").or(outsideProject()))
                .as("ui uses of the project only ui, output, engine and core");
    }

    ArchRule cli() {
        return classes().that().resideInAPackage(pkg("cli..")).should()
                .onlyDependOnClassesThat(projectIn("cli..", "ui..", "output..", "engine..", "core..").or(outsideProject()))
                .as("cli uses of the project only cli, ui, output, engine and core");
    }

    ArchRule onlyTheLauncherUsesCli() {
        return noClasses().that().resideOutsideOfPackages(pkg("cli.."), root).should()
                .dependOnClassesThat().resideInAPackage(pkg("cli.."))
                .as("nothing but the launcher (the root package) uses cli");
    }

    /** A view folder draws from plot and the records of core and engine, and knows no other feature. */
    ArchRule viewFolder(String view) {
        return classes().that().resideInAPackage(pkg("ui." + view + "..")).should()
                .onlyDependOnClassesThat(projectIn("ui." + view + "..", "ui.plot..", "core..", "engine..")
                        .or(outsideProject()))
                .as("ui." + view + " uses of the project only itself, ui.plot, core and engine");
    }

    ArchRule plot() {
        return classes().that().resideInAPackage(pkg("ui.plot..")).should()
                .onlyDependOnClassesThat(projectIn("ui.plot..", "core..", "engine..").or(outsideProject()))
                .as("ui.plot, drawing shared by features, uses of the project only itself, core and engine");
    }

    ArchRule noCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .as("no cycles between the packages under " + root);
    }

    ArchRule noInstanceofOnModels() {
        return classes().that().resideOutsideOfPackage(pkg("core.model..")).should(testNoInstanceofOn(pkg("core.model..")))
                .as("nothing outside core.model tests a model's class with instanceof");
    }

    private static ArchCondition<JavaClass> testNoInstanceofOn(String modelPackage) {
        DescribedPredicate<JavaClass> model = resideInAPackage(modelPackage);
        return new ArchCondition<>("test no instanceof on a class in " + modelPackage) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaCodeUnit unit : item.getCodeUnits()) {
                    for (InstanceofCheck check : unit.getInstanceofChecks()) {
                        if (model.test(check.getRawType())) {
                            events.add(SimpleConditionEvent.violated(check, check.getOwner().getFullName() + " tests instanceof "
                                    + check.getRawType().getName() + " " + check.getSourceCodeLocation()));
                        }
                    }
                }
            }
        };
    }

    private DescribedPredicate<JavaClass> projectIn(String... packages) {
        return resideInAnyPackage(Arrays.stream(packages).map(this::pkg).toArray(String[]::new));
    }

    private DescribedPredicate<JavaClass> outsideProject() {
        return resideOutsideOfPackage(root + "..");
    }

    /** The JDK (primitives and arrays of them included), but not its windowing toolkit. */
    private static DescribedPredicate<JavaClass> jdkWithoutAwt() {
        return resideInAnyPackage("java..", "").and(resideOutsideOfPackage("java.awt..")).as("the JDK without AWT");
    }

    private String pkg(String relative) {
        return root + "." + relative;
    }
}
