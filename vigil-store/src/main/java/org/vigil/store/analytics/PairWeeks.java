package org.vigil.store.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Week by week counts of pairs (of entities or of blocs), with the conflict events behind them, so that an alert
 * can show exactly the events it counted and tell which state pairs they were between.
 */
final class PairWeeks {
    /** One pair's week: its events, and its conflict events by id with the entity pair of each. */
    static final class Week {
        long events;
        final List<String> conflictIds = new ArrayList<>();
        final Set<List<String>> conflictDyads = new LinkedHashSet<>();

        long conflict() {
            return conflictIds.size();
        }
    }

    /** (a, b) → Monday → week. */
    final Map<List<String>, TreeMap<LocalDate, Week>> pairs = new TreeMap<>(
            Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));

    private PairWeeks() {
    }

    /** Reads rows (a, b, Monday, event id, entity a, entity b, is conflict): one row per event. */
    static PairWeeks read(Connection c, BlocPairs.Query q) throws SQLException {
        PairWeeks out = new PairWeeks();
        try (PreparedStatement p = c.prepareStatement(q.sql())) {
            Sql.bind(p, q.params());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Week w = out.pairs.computeIfAbsent(List.of(r.getString(1), r.getString(2)), k -> new TreeMap<>())
                            .computeIfAbsent(r.getObject(3, LocalDate.class), k -> new Week());
                    w.events++;
                    if (r.getBoolean(7)) {
                        w.conflictIds.add(r.getString(4));
                        w.conflictDyads.add(List.of(r.getString(5), r.getString(6)));
                    }
                }
            }
        }
        return out;
    }

    /** The rows of {@link #read} for pairs of two different named entities, dated between the days. */
    static BlocPairs.Query dyads(LocalDate from, LocalDate to) {
        String pair = "least(e.source_entity, e.target_entity), greatest(e.source_entity, e.target_entity)";
        String sql = "SELECT " + pair + ", date_trunc('week', e.date)::DATE, e.id, " + pair + ","
                + " e.quad_class IN (3, 4) FROM events e"
                + " WHERE e.date BETWEEN ? AND ? AND e.target_entity IS NOT NULL AND e.source_entity <> e.target_entity"
                + " AND e.source_entity <> '---' AND e.target_entity <> '---'";
        return new BlocPairs.Query(sql, List.of(from, to));
    }
}
