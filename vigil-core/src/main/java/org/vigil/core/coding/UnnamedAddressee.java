package org.vigil.core.coding;

import java.util.Set;
import org.vigil.core.cameo.CameoCode;
import org.vigil.core.verbs.TriggerPattern;
import org.vigil.core.verbs.TriggerPattern.Option;

/**
 * Who did what to whom: an action is aimed at someone, and when the sentence does not say at whom ("the president
 * called the notion a waste of time", "authorities seized the site") the coder cannot tell the dyad and codes
 * nothing. Coded with no target are only acts that need no addressee: statements (01), protests (14), shows of
 * force such as mobilisation (15), and what verbs.tsv marks {@code notarget} (resigning, a curfew) or
 * {@code unaddressed} (a proposal put to no one in particular).
 */
final class UnnamedAddressee {
    private static final Set<String> ADDRESSEE_OPTIONAL = Set.of("01", "14", "15");

    private UnnamedAddressee() {
    }

    /** Whether an event of this pattern, coded in the end as {@code code}, may have no target. */
    static boolean allowed(TriggerPattern pattern, CameoCode code) {
        return ADDRESSEE_OPTIONAL.contains(code.root()) || pattern.has(Option.NOTARGET)
                || pattern.has(Option.UNADDRESSED);
    }
}
