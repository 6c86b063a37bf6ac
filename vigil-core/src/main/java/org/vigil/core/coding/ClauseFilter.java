package org.vigil.core.coding;

import java.util.Set;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;

/**
 * Says whether a trigger reports something that happened (or was said, promised, threatened): negated,
 * hypothetical, conditional and merely wished-for actions are not events.
 */
final class ClauseFilter {
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no", "neither", "nor");
    /** Modals that make the clause hypothetical; "will" is kept: a stated plan is an intent. */
    private static final Set<String> HYPOTHETICAL = Set.of("could", "would", "might", "may", "should", "must");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "lest");
    /** Verbs whose open clause did not (yet) happen: "failed to", "refused to", "wants to", "denied attacking". */
    private static final Set<String> NON_FACTUAL = Set.of("fail", "deny", "refuse", "avoid", "decline", "prevent",
            "cancel", "postpone", "want", "hope", "seek", "try", "attempt", "intend", "aim", "plan", "consider",
            "expect", "propose", "suggest", "urge", "ask", "call", "demand", "threaten", "warn", "agree", "promise",
            "pledge", "vow", "offer", "prepare", "need", "wish", "discuss", "stop", "halt", "forbid", "ban", "resist",
            "oppose", "reject", "vote", "decide", "order", "allow", "permit", "authorize", "encourage", "invite",
            "tell", "force", "seem", "appear", "likely", "able",
            "unable", "ready", "willing", "fear", "worry");
    /** Relations through which a clause inherits its governor's mood. */
    private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "ccomp", "conj", "advcl", "acl", "acl:relcl",
            "parataxis", "csubj");

    private ClauseFilter() {
    }

    static boolean isFactual(ParsedSentence s, Token trigger) {
        if (negated(s, trigger)) {
            return false;
        }
        Token clause = trigger;
        while (clause != null) {
            if (Syntax.hasChild(s, clause, "mark", CONDITIONS) || Syntax.hasChild(s, clause, "aux", HYPOTHETICAL)) {
                return false;
            }
            Token governor = s.parent(clause);
            if (governor == null || !CLAUSE_LINKS.contains(clause.relation())) {
                break;
            }
            boolean embedded = clause.relation().equals("xcomp") || clause.relation().equals("ccomp");
            if (embedded && (NON_FACTUAL.contains(governor.lemma()) || negated(s, governor))) {
                return false;
            }
            clause = governor;
        }
        return true;
    }

    static boolean negated(ParsedSentence s, Token t) {
        return Syntax.hasChild(s, t, "advmod", NEGATIONS) || Syntax.hasChild(s, t, "neg", NEGATIONS)
                || Syntax.hasChild(s, t, "det", Set.of("no"));
    }
}
