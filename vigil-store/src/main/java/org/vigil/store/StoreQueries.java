package org.vigil.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.vigil.core.store.StoreCounts;

/**
 * Read-only questions to the store. Each call takes its own connection from the store, so a reader never waits
 * for, nor sees, a batch in flight; safe to use from any thread.
 */
public final class StoreQueries {
    private final DuckDbEventStore store;

    public StoreQueries(DuckDbEventStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** How many articles, events and mentions the store holds. */
    public StoreCounts counts() {
        try (Connection c = store.newConnection()) {
            return counts(c, store.file());
        } catch (SQLException e) {
            throw failed("count", e);
        }
    }

    /** Articles by status ({@code coded}, {@code skipped:language=ru}, ...), most frequent first. */
    public Map<String, Long> articleStatusCounts() {
        String sql = "SELECT status, count(*) AS n FROM articles GROUP BY status ORDER BY n DESC, status";
        try (Connection c = store.newConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            Map<String, Long> out = new LinkedHashMap<>();
            while (r.next()) {
                out.put(r.getString(1), r.getLong(2));
            }
            return out;
        } catch (SQLException e) {
            throw failed("count articles by status", e);
        }
    }

    /** The events by how their date is known, and the undated ones. */
    public DatedEvents datedEvents() {
        String sql = """
                SELECT CASE WHEN e.date IS NULL THEN NULL ELSE coalesce(e.date_origin, a.date_origin) END AS origin,
                       count(*) AS n
                FROM events e LEFT JOIN articles a ON a.id = e.first_article_id
                GROUP BY origin ORDER BY n DESC, origin""";
        try (Connection c = store.newConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            Map<String, Long> byOrigin = new LinkedHashMap<>();
            long undated = 0;
            while (r.next()) {
                if (r.getString(1) == null) {
                    undated = r.getLong(2);
                } else {
                    byOrigin.put(r.getString(1), r.getLong(2));
                }
            }
            return new DatedEvents(byOrigin, undated);
        } catch (SQLException e) {
            throw failed("count events by date origin", e);
        }
    }

    static StoreCounts counts(Connection c, Path file) {
        String sql = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),"
                + " (SELECT count(*) FROM mentions)";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return new StoreCounts(r.getLong(1), r.getLong(2), r.getLong(3));
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot count: " + e.getMessage(), e);
        }
    }

    private StoreException failed(String what, SQLException e) {
        return new StoreException(store.file() + ": cannot " + what + ": " + e.getMessage(), e);
    }
}
