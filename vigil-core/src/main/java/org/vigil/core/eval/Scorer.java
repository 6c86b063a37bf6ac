package org.vigil.core.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores predicted events against gold items with the metric of GUIDELINES.md.
 *
 * <p>Within an item, matching is one-to-one and greedy, done separately at each level: gold events are taken
 * in order, and each takes the unmatched prediction that matches it at that level. When several do, it takes
 * the one that also agrees on the most of roles and full code (the earliest among equals), so a near-exact
 * prediction is not spent on a loose match.
 *
 * <p>Items whose gold events carry a PLOVER type are scored at {@link Level#PLOVER}; the others at the three
 * CAMEO levels. An item without gold events is scored with the CAMEO items, unless the set has no CAMEO item
 * with events but does have PLOVER items: then its predictions count against PLOVER precision. The headline is
 * {@link Level#ENTITY}, or {@link Level#PLOVER} for a set scored only at that level.
 *
 * <p>Stateless and thread-safe.
 */
public final class Scorer {
    private static final Level[] CAMEO_LEVELS = {Level.ENTITY, Level.ROLES, Level.FULL_CODE, Level.IN_PLACE};
    private static final Level[] CAMEO_COUNTED = {Level.ENTITY, Level.ROLES, Level.FULL_CODE, Level.IN_PLACE, Level.ARTICLE};
    private static final String NO_PLOVER = "-";

    private final boolean articles;

    /** A scorer of short items: the headline is {@link Level#ENTITY} (or {@link Level#PLOVER}). */
    public Scorer() {
        this(false);
    }

    private Scorer(boolean articles) {
        this.articles = articles;
    }

    /** A scorer of whole articles: the headline is {@link Level#ARTICLE}. */
    public static Scorer forArticles() {
        return new Scorer(true);
    }

    /** Scores one item. */
    public ItemResult scoreItem(GoldItem item, List<Prediction> predicted) {
        Map<Level, List<Match>> matches = new EnumMap<>(Level.class);
        if (item.isPlover()) {
            matches.put(Level.PLOVER, match(item.events(), predicted, Level.PLOVER));
        } else {
            for (Level level : CAMEO_LEVELS) {
                matches.put(level, match(item.events(), predicted, level));
            }
        }
        return new ItemResult(item, predicted, matches);
    }

    /** Aggregates item results into the report. */
    public EvalReport score(List<ItemResult> results) {
        boolean ploverOnly = results.stream().anyMatch(r -> r.item().isPlover())
                && results.stream().noneMatch(r -> !r.item().isPlover() && !r.item().events().isEmpty());
        Map<Level, Counts> levels = new EnumMap<>(Level.class);
        Map<String, int[]> perRoot = new TreeMap<>();
        Map<String, int[]> perPlover = new TreeMap<>();
        int cameoItems = 0;
        int ploverItems = 0;
        for (ItemResult r : results) {
            boolean plover = r.item().isPlover() || (ploverOnly && r.item().events().isEmpty());
            if (plover) {
                ploverItems++;
                add(levels, Level.PLOVER, r.counts(Level.PLOVER));
                breakdown(perPlover, r, Level.PLOVER, GoldEvent::plover, p -> p.plover() == null ? NO_PLOVER : p.plover());
            } else {
                cameoItems++;
                for (Level level : CAMEO_COUNTED) {
                    add(levels, level, r.counts(level));
                }
                breakdown(perRoot, r, Level.ENTITY, GoldEvent::root, Prediction::root);
            }
        }
        Level headline = cameoItems == 0 && ploverItems > 0 ? Level.PLOVER
                : articles ? Level.ARTICLE : Level.ENTITY;
        return new EvalReport(levels, toCounts(perRoot), toCounts(perPlover),
                cameoItems, ploverItems, headline, results);
    }

    /** Greedy one-to-one matching of gold events to predictions at one level. */
    static List<Match> match(List<GoldEvent> gold, List<Prediction> predicted, Level level) {
        boolean[] used = new boolean[predicted.size()];
        List<Match> out = new ArrayList<>();
        for (GoldEvent g : gold) {
            int best = -1;
            int bestScore = -1;
            for (int i = 0; i < predicted.size(); i++) {
                Prediction p = predicted.get(i);
                if (used[i] || !level.matches(g, p)) {
                    continue;
                }
                int score = closeness(g, p);
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                used[best] = true;
                out.add(new Match(g, predicted.get(best)));
            }
        }
        return out;
    }

    /** How many of the stricter criteria a prediction also meets, to break ties between matches. */
    private static int closeness(GoldEvent g, Prediction p) {
        int score = 0;
        if (Level.actorMatches(g.source(), p.source(), true)) {
            score++;
        }
        if (Level.actorMatches(g.target(), p.target(), true)) {
            score++;
        }
        if (p.code().equals(g.code())) {
            score += 2;
        }
        return score;
    }

    private static void add(Map<Level, Counts> levels, Level level, Counts counts) {
        levels.merge(level, counts, Counts::plus);
    }

    private static void breakdown(Map<String, int[]> table, ItemResult r, Level level,
                                  Function<GoldEvent, String> goldKey, Function<Prediction, String> predictedKey) {
        for (GoldEvent g : r.item().events()) {
            table.computeIfAbsent(goldKey.apply(g), k -> new int[3])[0]++;
        }
        for (Prediction p : r.predicted()) {
            table.computeIfAbsent(predictedKey.apply(p), k -> new int[3])[1]++;
        }
        for (Match m : r.matches(level)) {
            table.computeIfAbsent(goldKey.apply(m.gold()), k -> new int[3])[2]++;
        }
    }

    private static TreeMap<String, Counts> toCounts(Map<String, int[]> table) {
        TreeMap<String, Counts> out = new TreeMap<>();
        table.forEach((key, c) -> out.put(key, new Counts(c[0], c[1], c[2])));
        return out;
    }
}
