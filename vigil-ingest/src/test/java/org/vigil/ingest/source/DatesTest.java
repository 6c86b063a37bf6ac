package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-03-05                      | 2024-03-05",
            "2024-03-05T23:30:00Z            | 2024-03-05",
            "2024-03-05T23:30:00.123+03:00   | 2024-03-05",
            "2024-03-05T23:30:00+0300        | 2024-03-05",
            "2024-03-05 23:30:00             | 2024-03-05",
            "2024-03-05 23:30:00+03:00       | 2024-03-05",
            "2024-03-05T23:30:00             | 2024-03-05",
            "2024-03-05T23:30:00Z[UTC]       | 2024-03-05",
            "'Tue, 5 Mar 2024 23:30:00 GMT'  | 2024-03-05",
            "1709683200                      | 2024-03-06",
            "1709683200000                   | 2024-03-06",
    })
    void parse_acceptsDatesAndTimestamps(String text, LocalDate expected) {
        assertThat(Dates.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "2024-13-01", "05/03/2024", "March 2024"})
    void parse_rejectsTheRest(String text) {
        assertThat(Dates.parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'March 5, 2024'            | 2024-03-05",
            "'5 March 2024'             | 2024-03-05",
            "'Sept. 12, 2023'           | 2023-09-12",
            "'Tuesday, 2024-03-05'      | 2024-03-05",
    })
    void find_writtenDates(String text, LocalDate expected) {
        assertThat(Dates.find(text)).isEqualTo(expected);
    }
}
