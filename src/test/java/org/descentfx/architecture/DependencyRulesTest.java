package org.descentfx.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The app's own classes keep every rule of {@link ArchitectureRules}. */
class DependencyRulesTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.descentfx");

    @Test
    void theImportSeesEveryLayerOfTheApp() {
        assertThat(APP.stream().map(c -> c.getPackageName()))
                .contains("org.descentfx", "org.descentfx.core.model", "org.descentfx.engine", "org.descentfx.output",
                        "org.descentfx.cli", "org.descentfx.ui", "org.descentfx.ui.map", "org.descentfx.ui.plot")
                .noneMatch(p -> p.startsWith("org.descentfx.planted"));
    }

    @TestFactory
    Stream<DynamicTest> theAppKeepsEveryRule() {
        return new ArchitectureRules("org.descentfx").all().entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(APP)));
    }
}
