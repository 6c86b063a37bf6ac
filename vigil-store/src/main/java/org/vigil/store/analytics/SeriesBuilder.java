package org.vigil.store.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts events per bucket in SQL, then fills the empty buckets and computes the tension index in order. */
final class SeriesBuilder {
    static final int MAX_BUCKETS = 2000;

    /** Raw counts of one non-empty bucket; {@code given}: events dated only by the date given for their corpus. */
    record Row(LocalDate start, long events, long given, long q1, long q2, long q3, long q4, double goldsteinSum) {
    }

    /**
     * Whether the event e's date is only the one given for its corpus ({@code --date}/{@code --period}, origin
     * GIVEN) and not one its sentence gives (events.date_origin EXPLICIT): the day it is charted on is not the
     * day it happened.
     */
    static final String GIVEN = "(e.date_origin IS NULL"
            + " AND e.first_article_id IN (SELECT id FROM articles WHERE date_origin = 'GIVEN'))";

    /** The buckets and totals, and the range they span (null when empty). */
    record Result(LocalDate from, LocalDate to, Totals totals, List<Bucket> buckets) {
    }

    private SeriesBuilder() {
    }

    /** Counts of the events matched by {@code where} (on alias e), per bucket. */
    static Map<LocalDate, Row> rows(Connection c, Interval interval, Sql where) throws SQLException {
        String sql = "SELECT date_trunc('" + interval.sqlUnit() + "', e.date)::DATE AS bucket, count(*),"
                + " count(*) FILTER (WHERE " + GIVEN + "), count(*) FILTER (WHERE e.quad_class = 1), count(*) FILTER (WHERE e.quad_class = 2),"
                + " count(*) FILTER (WHERE e.quad_class = 3), count(*) FILTER (WHERE e.quad_class = 4),"
                + " sum(e.goldstein) FROM events e" + where.and("e.date IS NOT NULL").where()
                + " GROUP BY bucket ORDER BY bucket";
        Map<LocalDate, Row> out = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            Sql.bind(p, where.params());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    LocalDate start = r.getObject(1, LocalDate.class);
                    out.put(start, new Row(start, r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                            r.getLong(6), r.getLong(7), r.getDouble(8)));
                }
            }
        }
        return out;
    }

    /** How many of the events matched by {@code where} (on alias e) have no date: they are in no bucket. */
    static long undated(Connection c, Sql where) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM events e"
                + where.where() + (where.where().isEmpty() ? " WHERE" : " AND") + " e.date IS NULL")) {
            Sql.bind(p, where.params());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * Dense buckets from {@code from} (default: the first bucket with events) to {@code to} (default: the last),
     * each with its tension.
     */
    static Result build(Map<LocalDate, Row> rows, Interval interval, LocalDate from, LocalDate to) {
        TreeMap<LocalDate, Row> sorted = new TreeMap<>(rows);
        LocalDate first = from != null ? interval.start(from) : sorted.isEmpty() ? null : sorted.firstKey();
        LocalDate last = to != null ? interval.start(to) : sorted.isEmpty() ? null : sorted.lastKey();
        if (first == null || last == null) {
            return new Result(from, to, totals(List.of()), List.of());
        }
        checkSize(interval, first, last);
        List<Row> dense = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = interval.next(d)) {
            dense.add(sorted.getOrDefault(d, new Row(d, 0, 0, 0, 0, 0, 0, 0)));
        }
        List<Bucket> buckets = new ArrayList<>(dense.size());
        for (int i = 0; i < dense.size(); i++) {
            Row r = dense.get(i);
            long windowEvents = 0;
            long windowConflict = 0;
            for (int j = Math.max(0, i - TensionIndex.WINDOW + 1); j <= i; j++) {
                windowEvents += dense.get(j).events();
                windowConflict += dense.get(j).q3() + dense.get(j).q4();
            }
            long conflict = r.q3() + r.q4();
            buckets.add(new Bucket(r.start().toString(), r.events(), r.given(), r.q1(), r.q2(), r.q3(), r.q4(), conflict,
                    r.events() == 0 ? null : TensionIndex.round(r.goldsteinSum() / r.events(), 3),
                    TensionIndex.round(TensionIndex.of(conflict, r.events()), 4),
                    TensionIndex.round(TensionIndex.of(windowConflict, windowEvents), 4), windowEvents));
        }
        LocalDate rangeTo = to != null ? to : interval.next(last).minusDays(1);
        return new Result(from != null ? from : first, rangeTo, totals(dense), buckets);
    }

    private static void checkSize(Interval interval, LocalDate first, LocalDate last) {
        long n = switch (interval) {
            case DAY -> java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
            case WEEK -> java.time.temporal.ChronoUnit.WEEKS.between(first, last) + 1;
            case MONTH -> java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
        };
        if (n > MAX_BUCKETS) {
            throw new BadParameterException("interval", "'" + interval + "' gives " + n + " buckets from " + first
                    + " to " + last + ", more than " + MAX_BUCKETS + ": choose a wider interval or a shorter range");
        }
    }

    private static Totals totals(List<Row> rows) {
        long n = 0;
        long q1 = 0;
        long q2 = 0;
        long q3 = 0;
        long q4 = 0;
        double g = 0;
        for (Row r : rows) {
            n += r.events();
            q1 += r.q1();
            q2 += r.q2();
            q3 += r.q3();
            q4 += r.q4();
            g += r.goldsteinSum();
        }
        return new Totals(n, q1, q2, q3, q4, q3 + q4, n == 0 ? null : TensionIndex.round(g / n, 3));
    }
}
