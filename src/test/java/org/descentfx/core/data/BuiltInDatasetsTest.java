package org.descentfx.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.descentfx.core.data.BuiltInDatasets.BuiltIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInDatasetsTest {
    /** The n each set's description promises. */
    private static final Map<String, Integer> DOCUMENTED_SIZES = Map.of(
            "noisy-line", 100, "centred-line", 100, "sigmoid-steps", 60, "single-example", 1, "two-valleys", 5,
            "large-line", 100_000);

    @TempDir
    Path dir;

    static Iterable<String> names() {
        return BuiltInDatasets.names();
    }

    @Test
    void catalogListsTheShippedSetsInIndexOrder() {
        assertThat(BuiltInDatasets.names())
                .containsExactly("noisy-line", "centred-line", "sigmoid-steps", "single-example", "two-valleys",
                        "large-line");
    }

    @Test
    void everySetHasATitleAndADescriptionFromItsFile() {
        assertThat(BuiltInDatasets.all()).allSatisfy(set -> {
            assertThat(set.title()).isNotBlank().doesNotStartWith("#");
            assertThat(set.description()).isNotBlank().doesNotStartWith("#");
        });
        assertThat(BuiltInDatasets.all().get(0)).extracting(BuiltIn::title).isEqualTo("Noisy line");
    }

    @ParameterizedTest
    @MethodSource("names")
    void everySetLoadsWithItsDocumentedSize(String name) throws Exception {
        Dataset data = BuiltInDatasets.load(name);

        assertThat(data.name()).isEqualTo(name);
        assertThat(data.size()).isEqualTo(DOCUMENTED_SIZES.get(name));
    }

    @Test
    void generatedSetsAreExactlyWhatTheirRecipesGive() throws Exception {
        assertThat(BuiltInDatasets.load("noisy-line")).isEqualTo(BuiltInRecipes.noisyLine());
        assertThat(BuiltInDatasets.load("centred-line")).isEqualTo(BuiltInRecipes.centredLine());
        assertThat(BuiltInDatasets.load("sigmoid-steps")).isEqualTo(BuiltInRecipes.sigmoidSteps());
    }

    @Test
    void theLargeLineIsGeneratedFromTheRecipeInItsFileOnceARun() throws Exception {
        Dataset data = BuiltInDatasets.load("large-line");

        assertThat(data).isEqualTo(new DatasetGenerator(100_000, -1, 1, 2, 1, 0.5, 1).line("large-line"));
        assertThat(data.name()).isEqualTo("large-line");
        assertThat(BuiltInDatasets.load("large-line")).as("generated once, then shared").isSameAs(data);
        assertThat(BuiltInDatasets.resolve("large-line")).isSameAs(data);
    }

    @Test
    void noisyLineIsFarFromZeroAndNearTwoXPlusOne() throws Exception {
        Moments m = BuiltInDatasets.load("noisy-line").moments();
        double w = m.sxy() / m.sxx();

        assertThat(m.meanX()).isBetween(3.5, 4.5);
        assertThat(w).isCloseTo(2.0, within(0.2));
        assertThat(m.meanY() - w * m.meanX()).isCloseTo(1.0, within(0.8));
    }

    @Test
    void centredLineIsCentredOnZero() throws Exception {
        Dataset data = BuiltInDatasets.load("centred-line");

        assertThat(data.moments().meanX()).isCloseTo(0.0, within(0.3));
        assertThat(Arrays.stream(data.xs())).allMatch(x -> x >= -2 && x <= 2);
    }

    @Test
    void singleExampleIsXOneYZero() throws Exception {
        Dataset data = BuiltInDatasets.load("single-example");

        assertThat(data.xs()).containsExactly(1.0);
        assertThat(data.ys()).containsExactly(0.0);
    }

    @Test
    void unknownNameIsAnErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> BuiltInDatasets.load("../index"))
                .isInstanceOf(DatasetException.class)
                .hasMessage("no built-in data set named '../index'; built-in sets: "
                        + "noisy-line, centred-line, sigmoid-steps, single-example, two-valleys, large-line");
    }

    @Test
    void resolveReadsAnExistingFile() throws Exception {
        // given: a file whose name is also a built-in name; the file wins
        Path file = Files.writeString(dir.resolve("noisy-line.csv"), "x,y\n5,6\n");
        // when
        Dataset data = BuiltInDatasets.resolve(file.toString());
        // then
        assertThat(data.size()).isEqualTo(1);
        assertThat(data.name()).isEqualTo("noisy-line");
    }

    @Test
    void resolveReportsTheFileItReadsIntoTrouble() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "1,2\n3,x\n");

        assertThatThrownBy(() -> BuiltInDatasets.resolve(file.toString()))
                .hasMessage(file + ", line 2, column 2: 'x' is not a number");
    }

    @Test
    void resolveLoadsABuiltInName() throws Exception {
        assertThat(BuiltInDatasets.resolve("sigmoid-steps")).isEqualTo(BuiltInDatasets.load("sigmoid-steps"));
    }

    @Test
    void resolveNamesWhatItCouldNotFind() {
        String missing = dir.resolve("nowhere.csv").toString();

        assertThatThrownBy(() -> BuiltInDatasets.resolve(missing))
                .isInstanceOf(DatasetException.class)
                .hasMessage("no file or built-in data set named '" + missing + "'; built-in sets: "
                        + "noisy-line, centred-line, sigmoid-steps, single-example, two-valleys, large-line");
    }

    @Test
    void twoValleysCarriesItsPresetsAndTheOthersNone() {
        Presets p = BuiltInDatasets.presetsOf("two-valleys");

        assertThat(p.model()).hasValue("sigmoid");
        assertThat(p.start()).hasValue(new Presets.Start(-0.6, -1.3));
        assertThat(p.learningRate()).hasValue(0.8);
        assertThat(p.miniBatchSize()).hasValue(1);
        assertThat(p.epochs()).hasValue(200);
        assertThat(p.lines()).containsExactly("preset_model: sigmoid", "preset_start: -0.6,-1.3", "preset_lr: 0.8",
                "preset_batch: 1", "preset_epochs: 200");
        assertThat(BuiltInDatasets.presetsOf("noisy-line").isEmpty()).isTrue();
        assertThat(BuiltInDatasets.presetsOf("no-such-set")).isEqualTo(Presets.NONE);
    }

    @Test
    void presetsAreReadFromCommentLinesAndABadOneIsNamed() {
        Presets p = Presets.parse(java.util.List.of("Title", "Description", "preset_lr: 0.5", "preset_batch: 3"));

        assertThat(p.learningRate()).hasValue(0.5);
        assertThat(p.miniBatchSize()).hasValue(3);
        assertThat(p.model()).isEmpty();
        assertThatThrownBy(() -> Presets.parse(java.util.List.of("preset_lr: fast")))
                .hasMessage("preset 'lr' is not a number: fast");
        assertThatThrownBy(() -> Presets.parse(java.util.List.of("preset_speed: 3")))
                .hasMessageStartingWith("unknown preset 'speed'");
        assertThatThrownBy(() -> Presets.parse(java.util.List.of("preset_batch: 0")))
                .hasMessage("preset 'batch' must be at least 1: 0");
    }
}
