package org.vigil.store.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alerts (docs/analytics.md, "Alerts"): a pair of entities or of blocs whose conflict share in one week is well
 * above its own baseline, the pooled share of the {@value #BASELINE_WEEKS} weeks before. The week's share is
 * compared with the baseline in units of the binomial standard deviation of a share of that many events:
 * z = (C/N − p0) / sqrt(p0 (1 − p0) / N), p0 = (ΣC + k) / (ΣN + 2k). An alert needs N ≥ minEvents and z ≥ the
 * threshold.
 */
public final class Alerts {
    public static final int BASELINE_WEEKS = 8;
    public static final int DEFAULT_WEEKS = 12;
    public static final int MAX_CAUSES = 20;

    /** Which pairs to watch. */
    public enum Kind {
        ALL, DYAD, BLOC;

        public static Kind parse(String parameter, String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadParameterException(parameter, "must be one of all, dyad, bloc: '" + value + "'");
            }
        }
    }

    /**
     * What to look for. {@code from}/{@code to} null: the {@value #DEFAULT_WEEKS} weeks up to the latest event.
     */
    public record Settings(LocalDate from, LocalDate to, Kind kind, int minEvents, double z, Statuses statuses,
                           int limit) {
        public Settings {
            if (minEvents < 1 || minEvents > 10_000) {
                throw new BadParameterException("min_events", "must be between 1 and 10000: " + minEvents);
            }
            if (!(z > 0 && z <= 100)) {
                throw new BadParameterException("z", "must be a number above 0 and at most 100: " + z);
            }
            if (limit < 1 || limit > 200) {
                throw new BadParameterException("limit", "must be between 1 and 200: " + limit);
            }
            Codes.range(from, to);
        }

        public static Settings defaults() {
            return new Settings(null, null, Kind.ALL, 3, 2.0, Statuses.MEMBERS, 50);
        }
    }

    /** The rule in force, reported with the alerts. */
    public record Rule(int weeksBaseline, int minEvents, double z, double prior) {
    }

    /** One alert; {@code week} is the Monday of the week, {@code causedBy} its conflict events, worst first. */
    public record Alert(String kind, String a, String b, String week, long events, long conflict, double tension,
                        double baseline, long baselineEvents, double z, List<EventView> causedBy) {
        public Alert {
            causedBy = List.copyOf(causedBy);
        }
    }

    /** The alerts over a range of weeks (null dates when the store has no dated events). */
    public record Result(Rule rule, String from, String to, List<Alert> alerts) {
        public Result {
            alerts = List.copyOf(alerts);
        }
    }

    private final Analytics analytics;
    private final Settings settings;

    Alerts(Analytics analytics, Settings settings) {
        this.analytics = analytics;
        this.settings = settings;
    }

    Result run(Connection c) throws SQLException {
        Rule rule = new Rule(BASELINE_WEEKS, settings.minEvents(), settings.z(), TensionIndex.PRIOR);
        LocalDate to = settings.to() != null ? settings.to() : latest(c);
        if (to == null) {
            return new Result(rule, Analytics.str(settings.from()), null, List.of());
        }
        LocalDate from = settings.from() != null ? settings.from()
                : Interval.WEEK.start(to).minusWeeks(DEFAULT_WEEKS - 1);
        LocalDate firstWeek = Interval.WEEK.start(from);
        LocalDate lastWeek = Interval.WEEK.start(to);
        LocalDate dataFrom = firstWeek.minusWeeks(BASELINE_WEEKS);
        LocalDate dataTo = lastWeek.plusDays(6);
        List<Alert> found = new ArrayList<>();
        if (settings.kind() != Kind.BLOC) {
            evaluate("dyad", weekly(c, dyadQuery(dataFrom, dataTo)), firstWeek, lastWeek, found);
        }
        if (settings.kind() != Kind.DYAD) {
            BlocPairs.Query q = BlocPairs.query(settings.statuses(), dataFrom, dataTo, true);
            evaluate("bloc", weekly(c, q), firstWeek, lastWeek, found);
        }
        found.sort(Comparator.comparingDouble((Alert x) -> -x.z()).thenComparing(Alert::week, Comparator.reverseOrder())
                .thenComparing(Alert::kind).thenComparing(Alert::a).thenComparing(Alert::b));
        List<Alert> out = new ArrayList<>();
        for (Alert a : found.subList(0, Math.min(settings.limit(), found.size()))) {
            out.add(withCauses(a));
        }
        return new Result(rule, from.toString(), to.toString(), out);
    }

    private static LocalDate latest(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT max(date) FROM events");
             ResultSet r = p.executeQuery()) {
            r.next();
            return r.getObject(1, LocalDate.class);
        }
    }

    private static BlocPairs.Query dyadQuery(LocalDate from, LocalDate to) {
        String sql = "SELECT least(e.source_entity, e.target_entity) AS a, greatest(e.source_entity, e.target_entity) AS b,"
                + " date_trunc('week', e.date)::DATE AS week, count(*) AS n,"
                + " count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS c FROM events e"
                + " WHERE e.date BETWEEN ? AND ? AND e.target_entity IS NOT NULL AND e.source_entity <> e.target_entity"
                + " AND e.source_entity <> '---' AND e.target_entity <> '---' GROUP BY a, b, week";
        return new BlocPairs.Query(sql, List.of(from, to));
    }

    /** (a, b) → week → {events, conflict}, from a query whose first five columns are a, b, week, n, c. */
    private static Map<List<String>, Map<LocalDate, long[]>> weekly(Connection c, BlocPairs.Query q)
            throws SQLException {
        Map<List<String>, Map<LocalDate, long[]>> out = new TreeMap<>(Comparator.comparing(
                (List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        try (PreparedStatement p = c.prepareStatement(q.sql())) {
            Sql.bind(p, q.params());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(List.of(r.getString(1), r.getString(2)), k -> new TreeMap<>())
                            .put(r.getObject(3, LocalDate.class), new long[] {r.getLong(4), r.getLong(5)});
                }
            }
        }
        return out;
    }

    private void evaluate(String kind, Map<List<String>, Map<LocalDate, long[]>> pairs, LocalDate firstWeek,
                          LocalDate lastWeek, List<Alert> found) {
        for (Map.Entry<List<String>, Map<LocalDate, long[]>> pair : pairs.entrySet()) {
            Map<LocalDate, long[]> weeks = pair.getValue();
            for (LocalDate w = firstWeek; !w.isAfter(lastWeek); w = w.plusWeeks(1)) {
                long[] now = weeks.get(w);
                if (now == null || now[0] < settings.minEvents()) {
                    continue;
                }
                long baseN = 0;
                long baseC = 0;
                for (int i = 1; i <= BASELINE_WEEKS; i++) {
                    long[] before = weeks.get(w.minusWeeks(i));
                    if (before != null) {
                        baseN += before[0];
                        baseC += before[1];
                    }
                }
                double z = z(now[1], now[0], baseC, baseN);
                if (z >= settings.z()) {
                    found.add(new Alert(kind, pair.getKey().get(0), pair.getKey().get(1), w.toString(), now[0], now[1],
                            TensionIndex.round(TensionIndex.of(now[1], now[0]), 4),
                            TensionIndex.round(TensionIndex.of(baseC, baseN), 4), baseN, TensionIndex.round(z, 2),
                            List.of()));
                }
            }
        }
    }

    /** How far the week's conflict share C/N lies above the baseline, in binomial standard deviations. */
    public static double z(long conflict, long events, long baselineConflict, long baselineEvents) {
        double p0 = TensionIndex.of(baselineConflict, baselineEvents);
        double share = (double) conflict / events;
        return (share - p0) / Math.sqrt(p0 * (1 - p0) / events);
    }

    private Alert withCauses(Alert a) {
        LocalDate week = LocalDate.parse(a.week());
        EventQuery q = new EventQuery().conflictOnly().from(week).to(week.plusDays(6))
                .sort(EventQuery.Sort.SEVERITY).limit(MAX_CAUSES);
        if (a.kind().equals("dyad")) {
            q.dyad(a.a(), a.b());
        } else {
            q.blocs(a.a(), a.b()).statuses(settings.statuses());
        }
        List<EventView> causes = analytics.events(q).events();
        return new Alert(a.kind(), a.a(), a.b(), a.week(), a.events(), a.conflict(), a.tension(), a.baseline(),
                a.baselineEvents(), a.z(), causes);
    }
}
