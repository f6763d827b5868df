package org.descentfx.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A CSV from a European spreadsheet (';' between columns, decimal commas) and a plain comma file side by side. */
class EuropeanCsvTest {

    @Test
    void semicolonsWithDecimalCommasAreReadAsTheNumbersTheyWrite() throws Exception {
        Dataset d = read("x;y\n1,5;2,25\n-3;4,0\n0,125 ; 1e-3\n");

        assertThat(d.xs()).containsExactly(1.5, -3, 0.125);
        assertThat(d.ys()).containsExactly(2.25, 4.0, 0.001);
    }

    @Test
    void semicolonsWithDecimalPointsAreReadToo() throws Exception {
        Dataset d = read("1.5;2\n3;4.25\n");

        assertThat(d.xs()).containsExactly(1.5, 3);
        assertThat(d.ys()).containsExactly(2, 4.25);
    }

    @Test
    void aPlainCommaFileIsNeverReadAsDecimalCommas() throws Exception {
        Dataset d = read("x,y\n1,5\n2,25\n");

        assertThat(d.xs()).containsExactly(1, 2);
        assertThat(d.ys()).containsExactly(5, 25);
    }

    @Test
    void aSemicolonFileWithAThirdColumnIsRefusedNamingTheSeparator() {
        assertThatThrownBy(() -> read("x;y\n1,5;2,5\n1;2;3\n"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("line 3").hasMessageContaining("';'").hasMessageContaining("found 3");
    }

    @Test
    void aNumberWithBothAPointAndACommaIsRefusedByName() {
        assertThatThrownBy(() -> read("1.234,5;2\n"))
                .isInstanceOf(DatasetException.class).hasMessageContaining("'1.234,5'");
    }

    private static Dataset read(String text) throws DatasetException {
        return DatasetReader.read(new StringReader(text), "test.csv");
    }
}
