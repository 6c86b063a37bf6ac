package org.vigil.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * A dyad (source entity → target entity) and how conflictual its events are.
     *
     * @param events         distinct events of the dyad (an event reported by several articles counts once)
     * @param conflictEvents those of quad class 3 (verbal conflict) or 4 (material conflict)
     * @param meanGoldstein  mean Goldstein score of the dyad's events, -10..+10
     */
    public record ConflictDyad(String sourceEntity, String targetEntity, long events, long conflictEvents,
                               double meanGoldstein) {
    }

    /** How many articles, events and mentions the store holds. */
    public StoreCounts counts() {
        try (Connection c = store.newConnection()) {
            return counts(c, store.file());
        } catch (SQLException e) {
            throw failed("count", e);
        }
    }

    /**
     * The dyads with the most conflict events, most first (ties: more events, then alphabetical). Events
     * without a target are not dyads and are left out.
     *
     * @param limit how many dyads at most, at least 1
     */
    public List<ConflictDyad> topConflictDyads(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        String sql = """
                SELECT source_entity, target_entity, count(*) AS events,
                       count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict_events,
                       avg(goldstein) AS mean_goldstein
                FROM events
                WHERE target_entity IS NOT NULL
                GROUP BY source_entity, target_entity
                ORDER BY conflict_events DESC, events DESC, source_entity, target_entity
                LIMIT ?""";
        try (Connection c = store.newConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setInt(1, limit);
            List<ConflictDyad> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new ConflictDyad(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4),
                            r.getDouble(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("list the top conflict dyads", e);
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
