package org.vigil.core.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.actors.ActorCodes;
import org.vigil.core.coding.ActorResolver.Resolved;
import org.vigil.core.model.Actor;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;

/**
 * A ban that names no one it falls on ("signed a decree banning the niqab", "officially outlawing abortion",
 * "imposed bans on niqabs") restricts the people of the state that decrees it: an administrative sanction (172)
 * on its civilians. A ban aimed at another actor ("banned Russian flights") keeps its own code and target.
 */
final class RestrictionAtHome {
    static final String ADMINISTRATIVE_SANCTION = "172";
    /** Verbs that forbid, and the nouns a light verb turns into a ban ("impose bans"). */
    private static final Set<String> FORBIDDING = Set.of("ban", "outlaw", "prohibit", "forbid", "criminalize",
            "criminalise");
    private static final Set<String> RESTRICTION_NOUNS = Set.of("ban", "prohibition", "restriction");
    /** Light verbs that put a ban in force (not "lifted" or "cancelled" it). */
    private static final Set<String> IMPOSING = Set.of("impose", "introduce", "enact", "place", "put", "issue");
    private static final String CIVILIANS = "CVL";

    private final ParsedSentence s;
    private final ActorResolver resolver;

    RestrictionAtHome(ParsedSentence sentence, ActorResolver resolver) {
        this.s = sentence;
        this.resolver = resolver;
    }

    /** Whether the trigger forbids something: a forbidding verb, or a light verb that imposes a ban. */
    boolean forbids(Token trigger) {
        if (FORBIDDING.contains(trigger.lemma())) {
            return true;
        }
        Optional<Token> object = Syntax.child(s, trigger, "obj");
        return IMPOSING.contains(trigger.lemma())
                && object.filter(o -> RESTRICTION_NOUNS.contains(o.lemma())).isPresent();
    }

    /** The civilians of the source's state, who bear a ban with no named target; empty when the source has none. */
    List<Resolved> bearers(Token trigger, String state) {
        if (!ActorCodes.isState(state)) {
            return List.of();
        }
        Token words = Syntax.child(s, trigger, "obj").orElse(trigger);
        return List.of(new Resolved(new Actor(state, CIVILIANS, resolver.spanOf(words.index(), words.index())),
                true));
    }
}
