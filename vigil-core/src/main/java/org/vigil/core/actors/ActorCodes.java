package org.vigil.core.actors;

import java.util.Set;
import java.util.regex.Pattern;

/** The shape of actor codes and the closed list of roles (GUIDELINES.md). */
public final class ActorCodes {
    public static final Set<String> ROLES = Set.of(
            "GOV", "MIL", "COP", "REB", "INS", "OPP", "PTY", "LEG", "JUD", "MED", "BUS", "CVL", "REF", "SPY", "HRI");

    private static final Pattern ENTITY = Pattern.compile("---|[A-Z][A-Z0-9]{1,11}");
    private static final Pattern STATE = Pattern.compile("[A-Z]{3}");

    private ActorCodes() {
    }

    public static boolean isEntity(String entity) {
        return ENTITY.matcher(entity).matches();
    }

    public static boolean isState(String code) {
        return STATE.matcher(code).matches();
    }

    /** Splits "RUS:MIL" into entity and role; the role is null when absent. Throws on a malformed code. */
    public static String[] split(String code) {
        String[] parts = code.split(":", -1);
        if (parts.length > 2 || !isEntity(parts[0]) || (parts.length == 2 && !ROLES.contains(parts[1]))) {
            throw new IllegalArgumentException("not an actor code (ENTITY or ENTITY:ROLE): '" + code + "'");
        }
        return new String[] {parts[0], parts.length == 2 ? parts[1] : null};
    }
}
