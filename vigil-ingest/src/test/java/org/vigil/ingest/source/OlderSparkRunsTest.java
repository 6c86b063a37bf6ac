package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Event;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.store.CodedArticle;

/**
 * A Spark run written before events had dates of their own (no {@code event_date} column) reads with a warning
 * that says so and what to do, its events on their article's date as then; beside a newer corpus in the same
 * folder, the newer events keep their own dates. The Parquet files are written here by DuckDB in the job's layout
 * (docs/spark.md), with the columns each job version wrote.
 */
class OlderSparkRunsTest {
    private static final LocalDate ARTICLE = LocalDate.of(2024, 3, 7);
    private static final String SENTENCE = "Russian troops shelled the Ukrainian city of Kharkiv on Monday.";

    @TempDir
    Path dir;

    private final List<CodedArticle> read = new ArrayList<>();
    private final List<SourceFailure> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @Test
    void aRunBeforeEventDates_datesItsEventsByTheirArticle_andSaysSo() throws SQLException {
        write("old", false);

        new SparkRunSource(dir).readCoded(read::add, failures::add, warnings::add);

        assertThat(failures).isEmpty();
        assertThat(events()).extracting(Event::date, Event::dateOrigin).containsExactly(
                tuple(ARTICLE, null));
        assertThat(warnings).singleElement().asString().contains("1 of 1 event files",
                "before event dates (no event_date column)", "their article's date", "run 'vigil spark' again");
    }

    @Test
    void aFolderWithAnOlderAndANewerCorpus_keepsTheNewerEventsOwnDates() throws SQLException {
        write("old", false);
        write("new", true);

        new SparkRunSource(dir).readCoded(read::add, failures::add, warnings::add);

        assertThat(failures).isEmpty();
        assertThat(events()).extracting(Event::articleId, Event::date, Event::dateOrigin).containsExactlyInAnyOrder(
                tuple("old-1", ARTICLE, null),
                tuple("new-1", LocalDate.of(2024, 3, 4), DateOrigin.RELATIVE));
        assertThat(warnings).singleElement().asString().startsWith("1 of 2 event files");
    }

    @Test
    void aRunWithEventDates_readsWithoutWarning() throws SQLException {
        write("new", true);

        new SparkRunSource(dir).readCoded(read::add, failures::add, warnings::add);

        assertThat(events()).extracting(Event::dateOrigin).containsExactly(DateOrigin.RELATIVE);
        assertThat(warnings).isEmpty();
    }

    private List<Event> events() {
        return read.stream().flatMap(a -> a.events().stream()).toList();
    }

    /** One article of corpus {@code corpus} with one event, as a job with or without event dates wrote it. */
    private void write(String corpus, boolean eventDates) throws SQLException {
        String id = corpus + "-1";
        String dates = eventDates ? ", DATE '2024-03-04' AS event_date, 'RELATIVE' AS date_origin" : "";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("""
                    COPY (SELECT '%1$s' AS id, 'https://news.example.org/%1$s' AS url, 'example' AS source,
                                 'Shelling' AS title, 'METADATA' AS date_origin, 'en' AS language, 'coded' AS status,
                                 1 AS sentences, 1 AS events, '%2$s' AS text, 'news.jsonl:1' AS input,
                                 'news.jsonl' AS input_file, 1::BIGINT AS input_ordinal,
                                 DATE '2024-03-07' AS date, '%3$s' AS corpus)
                    TO '%4$s/articles' (FORMAT parquet, PARTITION_BY (date, corpus), OVERWRITE_OR_IGNORE)"""
                    .formatted(id, SENTENCE, corpus, dir));
            s.execute("""
                    COPY (SELECT 'e-%1$s' AS id, '%1$s' AS article_id, 0 AS event_index, 0 AS sentence,
                                 'RUS:MIL' AS source_code, 'RUS' AS source_entity, 'MIL' AS source_role,
                                 'Russian troops' AS source_text, 0 AS source_start, 14 AS source_end,
                                 'UKR' AS target_code, 'UKR' AS target_entity, NULL AS target_role,
                                 'Kharkiv' AS target_text, 45 AS target_start, 52 AS target_end,
                                 '194' AS cameo, 'Fight with artillery and tanks' AS cameo_name, '19' AS root,
                                 4 AS quad_class, -10.0::DOUBLE AS goldstein, 'ASSAULT' AS plover,
                                 'shelled' AS trigger_text, 15 AS trigger_start, 22 AS trigger_end,
                                 '%2$s' AS evidence, 0.9::DOUBLE AS confidence, 'test' AS coder_version,
                                 'UKR' AS location %3$s, DATE '2024-03-07' AS date, '%4$s' AS corpus)
                    TO '%5$s/events' (FORMAT parquet, PARTITION_BY (date, corpus), OVERWRITE_OR_IGNORE)"""
                    .formatted(id, SENTENCE, dates, corpus, dir));
        }
    }
}
