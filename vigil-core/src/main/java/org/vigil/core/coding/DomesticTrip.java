package org.vigil.core.coding;

import java.util.Set;
import org.vigil.core.model.Actor;
import org.vigil.core.verbs.TriggerPattern;

/**
 * A visit (CAMEO 042, 043) goes to another actor: a leader who travels to a place of their own state ("the
 * president will travel to Florida to survey the damage") is on a trip at home, not visiting anyone.
 */
final class DomesticTrip {
    private static final Set<String> VISITS = Set.of("042", "043");

    private DomesticTrip() {
    }

    static boolean applies(TriggerPattern pattern, Actor source, Actor target) {
        return target != null && VISITS.contains(pattern.code().code()) && target.role() == null
                && target.entity().equals(source.entity());
    }
}
