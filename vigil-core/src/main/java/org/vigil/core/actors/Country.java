package org.vigil.core.actors;

import java.util.List;
import org.vigil.core.dictionary.TsvLine;

/** A state and the words that name it: names, adjectives, demonyms, and capitals standing for its government. */
public record Country(String code, List<String> names, List<String> adjectives, List<String> demonyms,
                      List<String> capitals) {
    public Country {
        names = List.copyOf(names);
        adjectives = List.copyOf(adjectives);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
    }

    /** From a {@code countries.tsv} line: code, names, adjectives, demonyms, capitals. */
    public static Country fromLine(TsvLine line) {
        String code = line.get(0);
        if (!ActorCodes.isState(code)) {
            throw line.error("not an ISO 3166-1 alpha-3 code: '" + code + "'");
        }
        return new Country(code, line.list(1), line.list(2), line.list(3), line.list(4));
    }
}
