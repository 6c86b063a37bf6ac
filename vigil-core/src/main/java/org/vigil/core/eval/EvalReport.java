package org.vigil.core.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The metric of GUIDELINES.md over a gold set: counts at each level, per-root (CAMEO) and per-type (PLOVER)
 * breakdowns, and the per-item results behind them. Immutable.
 *
 * @param levels        counts at each level; CAMEO levels count CAMEO items, {@link Level#PLOVER} counts PLOVER items
 * @param perRoot       for each CAMEO root: gold events with the root, predictions with the root, matches
 *                      at the {@link Level#ENTITY} level
 * @param perPlover     for each PLOVER type: gold events, predictions (by the type of their code) and matches
 *                      at the {@link Level#PLOVER} level; predictions whose code has no type count under "-"
 * @param cameoItems    items scored at the CAMEO levels (including items without gold events)
 * @param ploverItems   items scored at the PLOVER level
 * @param headlineLevel {@link Level#ENTITY} unless the set is scored at the PLOVER level only
 * @param items         the per-item results, in input order
 */
public record EvalReport(
        Map<Level, Counts> levels,
        SortedMap<String, Counts> perRoot,
        SortedMap<String, Counts> perPlover,
        int cameoItems,
        int ploverItems,
        Level headlineLevel,
        List<ItemResult> items) {

    public EvalReport {
        Map<Level, Counts> copy = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            copy.put(level, levels.getOrDefault(level, Counts.ZERO));
        }
        levels = Collections.unmodifiableMap(copy);
        perRoot = Collections.unmodifiableSortedMap(new TreeMap<>(perRoot));
        perPlover = Collections.unmodifiableSortedMap(new TreeMap<>(perPlover));
        Objects.requireNonNull(headlineLevel, "headline level");
        items = List.copyOf(items);
    }

    public Counts counts(Level level) {
        return levels.get(level);
    }

    /** Counts at the headline level. */
    public Counts headline() {
        return levels.get(headlineLevel);
    }

    public boolean hasCameo() {
        return cameoItems > 0;
    }

    public boolean hasPlover() {
        return ploverItems > 0;
    }
}
