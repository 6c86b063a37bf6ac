package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.store.Reports.ACCUSE;
import static org.vigil.store.Reports.ARTILLERY;
import static org.vigil.store.Reports.TUESDAY;
import static org.vigil.store.Reports.VISIT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Event;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.store.BatchResult;
import org.vigil.core.store.CodedArticle;
import org.vigil.core.store.StoreCounts;

class DuckDbEventStoreTest {
    static final String WIRE_SENTENCE = "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday, killing three "
            + "civilians, regional officials said.";
    static final String PAPER_SENTENCE = "Three civilians were killed when Russian troops shelled Kharkiv, Ukraine's "
            + "second-largest city, on Tuesday.";

    @TempDir
    Path dir;
    DuckDbEventStore store;

    @BeforeEach
    void open() {
        store = DuckDbEventStore.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Event wireShelling() {
        return Reports.in("wire", TUESDAY, WIRE_SENTENCE)
                .source("RUS", "MIL", "Russian forces").trigger("shelled", ARTILLERY).target("UKR", null, "Kharkiv")
                .build();
    }

    static Event paperShelling(String articleId) {
        return Reports.in(articleId, TUESDAY.plusDays(1), PAPER_SENTENCE)
                .source("RUS", "MIL", "Russian troops").trigger("shelled", ARTILLERY).target("UKR", null, "Kharkiv")
                .build();
    }

    static Event visit(String articleId) {
        return Reports.in(articleId, TUESDAY,
                        "Armenian Prime Minister Nikol Pashinyan arrived in Paris on Tuesday for talks with Emmanuel "
                                + "Macron.")
                .source("ARM", "GOV", "Nikol Pashinyan").trigger("arrived", VISIT).target("FRA", null, "Paris")
                .build();
    }

    static List<CodedArticle> threeArticles() {
        return List.of(
                Reports.article("wire", TUESDAY, wireShelling()),
                Reports.article("yerevan", TUESDAY, visit("yerevan")),
                Reports.skippedArticle("ria", "skipped:language=ru"));
    }

    @Test
    void open_createsTheDirectoryTheFileAndAVersionedSchema() throws SQLException {
        assertThat(store.file()).isEqualTo(dir.resolve("data").resolve("vigil.duckdb").toAbsolutePath());
        assertThat(Files.isRegularFile(store.file())).isTrue();
        try (Connection c = store.newConnection(); ResultSet r = c.createStatement()
                .executeQuery("SELECT max(version) FROM schema_version")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(Schema.VERSION);
        }
        assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0, 0));
    }

    @Test
    void open_migratesAVersion3StoreToEventDateOrigins_olderRowsTakingTheirArticles() throws SQLException {
        store.store(threeArticles());
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("data/vigil.duckdb"));
             Statement s = c.createStatement()) {
            s.execute("ALTER TABLE events DROP COLUMN date_origin");
            s.execute("DELETE FROM schema_version WHERE version = 4");
        }

        store = DuckDbEventStore.open(dir.resolve("data"));

        try (Connection c = store.newConnection(); ResultSet r = c.createStatement().executeQuery(
                "SELECT (SELECT max(version) FROM schema_version), count(*), count(e.date_origin),"
                        + " min(coalesce(e.date_origin, a.date_origin))"
                        + " FROM events e JOIN articles a ON a.id = e.first_article_id")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(4);
            assertThat(r.getLong(2)).isEqualTo(2);
            assertThat(r.getLong(3)).isZero();
            assertThat(r.getString(4)).isEqualTo("METADATA");
        }
    }

    @Test
    void store_keepsTheDateOriginOfAnEventItsSentenceDates() throws SQLException {
        LocalDate wednesday = TUESDAY.plusDays(1);
        Event shelling = Reports.in("next-day", wednesday, WIRE_SENTENCE).source("RUS", "MIL", "Russian forces")
                .trigger("shelled", ARTILLERY).target("UKR", null, "Kharkiv").on(TUESDAY, DateOrigin.RELATIVE)
                .build();

        store.store(List.of(Reports.article("next-day", wednesday, shelling)));

        try (Connection c = store.newConnection(); ResultSet r = c.createStatement()
                .executeQuery("SELECT date, date_origin FROM events")) {
            r.next();
            assertThat(r.getObject(1, LocalDate.class)).isEqualTo(TUESDAY);
            assertThat(r.getString(2)).isEqualTo("RELATIVE");
        }
    }

    @Test
    void store_writesArticlesEventsAndMentionsWithTheirEvidence() throws SQLException {
        BatchResult result = store.store(threeArticles());

        assertThat(result).isEqualTo(new BatchResult(3, 0, 2, 0));
        assertThat(store.counts()).isEqualTo(new StoreCounts(3, 2, 2));
        try (Connection c = store.newConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT a.status, a.date_origin, a.language, length(a.text_hash), m.evidence, m.source_text,"
                        + " m.trigger_start, m.target_text, e.source_code, e.cameo, e.root, e.quad_class, e.mentions"
                        + " FROM events e JOIN mentions m ON m.event_id = e.id JOIN articles a ON a.id = m.article_id"
                        + " WHERE a.id = ?")) {
            p.setString(1, "wire");
            try (ResultSet r = p.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("coded");
                assertThat(r.getString(2)).isEqualTo("METADATA");
                assertThat(r.getString(3)).isEqualTo("en");
                assertThat(r.getInt(4)).isEqualTo(64);
                assertThat(r.getString(5)).isEqualTo(WIRE_SENTENCE);
                assertThat(r.getString(6)).isEqualTo("Russian forces");
                assertThat(r.getInt(7)).isEqualTo(WIRE_SENTENCE.indexOf("shelled"));
                assertThat(r.getString(8)).isEqualTo("Kharkiv");
                assertThat(r.getString(9)).isEqualTo("RUS:MIL");
                assertThat(r.getString(10)).isEqualTo("194");
                assertThat(r.getString(11)).isEqualTo("19");
                assertThat(r.getInt(12)).isEqualTo(4);
                assertThat(r.getInt(13)).isEqualTo(1);
            }
        }
    }

    @Test
    void store_sameBatchTwiceLeavesTheSameCounts() {
        store.store(threeArticles());
        StoreCounts before = store.counts();

        BatchResult again = store.store(threeArticles());

        assertThat(again).isEqualTo(new BatchResult(0, 3, 0, 0));
        assertThat(store.counts()).isEqualTo(before);
    }

    @Test
    void store_batchWithAKnownArticleSkipsItWholeAndStoresTheRest() {
        store.store(List.of(Reports.article("wire", TUESDAY, wireShelling())));
        // the known article comes back with an extra event: it is still skipped whole
        CodedArticle wireAgain = Reports.article("wire", TUESDAY, wireShelling(),
                Reports.in("wire", TUESDAY, "Kyiv accused Moscow of war crimes.").sentence(1)
                        .source("UKR", "GOV", "Kyiv").trigger("accused", ACCUSE).target("RUS", "GOV", "Moscow")
                        .build());

        BatchResult result = store.store(List.of(wireAgain, Reports.article("yerevan", TUESDAY, visit("yerevan"))));

        assertThat(result).isEqualTo(new BatchResult(1, 1, 1, 0));
        assertThat(store.counts()).isEqualTo(new StoreCounts(2, 2, 2));
        assertThat(store.knownArticles(Set.of("wire", "yerevan", "unseen"))).containsExactlyInAnyOrder("wire",
                "yerevan");
    }

    @Test
    void store_anArticleTwiceInOneBatchIsStoredOnce() {
        CodedArticle wire = Reports.article("wire", TUESDAY, wireShelling());

        BatchResult result = store.store(List.of(wire, wire));

        assertThat(result).isEqualTo(new BatchResult(1, 1, 1, 0));
        assertThat(store.counts()).isEqualTo(new StoreCounts(1, 1, 1));
    }

    @Test
    void store_failingBatchIsRolledBackWholeAndTheStoreStaysUsable() {
        store.store(List.of(Reports.article("wire", TUESDAY, wireShelling())));
        StoreCounts before = store.counts();
        Event stored = wireShelling();
        // An event whose id is already taken by another article's event (different dyad, so no merge): the
        // database's primary key refuses it after the batch's first article and its event were written.
        Event protest = Reports.in("clash", TUESDAY,
                        "Protesters rallied outside parliament in Tbilisi on Tuesday against the foreign agents law.")
                .source("---", "CVL", "Protesters").trigger("rallied", Reports.PROTEST)
                .target("GEO", "LEG", "parliament").build();
        Event clash = new Event(stored.id(), "clash", 0, TUESDAY, protest.source(), protest.target(), protest.code(),
                protest.trigger(), protest.evidence(), 0.8, "test-1");
        List<CodedArticle> batch = List.of(
                Reports.article("yerevan", TUESDAY, visit("yerevan")),
                Reports.article("clash", TUESDAY, clash));

        assertThatThrownBy(() -> store.store(batch))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("rolled back")
                .hasMessageContaining(store.file().toString())
                .hasMessageContaining(stored.id());

        assertThat(store.counts()).isEqualTo(before);
        assertThat(store.knownArticles(Set.of("yerevan", "clash"))).isEmpty();
        assertThat(store.store(List.of(Reports.article("yerevan", TUESDAY, visit("yerevan")))))
                .isEqualTo(new BatchResult(1, 0, 1, 0));
    }

    @Test
    void store_rejectsAnEventThatBelongsToAnotherArticleBeforeWritingAnything() {
        CodedArticle mislabelled = Reports.article("paper", TUESDAY, wireShelling());

        assertThatThrownBy(() -> store.store(List.of(Reports.article("yerevan", TUESDAY, visit("yerevan")),
                mislabelled)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("belongs to article wire").hasMessageContaining("paper");
        assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0, 0));
    }

    @Test
    void knownArticles_answersForLargeSets() {
        List<CodedArticle> many = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            many.add(Reports.skippedArticle("doc-" + i, "skipped:empty"));
        }
        store.store(many);
        Set<String> asked = new HashSet<>();
        for (int i = 0; i < 1500; i++) {
            asked.add("doc-" + i);
        }

        assertThat(store.knownArticles(asked)).hasSize(1200).contains("doc-0", "doc-1199").doesNotContain("doc-1200");
        assertThat(store.knownArticles(Set.of())).isEmpty();
    }

    @Test
    void open_again_seesWhatWasStored() {
        store.store(threeArticles());
        StoreCounts before = store.counts();
        store.close();

        store = DuckDbEventStore.open(dir.resolve("data"));

        assertThat(store.counts()).isEqualTo(before);
        assertThat(store.knownArticles(Set.of("wire", "yerevan", "ria"))).hasSize(3);
        assertThat(store.store(threeArticles())).isEqualTo(new BatchResult(0, 3, 0, 0));
    }

    @Test
    void closedStore_refusesWork() {
        store.close();

        assertThatThrownBy(() -> store.counts()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    // ---- de-duplication ---------------------------------------------------------------------------------------

    @Test
    void dedup_reportsDatedOnlyByADateGivenToTheirCorpus_neverMerge() {
        // --period gives a whole corpus one day: sharing it says nothing about being one event
        store.store(List.of(Reports.article("wire", TUESDAY, wireShelling())));

        BatchResult result = store.store(List.of(
                Reports.article("paper", TUESDAY, DateOrigin.GIVEN,
                        Reports.in("paper", TUESDAY, PAPER_SENTENCE).source("RUS", "MIL", "Russian troops")
                                .trigger("shelled", ARTILLERY).target("UKR", null, "Kharkiv").build()),
                Reports.article("wire-copy", TUESDAY, DateOrigin.GIVEN,
                        Reports.in("wire-copy", TUESDAY, WIRE_SENTENCE).source("RUS", "MIL", "Russian forces")
                                .trigger("shelled", ARTILLERY).target("UKR", null, "Kharkiv").build())));

        assertThat(result).isEqualTo(new BatchResult(2, 0, 2, 0));
        assertThat(store.store(List.of(Reports.article("later", TUESDAY.plusDays(1), paperShelling("later")))))
                .as("a dated report matches the dated event, not the given ones").isEqualTo(new BatchResult(1, 0, 0, 1));
        assertThat(store.counts()).isEqualTo(new StoreCounts(4, 3, 4));
    }

    @Test
    void dedup_twoArticlesReportingOneEventGiveOneEventWithBothMentions() throws SQLException {
        store.store(List.of(Reports.article("wire", TUESDAY, wireShelling())));

        BatchResult result = store.store(List.of(Reports.article("paper", TUESDAY.plusDays(1),
                paperShelling("paper"))));

        assertThat(result).isEqualTo(new BatchResult(1, 0, 0, 1));
        assertThat(store.counts()).isEqualTo(new StoreCounts(2, 1, 2));
        try (Connection c = store.newConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT m.article_id, m.evidence, m.source_text, e.mentions, e.first_article_id"
                        + " FROM mentions m JOIN events e ON e.id = m.event_id WHERE e.id = ? ORDER BY m.article_id")) {
            p.setString(1, wireShelling().id());
            try (ResultSet r = p.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("paper");
                assertThat(r.getString(2)).isEqualTo(PAPER_SENTENCE);
                assertThat(r.getString(3)).isEqualTo("Russian troops");
                assertThat(r.getInt(4)).isEqualTo(2);
                assertThat(r.getString(5)).isEqualTo("wire");
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("wire");
                assertThat(r.getString(2)).isEqualTo(WIRE_SENTENCE);
                assertThat(r.next()).isFalse();
            }
        }
    }

    @Test
    void dedup_doesNotMergeOtherRootsReversedDyadsOrDatesThreeDaysApart() {
        store.store(List.of(Reports.article("wire", TUESDAY, wireShelling())));
        Event accusation = Reports.in("ministry", TUESDAY,
                        "Russia accused Ukraine of shelling Kharkiv on Tuesday to blame Moscow for killing three "
                                + "civilians.")
                .source("RUS", "GOV", "Russia").trigger("accused", ACCUSE).target("UKR", null, "Ukraine").build();
        Event reversed = Reports.in("border", TUESDAY,
                        "Ukrainian forces shelled the Russian border city of Belgorod on Tuesday, killing three "
                                + "civilians, the governor said.")
                .source("UKR", "MIL", "Ukrainian forces").trigger("shelled", ARTILLERY)
                .target("RUS", null, "Belgorod").build();
        Event friday = Reports.in("friday", TUESDAY.plusDays(3),
                        "Russian forces shelled Kharkiv again on Friday, killing three civilians.")
                .source("RUS", "MIL", "Russian forces").trigger("shelled", ARTILLERY).target("UKR", null, "Kharkiv")
                .build();

        BatchResult result = store.store(List.of(
                Reports.article("ministry", TUESDAY, accusation),
                Reports.article("border", TUESDAY, reversed),
                Reports.article("friday", TUESDAY.plusDays(3), friday)));

        assertThat(result).isEqualTo(new BatchResult(3, 0, 3, 0));
        assertThat(store.counts()).isEqualTo(new StoreCounts(4, 4, 4));
    }

    @Test
    void dedup_neverMergesTwoEventsOfOneArticle() {
        store.store(List.of(Reports.article("wire", TUESDAY, wireShelling())));
        // one article, two events both like the stored one: only one of them can be another report of it
        Event first = paperShelling("paper");
        Event second = Reports.in("paper", TUESDAY, "Russian forces shelled Kharkiv again later that night.")
                .sentence(1).source("RUS", "MIL", "Russian forces").trigger("shelled", ARTILLERY)
                .target("UKR", null, "Kharkiv").build();

        BatchResult result = store.store(List.of(Reports.article("paper", TUESDAY, first, second)));

        assertThat(result).isEqualTo(new BatchResult(1, 0, 1, 1));
        assertThat(store.counts()).isEqualTo(new StoreCounts(2, 2, 3));
    }

    @Test
    void dedup_givesTheSameStoreWhateverTheBatchBoundaries() {
        List<CodedArticle> articles = List.of(
                Reports.article("wire", TUESDAY, wireShelling()),
                Reports.article("paper", TUESDAY.plusDays(1), paperShelling("paper")),
                Reports.article("yerevan", TUESDAY, visit("yerevan")),
                Reports.article("radio", TUESDAY, paperShelling("radio")));
        store.store(articles);
        StoreCounts oneBatch = store.counts();
        Set<List<Object>> rowsOneBatch = mentionRows(store);

        try (DuckDbEventStore other = DuckDbEventStore.open(dir.resolve("other"))) {
            for (CodedArticle a : articles) {
                other.store(List.of(a));
            }
            assertThat(other.counts()).isEqualTo(oneBatch).isEqualTo(new StoreCounts(4, 2, 4));
            assertThat(mentionRows(other)).isEqualTo(rowsOneBatch);
        }
    }

    @Test
    void dedup_undatedEventsAreNeverMerged() {
        Event undatedA = Reports.in("a", null, WIRE_SENTENCE)
                .source("RUS", "MIL", "Russian forces").trigger("shelled", ARTILLERY).target("UKR", null, "Kharkiv")
                .build();
        Event undatedB = Reports.in("b", null, WIRE_SENTENCE)
                .source("RUS", "MIL", "Russian forces").trigger("shelled", ARTILLERY).target("UKR", null, "Kharkiv")
                .build();

        store.store(List.of(Reports.article("a", null, undatedA), Reports.article("b", null, undatedB)));

        assertThat(store.counts()).isEqualTo(new StoreCounts(2, 2, 2));
    }

    private static Set<List<Object>> mentionRows(DuckDbEventStore s) {
        Set<List<Object>> out = new HashSet<>();
        try (Connection c = s.newConnection(); ResultSet r = c.createStatement().executeQuery(
                "SELECT m.event_id, m.article_id, m.sentence, e.mentions FROM mentions m"
                        + " JOIN events e ON e.id = m.event_id")) {
            while (r.next()) {
                out.add(List.of(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4)));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return out;
    }
}
