package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventCsvTest {
    @Test
    void field_quotesCommasQuotesAndLineBreaks() {
        assertThat(EventCsv.field("plain")).isEqualTo("plain");
        assertThat(EventCsv.field("Minsk, Belarus")).isEqualTo("\"Minsk, Belarus\"");
        assertThat(EventCsv.field("the \"Minsk\" format")).isEqualTo("\"the \"\"Minsk\"\" format\"");
        assertThat(EventCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(EventCsv.field(null)).isEmpty();
    }

    @Test
    void field_keepsNewsTextFromBeingReadAsAFormula_butNotNegativeScores() {
        assertThat(EventCsv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(EventCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(EventCsv.field("-10.0")).isEqualTo("-10.0");
        assertThat(EventCsv.field("-2+3")).isEqualTo("'-2+3");
    }
}
