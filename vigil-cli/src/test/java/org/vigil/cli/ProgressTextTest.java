package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProgressTextTest {
    @Test
    void withATotal_givesTheShareTheRateAndTheTimeLeft() {
        assertThat(ProgressText.of(150, OptionalLong.of(1903), 50))
                .isEqualTo("150 of 1,903 documents (7%), 3.0 docs/s, about 9m 44s left");
    }

    @Test
    void withoutATotal_givesTheCountAndTheRate() {
        assertThat(ProgressText.of(40, OptionalLong.empty(), 8)).isEqualTo("40 documents, 5.0 docs/s");
    }

    @Test
    void whenDoneOrBeforeAnyTime_saysNothingAboutTimeLeft() {
        assertThat(ProgressText.of(10, OptionalLong.of(10), 2)).isEqualTo("10 of 10 documents (100%), 5.0 docs/s");
        assertThat(ProgressText.of(0, OptionalLong.of(10), 0)).isEqualTo("0 of 10 documents (0%), 0.0 docs/s");
    }

    @Test
    void durationsKeepTheTwoLargestUnits() {
        assertThat(ProgressText.duration(42)).isEqualTo("42s");
        assertThat(ProgressText.duration(425)).isEqualTo("7m 05s");
        assertThat(ProgressText.duration(7980)).isEqualTo("2h 13m");
    }
}
