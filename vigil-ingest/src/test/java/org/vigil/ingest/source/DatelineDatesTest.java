package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineDatesTest {
    @Test
    void readsPlaceRegionAndAbbreviatedMonthBeforeTheDash() {
        assertThat(DatelineDates.find("GAZA CITY, Gaza Strip Sept. 7, 2004 - Militants fired rockets at a town."))
                .isEqualTo(LocalDate.of(2004, 9, 7));
    }

    @Test
    void readsAFirstLineThatIsOnlyADate() {
        assertThat(DatelineDates.find("Friday, January 4, 2019\nThe ministers met in Vienna to discuss sanctions."))
                .isEqualTo(LocalDate.of(2019, 1, 4));
    }

    @Test
    void readsAWireDatelineWithADoubleDash() {
        assertThat(DatelineDates.find("KYIV (Wire), 12 March 2022 -- Shelling hit the outskirts overnight."))
                .isEqualTo(LocalDate.of(2022, 3, 12));
    }

    @Test
    void wireDatelineWithoutAYear_givesNoDate() {
        assertThat(DatelineDates.find("MOSCOW (Reuters), Sept. 7 - The ministry denied the report.")).isNull();
    }

    @Test
    void dateInTheBody_isNotTheDateline() {
        assertThat(DatelineDates.find("Negotiators said talks would resume in Geneva, and a summit is planned "
                + "for the spring after months of delay, officials said on March 5, 2025 - according to aides."))
                .isNull();
        assertThat(DatelineDates.find("The summit was set for March 5, 2025 in Geneva.")).isNull();
    }
}
