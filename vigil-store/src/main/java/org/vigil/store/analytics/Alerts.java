package org.vigil.store.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alerts (docs/analytics.md, "Alerts"): a pair of entities or of blocs whose conflict events in one week are
 * improbably many given its own baseline, the {@value #BASELINE_WEEKS} weeks before. The baseline's conflict share
 * is uncertain, Beta(ΣC + k, ΣN − ΣC + k); the week's conflict count is tested against the beta-binomial
 * predictive distribution of N events. A pair without enough history (fewer than {@value #MIN_BASELINE_EVENTS}
 * events in at least {@value #MIN_BASELINE_WEEKS} different weeks) never alerts. A bloc alert whose conflict
 * events all belong to state-pair alerts of the same week is folded into them.
 */
public final class Alerts {
    public static final int BASELINE_WEEKS = 8;
    public static final int MIN_BASELINE_EVENTS = 5;
    public static final int MIN_BASELINE_WEEKS = 2;
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

    /** What to look for; {@code from}/{@code to} null: from the first to the latest event; {@code p}: significance. */
    public record Settings(LocalDate from, LocalDate to, Kind kind, int minEvents, double p, Statuses statuses,
                           int limit) {
        public Settings {
            if (minEvents < 1 || minEvents > 10_000) {
                throw new BadParameterException("min_events", "must be between 1 and 10000: " + minEvents);
            }
            if (!(p > 0 && p < 1)) {
                throw new BadParameterException("p", "must be a probability above 0 and below 1: " + p);
            }
            if (limit < 1 || limit > 200) {
                throw new BadParameterException("limit", "must be between 1 and 200: " + limit);
            }
            Codes.range(from, to);
        }

        public static Settings defaults() {
            return new Settings(null, null, Kind.ALL, 3, 0.01, Statuses.MEMBERS, 50);
        }
    }

    /** The rule in force, reported with the alerts. */
    public record Rule(int weeksBaseline, int minBaselineEvents, int minBaselineWeeks, int minEvents, double p,
                       double prior) {
    }

    /** The history an alert beat: the weeks before it, their events, conflict events and weeks with events. */
    public record Baseline(String from, String to, long events, long conflict, int weeks, double share) {
    }

    /**
     * One alert; {@code week} is its Monday, {@code pValue} the chance of so many conflict events under the
     * baseline, {@code folded} the bloc pairs whose alerts only repeated it, {@code causedBy} its conflict events,
     * worst first (at most {@value #MAX_CAUSES} of {@code conflict}).
     */
    public record Alert(String kind, String a, String b, String week, long events, long conflict, double tension,
                        Baseline baseline, double expected, double pValue, List<String> folded,
                        List<EventView> causedBy) {
        public Alert {
            folded = List.copyOf(folded);
            causedBy = List.copyOf(causedBy);
        }
    }

    /** The alerts over a range of weeks (null dates when the store has no dated events), latest first. */
    public record Result(Rule rule, String from, String to, List<Alert> alerts) {
        public Result {
            alerts = List.copyOf(alerts);
        }
    }

    /** An alert found, with what explains it, before its events are read. */
    private record Found(String kind, List<String> pair, LocalDate week, PairWeeks.Week now, Baseline baseline,
                         double expected, double p, List<String> folded) {
    }

    private final Analytics analytics;
    private final Settings settings;

    Alerts(Analytics analytics, Settings settings) {
        this.analytics = analytics;
        this.settings = settings;
    }

    Result run(Connection c) throws SQLException {
        Rule rule = new Rule(BASELINE_WEEKS, MIN_BASELINE_EVENTS, MIN_BASELINE_WEEKS, settings.minEvents(),
                settings.p(), TensionIndex.PRIOR);
        LocalDate[] span = span(c);
        if (span == null) {
            return new Result(rule, Analytics.str(settings.from()), Analytics.str(settings.to()), List.of());
        }
        LocalDate from = settings.from() != null ? settings.from() : span[0];
        LocalDate to = settings.to() != null ? settings.to() : span[1];
        LocalDate firstWeek = Interval.WEEK.start(from);
        LocalDate lastWeek = Interval.WEEK.start(to);
        LocalDate dataFrom = firstWeek.minusWeeks(BASELINE_WEEKS);
        LocalDate dataTo = lastWeek.plusDays(6);
        List<Found> dyads = settings.kind() == Kind.BLOC ? List.of()
                : evaluate("dyad", PairWeeks.read(c, PairWeeks.dyads(dataFrom, dataTo)), firstWeek, lastWeek);
        List<Found> blocs = settings.kind() == Kind.DYAD ? List.of()
                : evaluate("bloc", PairWeeks.read(c, BlocPairs.events(settings.statuses(), dataFrom, dataTo)),
                        firstWeek, lastWeek);
        List<Found> found = new ArrayList<>(dyads);
        found.addAll(fold(dyads, blocs));
        found.sort(Comparator.comparing(Found::week, Comparator.reverseOrder()).thenComparingDouble(Found::p)
                .thenComparing(Found::kind).thenComparing(f -> f.pair().get(0)).thenComparing(f -> f.pair().get(1)));
        List<Alert> out = new ArrayList<>();
        for (Found f : found.subList(0, Math.min(settings.limit(), found.size()))) {
            out.add(explained(f));
        }
        return new Result(rule, from.toString(), to.toString(), out);
    }

    private static LocalDate[] span(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT min(date), max(date) FROM events");
             ResultSet r = p.executeQuery()) {
            r.next();
            LocalDate first = r.getObject(1, LocalDate.class);
            return first == null ? null : new LocalDate[] {first, r.getObject(2, LocalDate.class)};
        }
    }

    private List<Found> evaluate(String kind, PairWeeks weeks, LocalDate firstWeek, LocalDate lastWeek) {
        List<Found> found = new ArrayList<>();
        for (Map.Entry<List<String>, TreeMap<LocalDate, PairWeeks.Week>> pair : weeks.pairs.entrySet()) {
            TreeMap<LocalDate, PairWeeks.Week> byWeek = pair.getValue();
            for (Map.Entry<LocalDate, PairWeeks.Week> w : byWeek.subMap(firstWeek, true, lastWeek, true).entrySet()) {
                PairWeeks.Week now = w.getValue();
                if (now.events < settings.minEvents()) {
                    continue;
                }
                LocalDate baseFrom = w.getKey().minusWeeks(BASELINE_WEEKS);
                long n = 0;
                long conflict = 0;
                int active = 0;
                for (PairWeeks.Week before : byWeek.subMap(baseFrom, true, w.getKey(), false).values()) {
                    n += before.events;
                    conflict += before.conflict();
                    active++;
                }
                if (n < MIN_BASELINE_EVENTS || active < MIN_BASELINE_WEEKS) {
                    continue;
                }
                double alpha = conflict + TensionIndex.PRIOR;
                double beta = n - conflict + TensionIndex.PRIOR;
                double expected = now.events * alpha / (alpha + beta);
                double p = BetaBinomial.upperTail(now.conflict(), now.events, alpha, beta);
                if (now.conflict() > expected && p <= settings.p()) {
                    Baseline base = new Baseline(baseFrom.toString(), w.getKey().minusDays(1).toString(), n, conflict,
                            active, TensionIndex.round(TensionIndex.of(conflict, n), 4));
                    found.add(new Found(kind, pair.getKey(), w.getKey(), now, base, TensionIndex.round(expected, 2),
                            p, new ArrayList<>()));
                }
            }
        }
        return found;
    }

    /** The bloc alerts left after folding those whose conflict events all lie in dyad alerts of their week. */
    private static List<Found> fold(List<Found> dyads, List<Found> blocs) {
        Map<List<Object>, Found> byDyadWeek = new HashMap<>();
        for (Found d : dyads) {
            byDyadWeek.put(List.of(d.week(), d.pair()), d);
        }
        List<Found> kept = new ArrayList<>();
        for (Found b : blocs) {
            List<Found> into = b.now().conflictDyads.stream().map(d -> byDyadWeek.get(List.of(b.week(), d))).toList();
            if (into.isEmpty() || into.contains(null)) {
                kept.add(b);
            } else {
                into.forEach(d -> d.folded().add(b.pair().get(0) + "-" + b.pair().get(1)));
            }
        }
        return kept;
    }

    private Alert explained(Found f) {
        List<String> ids = f.now().conflictIds;
        EventQuery q = new EventQuery().ids(ids).sort(EventQuery.Sort.SEVERITY).limit(MAX_CAUSES);
        List<EventView> causes = analytics.events(q).events();
        return new Alert(f.kind(), f.pair().get(0), f.pair().get(1), f.week().toString(), f.now().events,
                f.now().conflict(), TensionIndex.round(TensionIndex.of(f.now().conflict(), f.now().events), 4),
                f.baseline(), f.expected(), f.p(), f.folded(), causes);
    }
}
