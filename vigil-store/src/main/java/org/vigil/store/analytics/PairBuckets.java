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
 * Bucket by bucket (week or month) counts of pairs (of entities or of blocs), with the conflict events behind them,
 * so that an alert can show exactly the events it counted and tell which state pairs they were between.
 */
final class PairBuckets {
    /** One pair's bucket: its events, and its conflict events by id with the entity pair of each. */
    static final class Counts {
        long events;
        final List<String> conflictIds = new ArrayList<>();
        final Set<List<String>> conflictDyads = new LinkedHashSet<>();

        long conflict() {
            return conflictIds.size();
        }
    }

    final Interval interval;

    /** (a, b) → first day of the bucket → counts. */
    final Map<List<String>, TreeMap<LocalDate, Counts>> pairs = new TreeMap<>(
            Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));

    private PairBuckets(Interval interval) {
        this.interval = interval;
    }

    /** Reads rows (a, b, date, event id, entity a, entity b, is conflict), one per event, into buckets. */
    static PairBuckets read(Connection c, BlocPairs.Query q, Interval interval) throws SQLException {
        PairBuckets out = new PairBuckets(interval);
        try (PreparedStatement p = c.prepareStatement(q.sql())) {
            Sql.bind(p, q.params());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Counts w = out.pairs.computeIfAbsent(List.of(r.getString(1), r.getString(2)), k -> new TreeMap<>())
                            .computeIfAbsent(interval.start(r.getObject(3, LocalDate.class)), k -> new Counts());
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

    /**
     * The rows of {@link #read} for pairs of two different named entities, dated between the days by their own
     * articles: an event dated only by the date given for its corpus (--period's middle day) says nothing of the
     * week or month it happened in, so it neither alerts nor makes a baseline.
     */
    static BlocPairs.Query dyads(LocalDate from, LocalDate to) {
        String pair = "least(e.source_entity, e.target_entity), greatest(e.source_entity, e.target_entity)";
        String sql = "SELECT " + pair + ", e.date, e.id, " + pair + ","
                + " e.quad_class IN (3, 4) FROM events e"
                + " WHERE e.date BETWEEN ? AND ? AND e.target_entity IS NOT NULL AND e.source_entity <> e.target_entity"
                + " AND e.source_entity <> '---' AND e.target_entity <> '---' AND NOT " + SeriesBuilder.GIVEN;
        return new BlocPairs.Query(sql, List.of(from, to));
    }
}
