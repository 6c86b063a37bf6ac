package org.vigil.core.coding;

import java.util.List;
import org.vigil.core.coding.ActorResolver.Resolved;
import org.vigil.core.model.Actor;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;
import org.vigil.core.verbs.TriggerPattern;

/**
 * Acts only a state's authorities perform (arrest, charge, sentence, deport; {@code agent=ROLE} in verbs.tsv) say
 * who does them and to whom when the sentence does not: "Twenty people were arrested in Portland" is an arrest
 * by the police of the place, and a person they arrest whom the dictionaries do not know is a civilian. Both are
 * agent nouns without a state, placed like any other ("police" with no country named).
 */
final class AuthorityAct {
    private static final String CIVILIANS = "CVL";

    private final ParsedSentence s;
    private final ActorResolver resolver;

    AuthorityAct(ParsedSentence sentence, ActorResolver resolver) {
        this.s = sentence;
        this.resolver = resolver;
    }

    /** The implied doer of a passive trigger whose pattern names one; empty for active voice or no such role. */
    List<Resolved> impliedDoer(Token trigger, TriggerPattern pattern) {
        if (pattern.impliedAgent() == null || pattern.noun() || !Syntax.isPassive(s, trigger)) {
            return List.of();
        }
        return List.of(agentNoun(pattern.impliedAgent(), trigger));
    }

    /** The one acted on, when its words name no actor: "Zhukovskyy was arrested", "two men were charged". */
    List<Resolved> impliedSubject(Token acted, TriggerPattern pattern) {
        if (pattern.impliedAgent() == null || !(acted.isNoun() || acted.isPronoun())) {
            return List.of();
        }
        return List.of(agentNoun(CIVILIANS, acted));
    }

    private Resolved agentNoun(String role, Token words) {
        return Resolved.open(new Actor(Actor.UNKNOWN_ENTITY, role, resolver.spanOf(words.index(), words.index())));
    }
}
