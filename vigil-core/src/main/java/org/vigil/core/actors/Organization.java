package org.vigil.core.actors;

import java.util.List;
import java.util.Set;
import org.vigil.core.dictionary.TsvLine;

/** A named organisation or group, coded as {@code entity[:role]}, with nouns that refer back to it. */
public record Organization(String entity, String role, List<String> names, String kind, List<String> anaphors) {
    static final Set<String> KINDS = Set.of("IGO", "NGO", "ARMED", "STATE");

    public Organization {
        names = List.copyOf(names);
        anaphors = List.copyOf(anaphors);
    }

    /** From an {@code organizations.tsv} line: actor, names, kind, anaphors. */
    public static Organization fromLine(TsvLine line) {
        String[] code;
        try {
            code = ActorCodes.split(line.get(0));
        } catch (IllegalArgumentException e) {
            throw line.error(e.getMessage());
        }
        String kind = line.get(2);
        if (!KINDS.contains(kind)) {
            throw line.error("kind must be one of " + KINDS + ": '" + kind + "'");
        }
        if (line.list(1).isEmpty()) {
            throw line.error("an organisation needs at least one name");
        }
        return new Organization(code[0], code[1], line.list(1), kind, line.list(3));
    }
}
