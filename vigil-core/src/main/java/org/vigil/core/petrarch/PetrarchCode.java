package org.vigil.core.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.core.actors.ActorCodes;

/**
 * PETRARCH's actor codes (concatenated 3-letter chunks: {@code PSEREBHMS}, {@code AFGGOVAGR}) in Vigil's
 * {@code ENTITY[:ROLE]} form. The entity is the first chunk, or the first two when the first only says what kind
 * of non-state actor follows ({@code IGOUNO}, {@code NGOHRW}); the role is the next chunk when it is one of Vigil's
 * roles. Further chunks (sub-roles, group names) are dropped, since Vigil's roles are a closed list.
 */
public final class PetrarchCode {
    /** Leading chunks that only announce the kind of a non-state actor. */
    private static final Set<String> KIND_PREFIXES = Set.of("IGO", "NGO", "IMG", "MNC", "UIS");

    private PetrarchCode() {
    }

    /** The Vigil code ("PSE:REB", "AFG", "IGOUNO"); throws IllegalArgumentException when it is not an actor code. */
    public static String toVigil(String petrarch) {
        String code = petrarch.trim().toUpperCase(Locale.ROOT);
        if (code.startsWith("---")) {
            // the unknown actor with a role: ---GOV
            String rest = code.substring(3);
            return rest.length() >= 3 && ActorCodes.ROLES.contains(rest.substring(0, 3)) ? "---:" + rest.substring(0, 3)
                    : "---";
        }
        if (!code.matches("[A-Z0-9]{2,}")) {
            throw new IllegalArgumentException("not a PETRARCH actor code: '" + petrarch + "'");
        }
        List<String> chunks = chunks(code);
        int next = 1;
        String entity = chunks.get(0);
        if (KIND_PREFIXES.contains(entity) && chunks.size() > 1 && !ActorCodes.ROLES.contains(chunks.get(1))) {
            entity += chunks.get(1);
            next = 2;
        }
        if (next < chunks.size() && ActorCodes.ROLES.contains(chunks.get(next))) {
            return entity + ":" + chunks.get(next);
        }
        return entity;
    }

    private static List<String> chunks(String code) {
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < code.length(); i += 3) {
            chunks.add(code.substring(i, Math.min(code.length(), i + 3)));
        }
        return chunks;
    }
}
