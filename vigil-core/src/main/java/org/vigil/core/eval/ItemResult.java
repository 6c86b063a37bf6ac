package org.vigil.core.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scoring of one gold item: its predictions and the one-to-one matches at each level that applies
 * ({@link Level#ENTITY}, {@link Level#ROLES}, {@link Level#FULL_CODE} for a CAMEO item; {@link Level#PLOVER}
 * for a PLOVER item; none for an item with no gold events, where every prediction is a false positive).
 */
public record ItemResult(GoldItem item, List<Prediction> predicted, Map<Level, List<Match>> matches) {
    public ItemResult {
        Objects.requireNonNull(item, "item");
        predicted = List.copyOf(predicted);
        Map<Level, List<Match>> copy = new EnumMap<>(Level.class);
        matches.forEach((level, list) -> copy.put(level, List.copyOf(list)));
        matches = Collections.unmodifiableMap(copy);
    }

    /** The level the item's misses and false positives are judged at. */
    public Level headlineLevel() {
        return item.isPlover() ? Level.PLOVER : Level.ENTITY;
    }

    /** Matches at a level; empty when the level does not apply to this item. */
    public List<Match> matches(Level level) {
        return matches.getOrDefault(level, List.of());
    }

    /** Counts at a level, for this item alone; {@link Level#ARTICLE} counts distinct triples. */
    public Counts counts(Level level) {
        if (level == Level.ARTICLE) {
            return item.isPlover() ? Counts.ZERO : ArticleTriples.counts(item.events(), predicted);
        }
        return new Counts(item.events().size(), predicted.size(), matches(level).size());
    }

    /** Gold events not matched at the headline level, in gold order. */
    public List<GoldEvent> misses() {
        List<GoldEvent> out = new ArrayList<>(item.events());
        matches(headlineLevel()).forEach(m -> out.remove(m.gold()));
        return out;
    }

    /** Predicted events not matched at the headline level, in prediction order. */
    public List<Prediction> falsePositives() {
        List<Prediction> out = new ArrayList<>(predicted);
        matches(headlineLevel()).forEach(m -> out.remove(m.predicted()));
        return out;
    }
}
