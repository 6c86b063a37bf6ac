package org.vigil.store.analytics;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alerts (docs/analytics.md, "Alerts"): a pair of entities or of blocs whose conflict events in one bucket (a week,
 * or a month when the news is sparse) are improbably many given a baseline, the {@value Baselines#BUCKETS} buckets
 * before, of the pair itself or, when it has too little history, of its sides or of all pairs ({@link Baselines}).
 * The baseline's conflict share is uncertain, Beta(ΣC + k, ΣN − ΣC + k); the bucket's conflict count is tested
 * against the beta-binomial predictive distribution of N events. A bloc alert whose conflict events all belong to
 * state-pair alerts of the same bucket is folded into them.
 */
public final class Alerts {
    public static final int MAX_CAUSES = 20;
    /** With fewer dated events a week than this on average over the range, {@code auto} buckets by month. */
    public static final int AUTO_WEEKLY_EVENTS = 20;
    /** Weeks in an average month: 365.25 / 12 / 7. */
    static final double MONTH_WEEKS = 365.25 / 12 / 7;

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

    /** Parses {@code week}, {@code month} or {@code auto} (null: chosen from the data) given as {@code parameter}. */
    public static Interval interval(String parameter, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "week" -> Interval.WEEK;
            case "month" -> Interval.MONTH;
            default -> throw new BadParameterException(parameter, "must be one of week, month, auto: '" + value + "'");
        };
    }

    /**
     * What to look for; {@code from}/{@code to} null: from the first to the latest event; {@code interval} week,
     * month or null (auto); {@code p}: significance per week (a month is tested at {@link #pBucket}).
     */
    public record Settings(LocalDate from, LocalDate to, Kind kind, Interval interval, int minEvents, double p,
                           Statuses statuses, int limit) {
        public Settings {
            if (interval == Interval.DAY) {
                throw new BadParameterException("interval", "must be one of week, month, auto: 'day'");
            }
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
            return new Settings(null, null, Kind.ALL, null, 3, 0.01, Statuses.MEMBERS, 50);
        }
    }

    /**
     * The rule in force, reported with the alerts: the bucket {@code interval}, whether it was chosen
     * automatically and the dated events a week that choose weeks, the baseline's length, minimum events and
     * buckets with events, and scopes in order; {@code p} is the significance per week, {@code pBucket} the one
     * each bucket is tested at.
     */
    public record Rule(String interval, boolean auto, int autoWeeklyEvents, int baselineBuckets, int minBaselineEvents,
                       int minBaselineBuckets, List<String> scopes, int minEvents, double p, double pBucket,
                       double prior) {
        public Rule {
            scopes = List.copyOf(scopes);
        }
    }

    /**
     * The history an alert beat: its {@code scope} (pair, sides or all), the buckets before it, their events,
     * conflict events, buckets with events and conflict share.
     */
    public record Baseline(String scope, String from, String to, long events, long conflict, int buckets,
                           double share) {
    }

    /**
     * One alert over the bucket ({@code interval} week or month) from {@code start} to {@code end}; {@code pValue} the chance of so many conflict
     * events under the baseline, {@code folded} the bloc pairs whose alerts only repeated it, {@code causedBy} its
     * conflict events, worst first (at most {@value #MAX_CAUSES} of {@code conflict}).
     */
    public record Alert(String kind, String a, String b, String interval, String start, String end, long events,
                        long conflict,
                        double tension,
                        Baseline baseline, double expected, double pValue, List<String> folded,
                        List<EventView> causedBy) {
        public Alert {
            folded = List.copyOf(folded);
            causedBy = List.copyOf(causedBy);
        }
    }

    /** The alerts over a range of buckets (null dates when the store has no dated events), latest first. */
    public record Result(Rule rule, String from, String to, List<Alert> alerts) {
        public Result {
            alerts = List.copyOf(alerts);
        }
    }

    /** An alert found, with what explains it, before its events are read. */
    private record Found(String kind, List<String> pair, LocalDate start, PairBuckets.Counts now, Baseline baseline,
                         double expected, double p, List<String> folded) {
    }

    private final Analytics analytics;
    private final Settings settings;

    Alerts(Analytics analytics, Settings settings) {
        this.analytics = analytics;
        this.settings = settings;
    }

    Result run(Connection c) throws SQLException {
        DatedSpan span = DatedSpan.read(c, settings.from(), settings.to());
        Interval interval = settings.interval() != null ? settings.interval() : span.auto(AUTO_WEEKLY_EVENTS);
        Rule rule = new Rule(interval.toString(), settings.interval() == null, AUTO_WEEKLY_EVENTS, Baselines.BUCKETS,
                Baselines.MIN_EVENTS, Baselines.MIN_BUCKETS,
                Arrays.stream(Baselines.Scope.values()).map(Baselines.Scope::key).toList(), settings.minEvents(),
                settings.p(), pBucket(settings.p(), interval), TensionIndex.PRIOR);
        if (span.from() == null) {
            return new Result(rule, Analytics.str(settings.from()), Analytics.str(settings.to()), List.of());
        }
        LocalDate first = interval.start(span.from());
        LocalDate last = interval.start(span.to());
        LocalDate dataFrom = interval.back(first, Baselines.BUCKETS);
        LocalDate dataTo = interval.next(last).minusDays(1);
        List<Found> dyads = settings.kind() == Kind.BLOC ? List.of()
                : evaluate("dyad", PairBuckets.read(c, PairBuckets.dyads(dataFrom, dataTo), interval), first, last);
        List<Found> blocs = settings.kind() == Kind.DYAD ? List.of()
                : evaluate("bloc", PairBuckets.read(c, BlocPairs.events(settings.statuses(), dataFrom, dataTo),
                        interval), first, last);
        List<Found> found = new ArrayList<>(dyads);
        found.addAll(fold(dyads, blocs));
        found.sort(Comparator.comparing(Found::start, Comparator.reverseOrder()).thenComparingDouble(Found::p)
                .thenComparing(Found::kind).thenComparing(f -> f.pair().get(0)).thenComparing(f -> f.pair().get(1)));
        List<Alert> out = new ArrayList<>();
        for (Found f : found.subList(0, Math.min(settings.limit(), found.size()))) {
            out.add(explained(f, interval));
        }
        return new Result(rule, span.from().toString(), span.to().toString(), out);
    }

    private List<Found> evaluate(String kind, PairBuckets buckets, LocalDate first, LocalDate last) {
        Baselines baselines = new Baselines(buckets);
        double pBucket = pBucket(settings.p(), buckets.interval);
        List<Found> found = new ArrayList<>();
        for (Map.Entry<List<String>, TreeMap<LocalDate, PairBuckets.Counts>> pair : buckets.pairs.entrySet()) {
            for (Map.Entry<LocalDate, PairBuckets.Counts> b : pair.getValue().subMap(first, true, last, true)
                    .entrySet()) {
                PairBuckets.Counts now = b.getValue();
                if (now.events < settings.minEvents()) {
                    continue;
                }
                Baseline base = baselines.of(pair.getKey(), b.getKey());
                if (base == null) {
                    continue;
                }
                double alpha = base.conflict() + TensionIndex.PRIOR;
                double beta = base.events() - base.conflict() + TensionIndex.PRIOR;
                double expected = now.events * alpha / (alpha + beta);
                double p = BetaBinomial.upperTail(now.conflict(), now.events, alpha, beta);
                if (now.conflict() > expected && p <= pBucket) {
                    found.add(new Found(kind, pair.getKey(), b.getKey(), now, base, TensionIndex.round(expected, 2),
                            p, new ArrayList<>()));
                }
            }
        }
        return found;
    }

    /**
     * The significance a bucket is tested at: {@code p} for a week; for a month, p times the weeks in a month, so
     * that a pair has the same expected number of false alerts a year whichever the bucket.
     */
    static double pBucket(double p, Interval interval) {
        return interval == Interval.MONTH ? Math.min(1.0, p * MONTH_WEEKS) : p;
    }

    /** The bloc alerts left after folding those whose conflict events all lie in dyad alerts of their bucket. */
    private static List<Found> fold(List<Found> dyads, List<Found> blocs) {
        Map<List<Object>, Found> byDyadBucket = new HashMap<>();
        for (Found d : dyads) {
            byDyadBucket.put(List.of(d.start(), d.pair()), d);
        }
        List<Found> kept = new ArrayList<>();
        for (Found b : blocs) {
            List<Found> into = b.now().conflictDyads.stream().map(d -> byDyadBucket.get(List.of(b.start(), d)))
                    .toList();
            if (into.isEmpty() || into.contains(null)) {
                kept.add(b);
            } else {
                into.forEach(d -> d.folded().add(b.pair().get(0) + "-" + b.pair().get(1)));
            }
        }
        return kept;
    }

    private Alert explained(Found f, Interval interval) {
        List<String> ids = f.now().conflictIds;
        EventQuery q = new EventQuery().ids(ids).sort(EventQuery.Sort.SEVERITY).limit(MAX_CAUSES);
        List<EventView> causes = analytics.events(q).events();
        return new Alert(f.kind(), f.pair().get(0), f.pair().get(1), interval.toString(), f.start().toString(),
                interval.next(f.start()).minusDays(1).toString(), f.now().events,
                f.now().conflict(), TensionIndex.round(TensionIndex.of(f.now().conflict(), f.now().events), 4),
                f.baseline(), f.expected(), f.p(), f.folded(), causes);
    }
}
