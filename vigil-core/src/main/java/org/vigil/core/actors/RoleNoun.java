package org.vigil.core.actors;

import java.util.List;
import org.vigil.core.dictionary.TsvLine;

/**
 * An agent noun ("troops", "foreign minister") and the role it gives; {@code refersToPerson} when "the X" can
 * point back to a person named earlier.
 */
public record RoleNoun(List<String> lemmas, String role, boolean refersToPerson) {
    public RoleNoun {
        lemmas = List.copyOf(lemmas);
    }

    /** From a {@code roles.tsv} line: phrase, role, anaphor. */
    public static RoleNoun fromLine(TsvLine line) {
        String role = line.get(1);
        if (!ActorCodes.ROLES.contains(role)) {
            throw line.error("role must be one of " + ActorCodes.ROLES + ": '" + role + "'");
        }
        String anaphor = line.get(2);
        if (!anaphor.equals("person") && !anaphor.equals("-")) {
            throw line.error("anaphor must be 'person' or '-': '" + anaphor + "'");
        }
        List<String> lemmas = List.of(line.get(0).toLowerCase(java.util.Locale.ROOT).split(" +"));
        return new RoleNoun(lemmas, role, anaphor.equals("person"));
    }
}
