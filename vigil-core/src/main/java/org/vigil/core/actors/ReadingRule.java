package org.vigil.core.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.dictionary.TsvLine;

/**
 * One line of {@code readings.tsv}: in an article that names a cue of one of the {@code when} sets (any article
 * when there are none) and of none of the {@code unless} sets, the phrase stands for {@code entity} (empty: not
 * coded).
 */
record ReadingRule(String phrase, Optional<String> entity, List<String> when, List<String> unless) {
    ReadingRule {
        when = List.copyOf(when);
        unless = List.copyOf(unless);
    }

    /** Whether the rule holds in an article that names these cue sets. */
    boolean holds(Set<String> named) {
        return (when.isEmpty() || !Collections.disjoint(when, named)) && Collections.disjoint(unless, named);
    }

    /** The rules of {@code readings.tsv} lines, each cue set checked against {@code cues.tsv}. */
    static List<ReadingRule> fromLines(List<TsvLine> readings, CueSets cues) {
        List<ReadingRule> rules = new ArrayList<>();
        for (TsvLine line : readings) {
            String reads = line.get(1);
            if (!reads.equals("-") && !ActorCodes.isEntity(reads)) {
                throw line.error("reads must be an entity code or -: '" + reads + "'");
            }
            List<String> when = line.get(2).equals("*") ? List.of() : cues.namesIn(line, 2);
            rules.add(new ReadingRule(line.get(0), Optional.ofNullable(line.optional(1)), when,
                    cues.namesIn(line, 3)));
        }
        return List.copyOf(rules);
    }
}
