package org.vigil.core.coding;

import java.util.Set;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;

/**
 * Decides the mood of a trigger's clause: negated, hypothetical, conditional and merely wished-for actions are
 * not events; actions announced for the future are intents or threats.
 */
final class ClauseFilter {
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no", "neither", "nor");
    /** Modals that make the clause hypothetical. */
    private static final Set<String> HYPOTHETICAL = Set.of("could", "might", "may", "should", "must", "can");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
    /** "would" is the future of reported speech ("said it would allow") and a hypothetical elsewhere. */
    private static final String REPORTED_FUTURE = "would";
    private static final Set<String> SAYING = Set.of("say", "announce", "state", "tell", "confirm", "declare",
            "report", "add", "insist", "stress", "indicate", "write", "reply", "respond");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "lest");
    /** Verbs whose open clause did not (yet) happen: "failed to", "refused to", "wants to", "denied attacking". */
    private static final Set<String> NON_FACTUAL = Set.of("fail", "deny", "refuse", "avoid", "decline", "prevent",
            "cancel", "postpone", "want", "hope", "seek", "try", "attempt", "intend", "aim", "plan", "consider",
            "expect", "propose", "suggest", "urge", "ask", "call", "demand", "threaten", "warn", "agree", "promise",
            "pledge", "vow", "offer", "prepare", "need", "wish", "discuss", "stop", "halt", "forbid", "ban", "resist",
            "oppose", "reject", "vote", "decide", "order", "allow", "permit", "authorize", "encourage", "invite",
            "tell", "force", "seem", "appear", "likely", "able",
            "unable", "ready", "willing", "fear", "worry");
    /** Nouns whose clause is a claim, not a fact: "accusations that its troops were fighting". */
    private static final Set<String> NON_FACTUAL_NOUNS = Set.of("accusation", "allegation", "claim", "report",
            "rumour", "rumor", "suspicion", "denial", "threat", "proposal", "request", "plan", "demand", "call",
            "offer", "promise", "pledge", "hope", "fear", "decision", "order", "warning");
    /** Relations through which a clause inherits its governor's mood (not csubj: "Doing X would make ..."). */
    private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "ccomp", "conj", "advcl", "acl", "acl:relcl",
            "parataxis", "dep");

    private ClauseFilter() {
    }

    static Mood mood(ParsedSentence s, Token trigger) {
        if (negated(s, trigger)) {
            return Mood.UNREAL;
        }
        Mood mood = Mood.FACT;
        Token clause = trigger.isNoun() ? carryingClause(s, trigger) : trigger;
        while (clause != null) {
            if (Syntax.hasChild(s, clause, "mark", CONDITIONS) || Syntax.hasChild(s, clause, "aux", HYPOTHETICAL)) {
                return Mood.UNREAL;
            }
            if (Syntax.hasChild(s, clause, "aux", FUTURE)) {
                mood = Mood.FUTURE;
            }
            Token governor = s.parent(clause);
            if (Syntax.hasChild(s, clause, "aux", Set.of(REPORTED_FUTURE))) {
                if (governor == null || !clause.relation().equals("ccomp") || !SAYING.contains(governor.lemma())) {
                    return Mood.UNREAL;
                }
                mood = Mood.FUTURE;
            }
            if (governor == null || !CLAUSE_LINKS.contains(clause.relation())) {
                break;
            }
            boolean embedded = Syntax.isOpenClause(s, clause) || clause.relation().equals("ccomp")
                    || (clause.relation().startsWith("acl") && governor.isNoun());
            Set<String> unreal = governor.isNoun() ? NON_FACTUAL_NOUNS : NON_FACTUAL;
            if (embedded && (unreal.contains(governor.lemma()) || negated(s, governor))) {
                return Mood.UNREAL;
            }
            clause = governor;
        }
        return mood;
    }

    /**
     * A nominal event takes the mood of the clause that reports it ("agreed to hold joint exercises" is not yet
     * an exercise), but not its negation ("did not condemn the strike": the strike happened).
     */
    private static Token carryingClause(ParsedSentence s, Token noun) {
        Token head = noun;
        while (!head.isVerb() && s.parent(head) != null && Set.of("obj", "nsubj:pass", "nmod", "obl")
                .contains(head.relation())) {
            head = s.parent(head);
        }
        return head.isVerb() ? head : noun;
    }

    static boolean negated(ParsedSentence s, Token t) {
        return Syntax.hasChild(s, t, "advmod", NEGATIONS) || Syntax.hasChild(s, t, "neg", NEGATIONS)
                || Syntax.hasChild(s, t, "det", Set.of("no"));
    }
}
