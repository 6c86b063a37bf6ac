package org.vigil.store.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreException;

/**
 * The one ranking of pairs of entities, for the CLI summary and the dashboard alike: both directions pooled,
 * ranked by the tension index ({@link TensionIndex}, conflict share with a prior), at least a minimum of events.
 * An entity acting on itself (a government arresting its own citizens) is internal conflict, ranked apart per
 * state; {@code ---} (an actor the coder could not name) is in neither.
 */
public final class PairRanking {
    /** The fewest events a pair needs to be ranked, unless asked otherwise. */
    public static final int DEFAULT_MIN_EVENTS = 3;

    private static final String COUNTS = " count(*) AS n, count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS c,"
            + " count(*) FILTER (WHERE e.quad_class = 4), avg(e.goldstein), max(e.date),"
            + " (count(*) FILTER (WHERE e.quad_class IN (3, 4)) + " + TensionIndex.PRIOR + ") / (count(*) + "
            + 2 * TensionIndex.PRIOR + ") AS tension FROM events e";

    private static final String BY_TENSION = " ORDER BY tension DESC, n DESC, 1, 2";

    private final DuckDbEventStore store;

    public PairRanking(DuckDbEventStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The most tense pairs of two different named entities, {@code a < b}. */
    public List<Views.TopPair> tensePairs(int limit, int minEvents, LocalDate from, LocalDate to) {
        Sql where = new Sql().and("e.target_entity IS NOT NULL AND e.source_entity <> e.target_entity"
                + " AND e.source_entity <> '---' AND e.target_entity <> '---'");
        return rank("least(e.source_entity, e.target_entity), greatest(e.source_entity, e.target_entity),",
                List.of(), where, BY_TENSION, limit, minEvents, from, to);
    }

    /**
     * The named entities that {@code entity} has the most events with, either direction, as pairs (entity,
     * counterpart): who an actor deals with most, its own internal events and {@code ---} left out.
     */
    public List<Views.TopPair> counterparts(String entity, int limit, LocalDate from, LocalDate to) {
        Sql where = new Sql().and("e.target_entity IS NOT NULL AND e.source_entity <> e.target_entity"
                + " AND e.source_entity <> '---' AND e.target_entity <> '---'")
                .and("e.source_entity = ? OR e.target_entity = ?", entity, entity);
        return rank("?::VARCHAR, CASE WHEN e.source_entity = ? THEN e.target_entity ELSE e.source_entity END,",
                List.of(entity, entity), where, " ORDER BY n DESC, tension DESC, 2", limit, 1, from, to);
    }

    /** Internal conflict: the states whose events on themselves are the most tense, as pairs with {@code a = b}. */
    public List<Views.TopPair> internalConflict(int limit, int minEvents, LocalDate from, LocalDate to) {
        Sql where = new Sql().and("e.source_entity = e.target_entity AND e.source_entity <> '---'");
        return rank("e.source_entity, e.source_entity,", List.of(), where, BY_TENSION, limit, minEvents, from, to);
    }

    private List<Views.TopPair> rank(String pair, List<Object> pairParams, Sql where, String order, int limit,
                                     int minEvents, LocalDate from, LocalDate to) {
        Codes.range(from, to);
        if (limit < 1) {
            throw new BadParameterException("limit", "must be at least 1, not " + limit);
        }
        if (minEvents < 1) {
            throw new BadParameterException("min_events", "must be at least 1, not " + minEvents);
        }
        Filters.dates(where, from, to);
        String sql = "SELECT " + pair + COUNTS + where.where() + " GROUP BY 1, 2 HAVING count(*) >= ?" + order
                + " LIMIT ?";
        List<Object> params = new ArrayList<>(pairParams);
        params.addAll(where.params());
        params.addAll(List.of(minEvents, limit));
        try (Connection c = store.newConnection()) {
            return read(c, sql, params);
        } catch (SQLException e) {
            throw new StoreException(store.file() + ": cannot rank the pairs: " + e.getMessage(), e);
        }
    }

    /** Rows (a, b, n, conflict, q4, mean Goldstein, last date, ...) as pairs. */
    static List<Views.TopPair> read(Connection c, String sql, List<Object> params) throws SQLException {
        List<Views.TopPair> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            Sql.bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long n = r.getLong(3);
                    long conflict = r.getLong(4);
                    out.add(new Views.TopPair(r.getString(1), r.getString(2), n, conflict, r.getLong(5),
                            TensionIndex.round(r.getDouble(6), 3),
                            TensionIndex.round(TensionIndex.of(conflict, n), 4), EventRows.date(r, 7)));
                }
            }
        }
        return out;
    }
}
