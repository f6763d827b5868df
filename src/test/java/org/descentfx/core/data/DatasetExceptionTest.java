package org.descentfx.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class DatasetExceptionTest {
    @Test
    void messageNamesFileLineColumnAndProblem() {
        var e = new DatasetException("noisy.csv", 14, 2, "'abc' is not a number");

        assertThat(e).hasMessage("noisy.csv, line 14, column 2: 'abc' is not a number");
    }

    @Test
    void messageLeavesOutWhatIsNotKnown() {
        assertThat(new DatasetException("big.csv", 9, "more than 3 data rows"))
                .hasMessage("big.csv, line 9: more than 3 data rows");
        assertThat(new DatasetException("empty.csv", "no data rows"))
                .hasMessage("empty.csv: no data rows");
        assertThat(new DatasetException("", "no built-in data set named 'x'"))
                .hasMessage("no built-in data set named 'x'");
    }

    @Test
    void keepsTheCauseOfAnInputOutputFailure() {
        var cause = new IOException("disk gone");

        var e = new DatasetException("a.csv", "cannot read: disk gone", cause);

        assertThat(e).hasCause(cause);
        assertThat(e.line()).isZero();
        assertThat(e.column()).isZero();
    }
}
