package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.store.Reports.ACCUSE;
import static org.vigil.store.Reports.AERIAL;
import static org.vigil.store.Reports.AGREEMENT;
import static org.vigil.store.Reports.ARTILLERY;
import static org.vigil.store.Reports.TUESDAY;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.store.StoreCounts;

class StoreQueriesTest {
    @TempDir
    Path dir;
    DuckDbEventStore store;
    StoreQueries queries;

    @BeforeEach
    void fill() {
        store = DuckDbEventStore.open(dir);
        queries = new StoreQueries(store);
        store.store(List.of(
                Reports.article("wire", TUESDAY, DuckDbEventStoreTest.wireShelling()),
                Reports.article("paper", TUESDAY, DuckDbEventStoreTest.paperShelling("paper")),
                Reports.article("odesa", TUESDAY.plusDays(5), Reports.in("odesa", TUESDAY.plusDays(5),
                                "Russian drones struck the port of Odesa overnight, damaging grain terminals.")
                        .source("RUS", "MIL", "Russian drones").trigger("struck", AERIAL)
                        .target("UKR", null, "Odesa").build()),
                Reports.article("kyiv", TUESDAY, Reports.in("kyiv", TUESDAY,
                                "Kyiv accused Moscow of deliberately targeting civilians in Kharkiv.")
                        .source("UKR", "GOV", "Kyiv").trigger("accused", ACCUSE).target("RUS", "GOV", "Moscow")
                        .build()),
                Reports.article("deal", TUESDAY, Reports.in("deal", TUESDAY,
                                "Kazakhstan and Uzbekistan signed a water-sharing agreement in Tashkent on Tuesday.")
                        .source("KAZ", "GOV", "Kazakhstan").trigger("signed", AGREEMENT)
                        .target("UZB", "GOV", "Uzbekistan").build()),
                Reports.skippedArticle("ria", "skipped:language=ru"),
                Reports.skippedArticle("tass", "skipped:language=ru")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void counts_countEventsOnceAndEveryMention() {
        assertThat(queries.counts()).isEqualTo(new StoreCounts(7, 4, 5)).isEqualTo(store.counts());
    }

    @Test
    void articleStatusCounts_mostFrequentFirst() {
        assertThat(queries.articleStatusCounts()).containsExactly(
                java.util.Map.entry("coded", 5L), java.util.Map.entry("skipped:language=ru", 2L));
    }

    @Test
    void datedEvents_byOriginMostFirst_andTheUndatedApart() {
        store.store(List.of(
                Reports.article("before", TUESDAY.plusDays(1), Reports.in("before", TUESDAY.plusDays(1),
                                "Belarusian police arrested dozens of protesters in Minsk on Tuesday.")
                        .source("BLR", "COP", "Belarusian police").trigger("arrested", Reports.ARREST)
                        .target("BLR", "CVL", "protesters").on(TUESDAY, DateOrigin.RELATIVE).build()),
                Reports.article("undated", null, Reports.in("undated", null,
                                "Georgian police arrested two opposition leaders in Tbilisi.")
                        .source("GEO", "COP", "Georgian police").trigger("arrested", Reports.ARREST)
                        .target("GEO", "OPP", "opposition leaders").build())));

        DatedEvents dated = queries.datedEvents();

        assertThat(dated.byOrigin()).containsExactly(Map.entry("METADATA", 4L), Map.entry("RELATIVE", 1L));
        assertThat(dated.undated()).isEqualTo(1);
        assertThat(dated.total()).isEqualTo(queries.counts().events());
    }

    @Test
    void readers_doNotSeeABatchThatFailed() {
        StoreCounts before = queries.counts();
        var clash = new org.vigil.core.model.Event(DuckDbEventStoreTest.wireShelling().id(), "late", 3, TUESDAY,
                DuckDbEventStoreTest.wireShelling().source(), null, ARTILLERY,
                DuckDbEventStoreTest.wireShelling().trigger(), DuckDbEventStoreTest.WIRE_SENTENCE, 0.5, "test-1");

        assertThatThrownBy(() -> store.store(List.of(Reports.article("late", null, clash))))
                .isInstanceOf(StoreException.class);
        assertThat(queries.counts()).isEqualTo(before);
    }
}
