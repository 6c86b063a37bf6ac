package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.SourceDocument;

class GivenDatesTest {
    @TempDir
    Path dir;

    @Test
    void periodOfMonthsRunsFromTheFirstDayToTheLastAndDatesItsMiddle() {
        GivenDates period = GivenDates.period("2004-08..2005-01");
        assertThat(period.from()).isEqualTo(LocalDate.of(2004, 8, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2005, 1, 31));
        assertThat(period.day()).isEqualTo(LocalDate.of(2004, 10, 31));
    }

    @Test
    void periodOfYearsAndOfDays() {
        assertThat(GivenDates.period("2004..2005").to()).isEqualTo(LocalDate.of(2005, 12, 31));
        assertThat(GivenDates.period("2020-03-01..2020-03-03").day()).isEqualTo(LocalDate.of(2020, 3, 2));
        assertThat(GivenDates.day("2019-01-04").day()).isEqualTo(LocalDate.of(2019, 1, 4));
    }

    @Test
    void badPeriodsAreNamedWithTheirFault() {
        assertThatThrownBy(() -> GivenDates.period("2004-08")).hasMessageContaining("\"2004-08\" is not a period");
        assertThatThrownBy(() -> GivenDates.period("2005..2004")).hasMessageContaining("ends (2004-12-31) before");
        assertThatThrownBy(() -> GivenDates.period("2004-13..2005")).hasMessageContaining("\"2004-13\" is not a month");
        assertThatThrownBy(() -> GivenDates.day("yesterday")).hasMessageContaining("\"yesterday\" is not a day");
    }

    @Test
    void undatedArticlesTakeTheGivenDateAndDatedOnesKeepTheirOwn() throws IOException {
        Path news = dir.resolve("news.jsonl");
        Files.writeString(news, """
                {"id": "a", "text": "Moldova recalled its ambassador from Moscow.", "date": "2021-05-02"}
                {"id": "b", "text": "Armenia protested to Azerbaijan over the border incident."}
                {"id": "c", "text": "VILNIUS, Lithuania March 3, 2022 - Lithuania expelled a Russian diplomat."}
                """);
        List<SourceDocument> docs = SourceTesting.documents(SourceTesting.readAll(
                GivenDateSource.of(new JsonlSource(news), GivenDates.period("2004-08..2005-01"))));
        assertThat(docs).extracting(d -> d.article().date()).containsExactly(
                LocalDate.of(2021, 5, 2), LocalDate.of(2004, 10, 31), LocalDate.of(2022, 3, 3));
        assertThat(docs).extracting(SourceDocument::dateOrigin).containsExactly(
                DateOrigin.METADATA, DateOrigin.GIVEN, DateOrigin.DATELINE);
    }

    @Test
    void aGivenDateOutranksAFileTime() throws IOException {
        Path text = dir.resolve("note.txt");
        Files.writeString(text, "Georgia summoned the Russian envoy over the detentions.");
        List<SourceDocument> docs = SourceTesting.documents(SourceTesting.readAll(
                GivenDateSource.of(new TextSource(text), GivenDates.day("2008-08-07"))));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.article().date()).isEqualTo(LocalDate.of(2008, 8, 7));
            assertThat(d.dateOrigin()).isEqualTo(DateOrigin.GIVEN);
        });
    }
}
