package org.descentfx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What each model says it offers: its formula, its closed form, its grid, and the registry that lists it. */
class ModelCapabilitiesTest {

    static List<Model> models() {
        return Model.all();
    }

    @Test
    void theRegistryListsEachModelOnceUnderItsOwnId() {
        // when
        List<String> ids = Model.all().stream().map(Model::id).toList();

        // then
        assertThat(ids).containsExactly("linear", "sigmoid");
        for (Model m : Model.all()) {
            assertThat(Model.byId(m.id())).isSameAs(m);
        }
    }

    @Test
    void eachFormulaIsTheOneItsLegendShows() {
        assertThat(LinearNeuron.INSTANCE.formula()).isEqualTo("ŷ = w·x + b");
        assertThat(SigmoidNeuron.INSTANCE.formula()).isEqualTo("ŷ = σ(w·x + b)");
        assertThat(Model.all()).allSatisfy(m -> assertThat(m.displayName()).endsWith(m.formula()));
    }

    @Test
    void onlyTheLinearNeuronHasAClosedFormAndItAgreesWithTheSums() {
        // given
        Dataset data = new DatasetGenerator(50, -2, 3, 1.3, -0.4, 0.2, 9).line("line");
        MomentForm closed = LinearNeuron.INSTANCE.momentForm().orElseThrow();

        // when
        double cost = closed.cost(data.moments(), 0.7, 0.2);
        double[] gradient = closed.gradient(data.moments(), 0.7, 0.2);
        double[] floor = closed.floor(data.moments());
        double[] atFloor = closed.gradient(data.moments(), floor[0], floor[1]);

        // then
        assertThat(SigmoidNeuron.INSTANCE.momentForm()).isEmpty();
        double sse = LinearNeuron.INSTANCE.sumSquaredError(0.7, 0.2, data.xs(), data.ys(), 0, 50);
        assertThat(cost).isCloseTo(sse / 100, within(1e-12));
        double[] sums = new double[2];
        LinearNeuron.INSTANCE.accumulate(0.7, 0.2, data.xs(), data.ys(), 0, 50, sums);
        assertThat(gradient[0]).isCloseTo(sums[0] / 50, within(1e-12));
        assertThat(gradient[1]).isCloseTo(sums[1] / 50, within(1e-12));
        assertThat(atFloor[0]).as("∂C/∂w at the floor").isCloseTo(0, within(1e-12));
        assertThat(atFloor[1]).as("∂C/∂b at the floor").isCloseTo(0, within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("models")
    void aGridOfSumsIsEachNodesOwnSum(Model model) {
        // given: nodes where σ's split route holds, and the direct sum at each node
        Dataset data = new DatasetGenerator(30, -3, 3, 1.5, 0.5, 0.05, 4).sigmoid("soft step");
        double[] ws = {-2, -0.5, 0, 1.25, 3};
        double[] bs = {-1, 0.3, 2};

        // when
        double[] grid = model.gridSumSquaredErrors(data.xs(), data.ys(), ws, bs, () -> false);

        // then: row-major, row = b; the sigmoid's split differs from the direct sum in the last bits only
        assertThat(grid).hasSize(15);
        for (int row = 0; row < bs.length; row++) {
            for (int col = 0; col < ws.length; col++) {
                double direct = model.sumSquaredError(ws[col], bs[row], data.xs(), data.ys(), 0, 30);
                assertThat(grid[row * ws.length + col]).isCloseTo(direct, within(1e-12 * Math.max(1, direct)));
            }
        }
    }
}
