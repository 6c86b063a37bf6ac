package org.vigil.core.actors;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.dictionary.DictionaryException;
import org.vigil.core.dictionary.TsvLine;
import org.vigil.core.dictionary.TsvReader;

/**
 * What a name that several actors share stands for in one article, read from the other words of the article
 * (places, offices, the dateline) by the rules of {@code readings.tsv} and the cue sets of {@code cues.tsv}:
 * "Congo" is the DRC in a story about Goma or Kinshasa, the Republic of the Congo in one about Brazzaville, and
 * neither (not coded) when the story names both or none.
 */
public final class StateReadings {
    public static final StateReadings NONE = new StateReadings(Map.of());

    /** Immutable once read: the shipped cues and rules, the same for every article. */
    private static final CueSets CUES = CueSets.fromLines(resource("cues.tsv", 2));
    private static final List<ReadingRule> RULES = ReadingRule.fromLines(resource("readings.tsv", 4), CUES);

    /** Phrase as written -> the entity it stands for here, or empty: not coded. */
    private final Map<String, Optional<String>> readings;

    private StateReadings(Map<String, Optional<String>> readings) {
        this.readings = Map.copyOf(readings);
    }

    public static StateReadings of(String text) {
        return of(text, RULES, CUES);
    }

    /** The readings of an article by these rules: for each phrase, its first rule that holds. */
    static StateReadings of(String text, List<ReadingRule> rules, CueSets cues) {
        Set<String> named = cues.named(text);
        Map<String, Optional<String>> readings = new HashMap<>();
        for (ReadingRule rule : rules) {
            if (!readings.containsKey(rule.phrase()) && rule.holds(named)) {
                readings.put(rule.phrase(), rule.entity());
            }
        }
        return new StateReadings(readings);
    }

    /** Whether this article reads the phrase otherwise than the dictionaries do. */
    public boolean reads(String phrase) {
        return readings.containsKey(phrase);
    }

    /** The entity a phrase this article {@link #reads} stands for, or empty: not coded. */
    public Optional<String> entity(String phrase) {
        return readings.getOrDefault(phrase, Optional.empty());
    }

    private static List<TsvLine> resource(String name, int columns) {
        InputStream in = StateReadings.class.getResourceAsStream("/dictionaries/" + name);
        if (in == null) {
            throw new DictionaryException(name, "missing from the classpath (/dictionaries/" + name + ")", null);
        }
        return TsvReader.read(name, in, columns);
    }
}
