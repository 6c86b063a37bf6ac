package org.vigil.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.vigil.core.cameo.CameoCode;
import org.vigil.core.model.Actor;
import org.vigil.core.model.Article;
import org.vigil.core.model.Event;
import org.vigil.core.model.Span;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.SourceDocument;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;
import org.vigil.core.store.CodedArticle;
import org.vigil.core.store.StoredArticle;

/**
 * The Parquet output of the Spark job ({@code vigil spark}, docs/spark.md): a folder with an {@code articles} and
 * an {@code events} table. {@link #readCoded} gives each article with the events the cluster coded for it, so
 * that {@code vigil ingest OUTPUT} stores them as they are, without parsing again, and a store and the dashboard
 * can be built from a cluster run. Articles come in the order the job read them (input file, then place in the
 * file), which is the order {@code vigil ingest} reads the same input in, so that the store's de-duplication of
 * events gives the same store. Every corpus (input) written to the folder is read.
 *
 * <p>DuckDB reads the Parquet files (in memory, spilling to a temporary folder). A folder that cannot be read
 * gives one failure naming it.
 */
public final class SparkRunSource implements CodedSource {
    /** The tables of a run, as folders under the output. */
    public static final String ARTICLES = "articles";
    public static final String EVENTS = "events";

    /** By column name, so that a folder holding corpora of an older and a newer job reads as one table. */
    private static final String TABLE = "read_parquet(?, hive_partitioning = true, union_by_name = true, "
            + "hive_types = {'date': 'DATE', 'corpus': 'VARCHAR'})";
    private static final String ARTICLE_COLUMNS = """
            a.id, a.corpus, a.url, a.source, a.title, a.date, a.date_origin, a.language, a.status, a.sentences,
            a.text""";
    private static final String ORDER = " ORDER BY a.input_file, a.input_ordinal, a.corpus";
    /** One row per event, or one per article without events, grouped by article in reading order. */
    private static final String WITH_EVENTS = "SELECT " + ARTICLE_COLUMNS + """
            , e.id AS event_id, e.sentence, e.source_entity, e.source_role, e.source_text, e.source_start,
              e.source_end, e.target_entity, e.target_role, e.target_text, e.target_start, e.target_end, e.cameo,
              e.cameo_name, e.quad_class, e.goldstein, e.plover, e.trigger_text, e.trigger_start, e.trigger_end,
              e.evidence, e.confidence, e.coder_version, e.location, %s
            FROM %s a LEFT JOIN %s e ON e.article_id = a.id AND e.corpus = a.corpus"""
            + ORDER + ", e.event_index";
    /**
     * An event's own date and its origin. The event table's {@code date} partition is its article's date, which an
     * event of a job before event dates took as its own; a newer job's {@code event_date} is null only when that
     * date is, so the fallback changes none of its rows.
     */
    private static final String EVENT_DATES = "coalesce(e.event_date, e.date) AS event_date, "
            + "e.date_origin AS event_date_origin";
    private static final String ARTICLE_DATES = "e.date AS event_date, NULL AS event_date_origin";
    /** Of the event table's files, how many there are and how many have an event_date column. */
    private static final String DATED_FILES = "SELECT count(DISTINCT file_name), "
            + "count(DISTINCT file_name) FILTER (WHERE name = 'event_date') FROM parquet_schema(?)";
    /** A run that coded no event writes no event file. */
    private static final String WITHOUT_EVENTS = "SELECT " + ARTICLE_COLUMNS + ", NULL AS event_id FROM " + TABLE
            + " a" + ORDER;

    private final Path folder;

    public SparkRunSource(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** True when the folder holds the output of the Spark job: an {@code articles} and an {@code events} table. */
    public static boolean isRunOutput(Path folder) {
        return Files.isDirectory(folder.resolve(ARTICLES)) && Files.isDirectory(folder.resolve(EVENTS));
    }

    @Override
    public String describe() {
        return folder.toString();
    }

    /** The plain documents, for a reader that codes them itself. */
    @Override
    public void read(Consumer<SourceItem> sink) {
        readCoded(coded -> {
            StoredArticle a = coded.article();
            sink.accept(new SourceDocument(a.article(), a.source(), a.dateOrigin(), input(a.article().id())));
        }, sink::accept, warning -> { }); // the warnings are about the events, which a reader of documents codes again
    }

    @Override
    public void readCoded(Consumer<CodedArticle> articles, Consumer<SourceFailure> failures,
                          Consumer<String> warnings) {
        Path temp = null;
        try {
            if (!hasDataFiles(folder.resolve(ARTICLES))) {
                return; // a run that read nothing: no article to store
            }
            temp = Files.createTempDirectory("vigil-import-");
            boolean withEvents = hasDataFiles(folder.resolve(EVENTS));
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
                try (Statement s = c.createStatement()) {
                    // big runs sort on disk; the path is our own temporary folder
                    s.execute("SET temp_directory = '" + temp.toString().replace("'", "''") + "'");
                }
                String sql = withEvents ? WITH_EVENTS.formatted(eventDates(c, warnings), TABLE, TABLE)
                        : WITHOUT_EVENTS;
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    p.setString(1, glob(ARTICLES));
                    if (withEvents) {
                        p.setString(2, glob(EVENTS));
                    }
                    try (ResultSet r = p.executeQuery()) {
                        readRows(r, articles);
                    }
                }
            }
        } catch (SQLException | IOException | UncheckedIOException | IllegalArgumentException e) {
            failures.accept(new SourceFailure(describe(), "not a readable Spark run: " + firstLine(e)));
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * The columns that date the events: a job before event dates (schema 4 of the store) wrote none, so its events
     * take their article's date, as they had then, and {@code warnings} hears how many files that is and what to do.
     */
    private String eventDates(Connection c, Consumer<String> warnings) throws SQLException {
        long files;
        long dated;
        try (PreparedStatement p = c.prepareStatement(DATED_FILES)) {
            p.setString(1, glob(EVENTS));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                files = r.getLong(1);
                dated = r.getLong(2);
            }
        }
        if (dated < files) {
            warnings.accept((files - dated) + " of " + files + " event files were written by a Vigil before event"
                    + " dates (no event_date column): their events take their article's date, as they did then;"
                    + " run 'vigil spark' again on that corpus to date events from their sentences");
        }
        return dated == 0 ? ARTICLE_DATES : EVENT_DATES;
    }

    /**
     * Rows come one per event (or one per article without events), grouped by article. An article is one id in
     * one corpus: the same article read by two inputs comes twice, and the pipeline skips the second copy.
     */
    private static void readRows(ResultSet r, Consumer<CodedArticle> sink) throws SQLException {
        StoredArticle current = null;
        String currentKey = null;
        int sentences = 0;
        List<Event> events = new ArrayList<>();
        while (r.next()) {
            String key = r.getString("corpus") + '/' + r.getString("id");
            if (!key.equals(currentKey)) {
                if (current != null) {
                    sink.accept(new CodedArticle(current, sentences, events));
                }
                current = article(r);
                currentKey = key;
                sentences = r.getInt("sentences");
                events = new ArrayList<>();
            }
            if (r.getString("event_id") != null) {
                events.add(event(r, current.article()));
            }
        }
        if (current != null) {
            sink.accept(new CodedArticle(current, sentences, events));
        }
    }

    private static StoredArticle article(ResultSet r) throws SQLException {
        Article article = new Article(r.getString("id"), r.getString("url"), r.getString("title"),
                r.getObject("date", LocalDate.class), r.getString("text"));
        return new StoredArticle(article, r.getString("source"), r.getString("language"),
                DateOrigin.valueOf(r.getString("date_origin")), r.getString("status"));
    }

    private static Event event(ResultSet r, Article article) throws SQLException {
        Actor source = new Actor(r.getString("source_entity"), r.getString("source_role"),
                new Span(r.getInt("source_start"), r.getInt("source_end"), r.getString("source_text")));
        Actor target = r.getString("target_entity") == null ? null
                : new Actor(r.getString("target_entity"), r.getString("target_role"),
                        new Span(r.getInt("target_start"), r.getInt("target_end"), r.getString("target_text")));
        CameoCode code = new CameoCode(r.getString("cameo"), r.getString("cameo_name"), r.getDouble("goldstein"),
                r.getInt("quad_class"), r.getString("plover"));
        Span trigger = new Span(r.getInt("trigger_start"), r.getInt("trigger_end"), r.getString("trigger_text"));
        String origin = r.getString("event_date_origin");
        return new Event(r.getString("event_id"), article.id(), r.getInt("sentence"),
                r.getObject("event_date", LocalDate.class), source, target, code, trigger, r.getString("evidence"),
                r.getDouble("confidence"), r.getString("coder_version"), r.getString("location"),
                origin == null ? null : DateOrigin.valueOf(origin));
    }

    /** The table's data files: {@code date=…/corpus=…/part-….parquet}, not Spark's staging folders of a write. */
    private String glob(String table) {
        return folder.toAbsolutePath().resolve(table) + "/date=*/corpus=*/*.parquet";
    }

    private String input(String articleId) {
        return describe() + "#" + articleId;
    }

    /** Whether the table has a data file where {@link #glob} looks. */
    private static boolean hasDataFiles(Path table) throws IOException {
        if (!Files.isDirectory(table)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(table, 3)) {
            return walk.map(table::relativize).anyMatch(p -> p.getNameCount() == 3
                    && p.getName(0).toString().startsWith("date=") && p.getName(1).toString().startsWith("corpus=")
                    && p.getName(2).toString().endsWith(".parquet"));
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse("").strip();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // DuckDB's spill files are temporary; the OS cleans the temporary folder
        }
    }
}
