package org.descentfx.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {

    @ParameterizedTest
    @CsvSource({"1e9, 1e9", "0.01, 0.01", "0.0123, 0.0123", "2.5e-7, 2.5e-7", "-3e-5, -3e-5", "1234.5, 1234.5",
        "1, 1", "0, 0", "0.0001, 0.0001", "1e6, 1e6", "123456.789, 123456.789", "1.7976931348623157e308, 1.7976931348623157e308"})
    void exactWritesPowersOfTenAsPeopleDo(double v, String text) {
        assertThat(Format.exact(v)).isEqualTo(text);
    }

    @Test
    void exactReadsBackAsTheSameDouble() {
        // given doubles of every scale
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            double v = random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-30, 30));
            // then the text is the number, bit for bit, and never Java's 1.0E9
            String text = Format.exact(v);
            assertThat(Double.parseDouble(text)).as(text).isEqualTo(v);
            assertThat(text).doesNotContain("E");
        }
    }

    @ParameterizedTest
    @CsvSource({"1e9, 1e9", "1.5e9, 1.5e9", "0.001307, 0.001307", "5.265e-21, 5.265e-21", "123456, 1.235e5", "42, 42",
        "-17220.4, -17220", "9999.6, 10000", "99999.6, 1e5", "0.00099996, 1e-3", "1234.56, 1235", "-0.5123456, -0.5123"})
    void numberKeepsFourDigitsAndDropsTrailingZeros(double v, String text) {
        assertThat(Format.number(v)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"-0.74080, -0.7408", "1.5E9, 1.5e9", "0.0012, 0.0012", "0.00012340, 1.234e-4", "0.000, 0", "12345.0, 12345",
        "123456, 1.23456e5"})
    void aRoundedDecimalIsWrittenAsNumberWritesKeepingItsDigits(String decimal, String text) {
        assertThat(Format.decimal(new java.math.BigDecimal(decimal))).isEqualTo(text);
    }

    @Test
    void theEndsOfAScaleAreShortAndRoundingNoiseIsZero() {
        // the colour bar of a valley whose floor is zero up to rounding: C from 5.265e-21 to 30
        assertThat(Format.bound(5.265e-21, 5.265e-21, 30)).isEqualTo("0");
        // a floor that is not zero, in two digits
        assertThat(Format.bound(0.001307, 0.001307, 2.5)).isEqualTo("0.0013");
        assertThat(Format.bound(5.265e-21, 5.265e-21, 1e-18)).isEqualTo("5.3e-21");
        assertThat(Format.bound(31.47, 0.0013, 31.47)).isEqualTo("31");
    }
}
