package org.vigil.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.vigil.core.actors.Country;
import org.vigil.core.dictionary.Dictionaries;

/**
 * Writes the events to a Parquet or CSV file with DuckDB's {@code COPY}: one row per event, either in Vigil's
 * own columns (the event with its first report's evidence and spans) or in GDELT 2.0 event-table columns, followed
 * by the two GDELT has not and an analyst needs to weigh SQLDATE: the article's date and how the event's is known.
 * Columns and the GDELT mapping: docs/store.md, "Export".
 */
public final class Exporter {
    /** The file formats. */
    public enum Format {
        PARQUET, CSV;

        /** "parquet" or "csv", any case. */
        public static Format parse(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name.trim())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown export format '" + name + "': use parquet or csv");
        }

        String copyOptions() {
            return this == PARQUET ? "(FORMAT parquet)" : "(FORMAT csv, HEADER true)";
        }
    }

    private static final String VIGIL_COLUMNS = """
            SELECT e.id AS event_id, e.date, a.date AS article_date,
                   coalesce(e.date_origin, a.date_origin) AS date_origin, e.source_code, e.source_entity, e.source_role,
                   e.target_code, e.target_entity, e.target_role, e.cameo, e.root, e.quad_class, e.goldstein,
                   e.plover, e.confidence, e.coder_version, e.mentions, e.first_article_id, e.location,
                   a.url AS article_url, a.source AS article_source, a.title AS article_title,
                   m.sentence, m.evidence, m.source_text, m.source_start, m.source_end,
                   m.trigger_text, m.trigger_start, m.trigger_end, m.target_text, m.target_start, m.target_end
            FROM events e
            JOIN mentions m ON m.event_id = e.id AND m.article_id = e.first_article_id
            LEFT JOIN articles a ON a.id = e.first_article_id
            ORDER BY e.date NULLS LAST, e.id""";

    private static final String GDELT_COLUMNS = """
            WITH reports AS (
                SELECT event_id, min(sentence) AS first_sentence, count(DISTINCT article_id) AS articles
                FROM mentions GROUP BY event_id),
            coded AS (
                SELECT e.*, r.first_sentence, r.articles,
                       CASE WHEN length(e.cameo) = 2 THEN e.cameo || '0' ELSE e.cameo END AS event_code
                FROM events e JOIN reports r ON r.event_id = e.id)
            SELECT
                CAST('0x' || left(md5(c.id), 15) AS BIGINT) AS GLOBALEVENTID,
                CAST(strftime(c.date, '%Y%m%d') AS INTEGER) AS SQLDATE,
                nullif(CASE WHEN c.source_entity = '---' THEN '' ELSE c.source_entity END
                       || coalesce(c.source_role, ''), '') AS Actor1Code,
                CASE WHEN c.source_entity IN (SELECT code FROM export_states) THEN c.source_entity END
                    AS Actor1CountryCode,
                c.source_role AS Actor1Type1Code,
                nullif(CASE WHEN c.target_entity = '---' THEN '' ELSE c.target_entity END
                       || coalesce(c.target_role, ''), '') AS Actor2Code,
                CASE WHEN c.target_entity IN (SELECT code FROM export_states) THEN c.target_entity END
                    AS Actor2CountryCode,
                c.target_role AS Actor2Type1Code,
                CAST(CASE WHEN c.first_sentence < 3 THEN 1 ELSE 0 END AS INTEGER) AS IsRootEvent,
                c.event_code AS EventCode,
                left(c.event_code, 3) AS EventBaseCode,
                c.root AS EventRootCode,
                CAST(c.quad_class AS INTEGER) AS QuadClass,
                c.goldstein AS GoldsteinScale,
                c.mentions AS NumMentions,
                CAST(c.articles AS INTEGER) AS NumArticles,
                CAST(NULL AS DOUBLE) AS AvgTone,
                a.url AS SOURCEURL,
                CAST(strftime(a.date, '%Y%m%d') AS INTEGER) AS ArticleDate,
                coalesce(c.date_origin, a.date_origin) AS DateOrigin
            FROM coded c LEFT JOIN articles a ON a.id = c.first_article_id
            ORDER BY c.date NULLS LAST, c.id""";

    private final DuckDbEventStore store;
    private final Set<String> stateCodes;

    /** An exporter that tells states from organisations by the default dictionaries' {@code countries.tsv}. */
    public Exporter(DuckDbEventStore store) {
        this(store, defaultStates());
    }

    /**
     * @param stateCodes the entity codes that are states (ISO 3166-1 alpha-3); only these fill the GDELT
     *                   country-code columns
     */
    public Exporter(DuckDbEventStore store, Set<String> stateCodes) {
        this.store = Objects.requireNonNull(store, "store");
        this.stateCodes = new TreeSet<>(stateCodes);
    }

    /**
     * Writes every event to {@code out}, replacing the file; the file appears whole or not at all.
     *
     * @param gdelt GDELT 2.0 event-table columns instead of Vigil's
     * @return the number of rows written
     */
    public long export(Format format, Path out, boolean gdelt) {
        Objects.requireNonNull(format, "format");
        Path target = out.toAbsolutePath();
        Path part = target.resolveSibling(".part-" + target.getFileName());
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(target.getParent() + ": cannot create the export directory", e);
        }
        long rows;
        try (Connection c = store.newConnection()) {
            if (gdelt) {
                loadStates(c);
            }
            // The output path is a bound parameter, so no quoting of file names is needed. The format options
            // are constants of this class; nothing from outside is pasted into the SQL.
            String sql = "COPY (" + (gdelt ? GDELT_COLUMNS : VIGIL_COLUMNS) + ") TO ? " + format.copyOptions();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, part.toString());
                rows = copiedRows(p);
            }
        } catch (SQLException e) {
            deleteQuietly(part);
            throw new StoreException(target + ": export as " + format.name().toLowerCase(Locale.ROOT)
                    + " failed: " + e.getMessage(), e);
        }
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new UncheckedIOException(target + ": cannot move the finished export into place", e);
        }
        return rows;
    }

    private static long copiedRows(PreparedStatement p) throws SQLException {
        if (p.execute()) {
            try (ResultSet r = p.getResultSet()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
        return Math.max(0, p.getUpdateCount());
    }

    private void loadStates(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE export_states (code VARCHAR)");
        }
        try (DuckDBAppender ap = ((DuckDBConnection) c).createAppender("temp", "main", "export_states")) {
            for (String code : stateCodes) {
                ap.beginRow().append(code).endRow();
            }
            ap.flush(); // close() may not report a failed flush: flush first
        }
    }

    private static Set<String> defaultStates() {
        Set<String> out = new TreeSet<>();
        for (Country country : Dictionaries.loadDefault().countries()) {
            out.add(country.code());
        }
        return out;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stray partial file is named .part-*; the next export replaces it
        }
    }
}
