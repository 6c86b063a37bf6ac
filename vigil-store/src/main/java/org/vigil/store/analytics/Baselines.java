package org.vigil.store.analytics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The history an alert is measured against (docs/analytics.md, "Alerts"): over the {@value #BUCKETS} buckets before
 * the one tested, the nearest scope that holds enough events. Sparse news rarely gives a pair a history of its own,
 * so the ladder widens from the pair to its two sides' events with anyone, then to all pairs; a bucket with no
 * scope holding {@value #MIN_EVENTS} events in {@value #MIN_BUCKETS} buckets has no baseline and never alerts.
 */
final class Baselines {
    static final int BUCKETS = 8;
    static final int MIN_EVENTS = 5;
    static final int MIN_BUCKETS = 2;

    /** How wide the history is, narrowest first: the order in which scopes are tried. */
    enum Scope {
        PAIR, SIDES, ALL;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Events and conflict events of one bucket of one scope. */
    private static final class Tally {
        long events;
        long conflict;
    }

    private final Interval interval;
    private final Map<List<String>, TreeMap<LocalDate, Tally>> byPair = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, Tally>> bySide = new HashMap<>();
    private final TreeMap<LocalDate, Tally> all = new TreeMap<>();

    Baselines(PairBuckets buckets) {
        this.interval = buckets.interval;
        for (Map.Entry<List<String>, TreeMap<LocalDate, PairBuckets.Counts>> pair : buckets.pairs.entrySet()) {
            for (Map.Entry<LocalDate, PairBuckets.Counts> b : pair.getValue().entrySet()) {
                add(byPair.computeIfAbsent(pair.getKey(), k -> new TreeMap<>()), b.getKey(), b.getValue());
                for (String side : pair.getKey()) {
                    add(bySide.computeIfAbsent(side, k -> new TreeMap<>()), b.getKey(), b.getValue());
                }
                add(all, b.getKey(), b.getValue());
            }
        }
    }

    private static void add(TreeMap<LocalDate, Tally> into, LocalDate start, PairBuckets.Counts counts) {
        Tally t = into.computeIfAbsent(start, k -> new Tally());
        t.events += counts.events;
        t.conflict += counts.conflict();
    }

    /** The baseline of {@code pair} for the bucket starting on {@code start}, or null when no scope has enough. */
    Alerts.Baseline of(List<String> pair, LocalDate start) {
        LocalDate from = interval.back(start, BUCKETS);
        for (Scope scope : Scope.values()) {
            long events = 0;
            long conflict = 0;
            Set<LocalDate> active = new HashSet<>();
            for (TreeMap<LocalDate, Tally> series : series(scope, pair)) {
                for (Map.Entry<LocalDate, Tally> b : series.subMap(from, true, start, false).entrySet()) {
                    events += b.getValue().events;
                    conflict += b.getValue().conflict;
                    active.add(b.getKey());
                }
            }
            if (scope == Scope.SIDES) {
                // an event between the two sides is in both of their series: count it once
                for (Tally both : byPair.get(pair).subMap(from, true, start, false).values()) {
                    events -= both.events;
                    conflict -= both.conflict;
                }
            }
            if (events >= MIN_EVENTS && active.size() >= MIN_BUCKETS) {
                return new Alerts.Baseline(scope.key(), from.toString(), start.minusDays(1).toString(), events,
                        conflict, active.size(), TensionIndex.round(TensionIndex.of(conflict, events), 4));
            }
        }
        return null;
    }

    private List<TreeMap<LocalDate, Tally>> series(Scope scope, List<String> pair) {
        return switch (scope) {
            case PAIR -> List.of(byPair.get(pair));
            case SIDES -> List.of(bySide.get(pair.get(0)), bySide.get(pair.get(1)));
            case ALL -> List.of(all);
        };
    }
}
