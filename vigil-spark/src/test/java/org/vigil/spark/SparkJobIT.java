package org.vigil.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.vigil.core.coding.CandidateFilter;
import org.vigil.core.coding.DependencyEventCoder;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.source.Source;
import org.vigil.ingest.language.OpenNlpLanguageDetector;
import org.vigil.ingest.pipeline.IngestPipeline;
import org.vigil.ingest.pipeline.IngestSummary;
import org.vigil.ingest.pipeline.ProgressListener;
import org.vigil.ingest.source.ReadLimits;
import org.vigil.ingest.source.SparkRunSource;
import org.vigil.ingest.source.Sources;
import org.vigil.nlp.CoreNlpParser;
import org.vigil.store.DuckDbEventStore;

/**
 * The Spark job in local mode against the CLI's own pipeline ({@code vigil ingest}: CoreNLP, the pre-filter, the
 * dependency coder, the DuckDB store) on the same corpus: hand-written JSONL lines with every kind of bad record,
 * a WARC archive, an empty file, and the first AG News world stories when ../shared is there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobIT {
    private static final String H1 = "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday, killing three "
            + "civilians, regional officials said.";
    private static final String H2 = "Three civilians were killed when Russian troops shelled Kharkiv, Ukraine's "
            + "second-largest city, on Tuesday.";
    private static final int AG_NEWS_LINES = 30;

    @TempDir
    static Path tmp;

    private SparkSession spark;
    private Path corpus;
    private Path output;
    private IngestSummary cli;
    private RunReport report;
    private Path cliStore;

    @BeforeAll
    void runTheCliAndTheJob() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a-news.jsonl"), String.join("\n", handWritten()) + "\n");
        Path agNews = Path.of(System.getProperty("vigil.shared", "../../shared"), "data/news/ag_news_world_test.jsonl");
        if (Files.isRegularFile(agNews)) {
            try (Stream<String> lines = Files.lines(agNews)) {
                Files.write(corpus.resolve("b-agnews.jsonl"), lines.limit(AG_NEWS_LINES).toList());
            }
        }
        writeWarc(corpus.resolve("c-pages.warc.gz"));
        Files.createFile(corpus.resolve("d-empty.jsonl"));
        Files.writeString(Files.createDirectories(corpus.resolve("e-more")).resolve("news.jsonl"),
                line("n1", "2024-03-06", "Israeli aircraft struck targets in Gaza overnight, the army said.") + "\n");

        cliStore = tmp.resolve("cli-store");
        cli = ingest(cliStore, Sources.open(corpus.toString()));

        spark = SparkJob.session("local[2]");
        output = tmp.resolve("out");
        report = SparkJob.run(spark, new SparkJob.Options(corpus.toString(), output.toString(), 0));
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void reportCountsDocumentsSkipsAndFailuresAsTheCliDoes() {
        assertThat(report.read()).isEqualTo(cli.read())
                .isGreaterThanOrEqualTo(Files.exists(corpus.resolve("b-agnews.jsonl")) ? AG_NEWS_LINES + 7 : 7);
        assertThat(report.skipped()).isEqualTo(cli.skipped())
                .containsEntry("duplicate in input", 1L).containsEntry("language=rus", 1L);
        assertThat(report.failed()).isEqualTo(cli.failed())
                .containsKeys("not valid JSON", "no text", "document too large (2.1 MB > 192.0 KB, see --max-document)",
                        "empty file");
        assertThat(report.sentences()).isEqualTo(cli.sentences());
        assertThat(report.parsedSentences()).isEqualTo(cli.parsedSentences());
        assertThat(report.events()).isEqualTo(cli.events()).isPositive();
        assertThat(report.coded() + report.skipped().get("language=rus")).isEqualTo(report.articles());
    }

    @Test
    void eachEventOfTheJobIsTheEventTheCliCoded() throws SQLException {
        // every report the CLI stored (as a mention, its event possibly merged with another article's) is one
        // event row of the job, with the same sentence, evidence and spans
        List<String> cliReports = query(cliStore, """
                SELECT m.article_id, m.sentence, m.evidence, m.source_text, m.source_start, m.source_end,
                       m.trigger_text, m.trigger_start, m.trigger_end, m.target_text, m.target_start, m.target_end,
                       m.confidence
                FROM mentions m ORDER BY ALL""");
        List<String> sparkReports = parquet("""
                SELECT article_id, sentence, evidence, source_text, source_start, source_end, trigger_text,
                       trigger_start, trigger_end, target_text, target_start, target_end, confidence
                FROM %s ORDER BY ALL""", SparkRunSource.EVENTS);
        assertThat(sparkReports).hasSize((int) report.events()).isEqualTo(cliReports);
        // and every event the CLI stored has the job's id for its first report, with the same codes and actors
        List<String> cliEvents = query(cliStore, """
                SELECT id, first_article_id, date, source_code, source_entity, source_role, target_code,
                       target_entity, target_role, cameo, root, quad_class, goldstein, plover, coder_version, location,
                       date_origin
                FROM events ORDER BY id""");
        List<String> sparkEvents = parquet("""
                SELECT id, article_id, event_date, source_code, source_entity, source_role, target_code,
                       target_entity, target_role, cameo, root, quad_class, goldstein, plover, coder_version, location,
                       date_origin
                FROM %s WHERE id IN (SELECT id FROM cli.events) ORDER BY id""", SparkRunSource.EVENTS);
        assertThat(sparkEvents).isNotEmpty().isEqualTo(cliEvents);
    }

    @Test
    void anEventKeepsTheDayItsSentenceGives_besideItsArticlesDate() throws SQLException {
        // h2, of Wednesday 6 March, says the city was shelled "on Tuesday"
        assertThat(parquet("SELECT event_date || ' ' || date_origin || ' ' || date FROM %s WHERE article_id = 'h2'",
                SparkRunSource.EVENTS)).isNotEmpty().allMatch(e -> e.equals("2024-03-05 RELATIVE 2024-03-06"));
    }

    @Test
    void ingestingTheOutputBuildsTheStoreTheCliBuilt() throws SQLException {
        Source run = Sources.open(output.toString());
        assertThat(run).isInstanceOf(SparkRunSource.class);
        Path imported = tmp.resolve("imported-store");
        List<String> failures = new ArrayList<>();
        IngestSummary first = ingest(imported, run, failures);
        assertThat(failures).isEmpty();
        assertThat(first.stored()).isEqualTo(cli.stored());

        for (String table : List.of("articles", "events", "mentions")) {
            // everything but the time of storing
            String sql = "SELECT * " + (table.equals("articles") ? "EXCLUDE (stored_at) " : "") + "FROM " + table
                    + " ORDER BY ALL";
            assertThat(query(imported, sql)).as(table).isNotEmpty().isEqualTo(query(cliStore, sql));
        }

        IngestSummary again = ingest(imported, Sources.open(output.toString()));
        assertThat(again.stored()).isZero();
        assertThat(again.skipped()).isEqualTo(Map.of("already stored", first.read()));
    }

    @Test
    void failuresNameEachBadRecordAsTheCliDoes() throws SQLException {
        List<String> failures = parquet("SELECT input || ' | ' || reason FROM %s ORDER BY 1", "failures");
        String news = corpus.resolve("a-news.jsonl").toString();
        assertThat(failures).hasSize((int) report.failedTotal()).anySatisfy(f -> assertThat(f)
                        .startsWith(news + ":3 | not valid JSON"))
                .contains(news + ":4 | no text", corpus.resolve("d-empty.jsonl") + " | empty file")
                .anySatisfy(f -> assertThat(f).startsWith(news + ":8 | document too large"));
    }

    @Test
    void eventsArePartitionedByDateWithUndatedOnesInTheNullPartition() {
        // dates as text: decoding a DATE to java.sql.Date on the driver needs
        // --add-opens=java.base/sun.util.calendar=ALL-UNNAMED on Java 17 (docs/spark.md)
        List<Row> dates = spark.read().parquet(output.resolve("events").toString())
                .selectExpr("CAST(date AS STRING)").distinct().collectAsList();
        assertThat(spark.read().parquet(output.resolve("events").toString()).schema().apply("date").dataType())
                .isEqualTo(DataTypes.DateType);
        assertThat(dates).extracting(r -> r.get(0) == null ? "null" : r.get(0).toString())
                .contains("2024-03-05", "null");
        assertThat(output.resolve("events/date=2024-03-05/corpus=" + report.corpus())).isDirectory();
        assertThat(output.resolve("events/date=" + SparkJob.NULL_PARTITION + "/corpus=" + report.corpus()))
                .isDirectory();
    }

    @Test
    void runningAgainReplacesItsPartitionsAndLeavesOtherInputsAlone() throws IOException, SQLException {
        Path small = Files.createDirectories(tmp.resolve("small"));
        Files.writeString(small.resolve("news.jsonl"), String.join("\n", handWritten()) + "\n");
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("news.jsonl"), line("o1", "2024-03-06",
                "NATO condemned the missile test carried out by North Korea on Monday.") + "\n");
        Path out = tmp.resolve("rerun-out");
        RunReport first = SparkJob.run(spark, new SparkJob.Options(small.toString(), out.toString(), 2));
        RunReport otherRun = SparkJob.run(spark, new SparkJob.Options(other.toString(), out.toString(), 2));
        List<String> before = parquetAt(out, "SELECT corpus, id FROM %s ORDER BY ALL", "events");
        List<String> articlesBefore = parquetAt(out, "SELECT corpus, id FROM %s ORDER BY ALL", "articles");
        List<Path> filesBefore = parquetFiles(out.resolve("events"));

        SparkJob.run(spark, new SparkJob.Options(small.toString(), out.toString(), 3));

        assertThat(parquetAt(out, "SELECT corpus, id FROM %s ORDER BY ALL", "events")).isEqualTo(before)
                .doesNotHaveDuplicates();
        assertThat(parquetAt(out, "SELECT corpus, id FROM %s ORDER BY ALL", "articles")).isEqualTo(articlesBefore)
                .doesNotHaveDuplicates()
                .anySatisfy(r -> assertThat(r).startsWith(otherRun.corpus() + " | o1"));
        assertThat(parquetAt(out, "SELECT count(*) FROM %s WHERE metric = 'documents'", "report"))
                .containsExactly("2");
        List<Path> filesAfter = parquetFiles(out.resolve("events"));
        assertThat(filesAfter).filteredOn(p -> p.toString().contains("corpus=" + first.corpus()))
                .isNotEmpty().doesNotContainAnyElementsOf(filesBefore);
        assertThat(filesAfter).filteredOn(p -> p.toString().contains("corpus=" + otherRun.corpus()))
                .isEqualTo(filesBefore.stream().filter(p -> p.toString().contains("corpus=" + otherRun.corpus()))
                        .toList());

        // the input loses its article of 2024-03-06: that partition of the input goes, the other input's stays
        Files.writeString(small.resolve("news.jsonl"), line("h1", "2024-03-05", H1) + "\n");
        RunReport last = SparkJob.run(spark, new SparkJob.Options(small.toString(), out.toString(), 0));
        assertThat(last.failed()).isEmpty();
        assertThat(out.resolve("articles/date=2024-03-06/corpus=" + first.corpus())).doesNotExist();
        assertThat(out.resolve("articles/date=2024-03-06/corpus=" + otherRun.corpus())).isDirectory();
        assertThat(out.resolve("failures/corpus=" + first.corpus())).doesNotExist();
        assertThat(parquetAt(out, "SELECT id FROM %s WHERE corpus = '" + first.corpus() + "'", "articles"))
                .containsExactly("h1");
    }

    @Test
    void theInputLimitsOfTheSubmitLineHoldOnTheExecutors() throws IOException, SQLException {
        Path in = Files.createDirectories(tmp.resolve("limited"));
        Path news = Files.writeString(in.resolve("news.jsonl"), line("h1", "2024-03-05", H1) + "\n"
                + line("long", "2024-03-05", "Word ".repeat(1_000)) + "\n");
        Path out = tmp.resolve("limited-out");
        SparkJob.Options options = SparkJob.Options.parse(new String[] {"--input", in.toString(), "--output",
            out.toString(), "--partitions", "1", "--max-document", "2KB"});
        assertThat(options.limits()).isEqualTo(ReadLimits.DEFAULT.withDocumentBytes(2048));
        try {
            RunReport limited = SparkJob.run(spark, options);
            assertThat(limited.failedTotal()).isEqualTo(1);
        } finally {
            ReadLimits.use(ReadLimits.DEFAULT);
        }
        assertThat(parquetAt(out, "SELECT input || ' | ' || reason FROM %s", "failures")).singleElement()
                .satisfies(f -> assertThat(f).startsWith(news + ":2 | document too large (")
                        .endsWith(" > 2.0 KB, see --max-document)"));
        assertThat(parquetAt(out, "SELECT id FROM %s", "articles")).containsExactly("h1");
    }

    // --- the corpus

    private static List<String> handWritten() {
        return List.of(
                line("h1", "2024-03-05", H1),
                line("h2", "2024-03-06", H2),
                "{\"id\": \"bad\", \"text\": \"unterminated",
                line("empty", "2024-03-05", "   "),
                line("ru", "2024-03-05", "Российские войска обстреляли Харьков во вторник, погибли три мирных "
                        + "жителя, сообщили местные власти."),
                line("h1", "2024-03-05", H1),
                "{\"url\": \"https://example.org/news/1\", \"text\": \"NATO condemned the missile test carried out "
                        + "by North Korea on Monday.\"}",
                line("huge", "2024-03-05", "Word ".repeat(450_000)),
                "{\"text\": \"Iran rejected the proposal.\", \"date\": \"yesterday\"}");
    }

    private static String line(String id, String date, String text) {
        return "{\"id\": \"" + id + "\", \"date\": \"" + date + "\", \"source\": \"test\", \"text\": \""
                + text.replace("\"", "\\\"") + "\"}";
    }

    private static void writeWarc(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            page(writer, "https://news.example.org/eu-iran", "EU sanctions Iran",
                    "The European Union imposed new sanctions on Iran on Monday over its nuclear programme.");
            page(writer, "https://news.example.org/talks", "Talks",
                    "Chinese officials met Russian diplomats in Beijing to discuss trade.");
        }
    }

    private static void page(WarcWriter writer, String url, String title, String text) throws IOException {
        String html = "<!DOCTYPE html><html><head><title>" + title + "</title><meta property=\"article:published_time\""
                + " content=\"2024-03-05T09:00:00Z\"></head><body><article><h1>" + title + "</h1><p>" + text
                + "</p></article></body></html>";
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=UTF-8"), html.getBytes(StandardCharsets.UTF_8)).build();
        writer.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-03-06T00:00:00Z"))
                .body(http).build());
    }

    // --- the CLI's pipeline, and reading what was written

    /** What {@code vigil ingest} does (Workbench.ingest with Engine.standard()), with its own engine. */
    private IngestSummary ingest(Path store, Source source) {
        return ingest(store, source, new ArrayList<>());
    }

    private IngestSummary ingest(Path store, Source source, List<String> failures) {
        Dictionaries dictionaries = CliEngine.DICTIONARIES;
        ProgressListener listener = new ProgressListener() {
            @Override
            public void failed(org.vigil.core.source.SourceFailure failure) {
                failures.add(failure.toString());
            }
        };
        try (DuckDbEventStore opened = DuckDbEventStore.open(store)) {
            return new IngestPipeline(CliEngine.PARSER, new CandidateFilter(dictionaries),
                    new DependencyEventCoder(dictionaries), CliEngine.LANGUAGE, opened,
                    new IngestPipeline.Settings(2, 50)).run(List.of(source), listener);
        }
    }

    /** The CLI side's models, loaded once and apart from the job's executor engine. */
    private static final class CliEngine {
        static final Dictionaries DICTIONARIES = Dictionaries.loadDefault();
        static final CoreNlpParser PARSER = new CoreNlpParser();
        static final OpenNlpLanguageDetector LANGUAGE = new OpenNlpLanguageDetector();
    }

    private static List<String> query(Path store, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.resolve(DuckDbEventStore.FILE_NAME),
                readOnly()); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return rows(r);
        }
    }

    /** A query over one table of the job's output ({@code %s}), with the CLI store attached as {@code cli}. */
    private List<String> parquet(String sql, String table) throws SQLException {
        return parquetAt(output, sql, table, cliStore);
    }

    private static List<String> parquetAt(Path out, String sql, String table) throws SQLException {
        return parquetAt(out, sql, table, null);
    }

    private static List<String> parquetAt(Path out, String sql, String table, Path attach) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            if (attach != null) {
                s.execute("ATTACH '" + attach.resolve(DuckDbEventStore.FILE_NAME) + "' AS cli (READ_ONLY)");
            }
            String from = "read_parquet('" + out.resolve(table) + "/**/*.parquet', hive_partitioning = true, "
                    + "hive_types = {'corpus': VARCHAR" + (table.equals("events") || table.equals("articles")
                    ? ", 'date': DATE" : "") + "})";
            try (ResultSet r = s.executeQuery(sql.formatted(from))) {
                return rows(r);
            }
        }
    }

    private static java.util.Properties readOnly() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("duckdb.read_only", "true");
        return p;
    }

    private static List<String> rows(ResultSet r) throws SQLException {
        ResultSetMetaData meta = r.getMetaData();
        List<String> out = new ArrayList<>();
        while (r.next()) {
            List<String> cells = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                cells.add(String.valueOf(r.getObject(i)));
            }
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    private static List<Path> parquetFiles(Path table) throws IOException {
        try (Stream<Path> walk = Files.walk(table)) {
            return walk.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
        }
    }
}
