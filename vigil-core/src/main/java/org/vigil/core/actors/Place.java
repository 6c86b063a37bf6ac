package org.vigil.core.actors;

import java.util.List;
import java.util.Set;
import org.vigil.core.dictionary.TsvLine;

/** A place below the state (city, region, territory) and the state it lies in. */
public record Place(List<String> names, String country, String kind) {
    static final Set<String> KINDS = Set.of("city", "region", "territory", "water", "site");

    public Place {
        names = List.copyOf(names);
    }

    /** From a {@code places.tsv} line: names, country, kind. */
    public static Place fromLine(TsvLine line) {
        if (!ActorCodes.isState(line.get(1))) {
            throw line.error("country is not an ISO 3166-1 alpha-3 code: '" + line.get(1) + "'");
        }
        if (!KINDS.contains(line.get(2))) {
            throw line.error("kind must be one of " + KINDS + ": '" + line.get(2) + "'");
        }
        return new Place(line.list(0), line.get(1), line.get(2));
    }
}
