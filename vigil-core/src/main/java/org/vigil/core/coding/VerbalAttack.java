package org.vigil.core.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.model.Actor;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;

/**
 * Rule: "attack" and its kin are words before they are weapons. When a politician, an official body or the press
 * attacks a person, a political body or something that is no actor at all ("attacked the proclamation",
 * "attacked Trump on taxes"), the act is criticism (111), not force. Force needs a physical target: a state, its
 * forces, police, armed groups, civilians or a place.
 */
final class VerbalAttack {
    /** Force verbs with a common sense of verbal assault. */
    private static final Set<String> VERBS = Set.of("attack", "assail", "hit", "blast", "slam", "lambaste", "savage",
            "batter", "hammer", "target", "bash");
    /** Roles that speak rather than shoot. */
    private static final Set<String> SPEAKING_ROLES = Set.of("GOV", "LEG", "PTY", "OPP", "JUD", "MED", "HRI");
    /** Targets force can strike. */
    private static final Set<String> PHYSICAL_ROLES = Set.of("MIL", "COP", "REB", "INS", "CVL", "REF", "SPY");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");
    private static final Set<String> FORCE_ROOTS = Set.of("18", "19");

    private final ParsedSentence s;
    private final ActorResolver resolver;

    VerbalAttack(ParsedSentence sentence, ActorResolver resolver) {
        this.s = sentence;
        this.resolver = resolver;
    }

    /** True when a force code found on this trigger, between these actors, is a verbal attack. */
    boolean applies(Token trigger, String root, Actor source, Actor target, int sourceToken, int targetToken) {
        if (!FORCE_ROOTS.contains(root) || !trigger.isVerb() || !VERBS.contains(trigger.lemma())) {
            return false;
        }
        if (!speaks(source, sourceToken) || strikesSomethingPhysical(trigger)) {
            return false;
        }
        if (target == null) {
            Optional<Token> object = TriggerMatcher.object(s, trigger, Syntax.isPassive(s, trigger));
            return object.isPresent() && resolver.mentionAt(object.get().index()).isEmpty();
        }
        boolean person = isPerson(targetToken);
        boolean bareStateOrPlace = target.role() == null && !person;
        return !bareStateOrPlace && (target.role() == null || !PHYSICAL_ROLES.contains(target.role()));
    }

    /** "plans to attack American diplomats and service members": one physical target makes it all force. */
    private boolean strikesSomethingPhysical(Token trigger) {
        Optional<Token> object = TriggerMatcher.object(s, trigger, Syntax.isPassive(s, trigger));
        return object.map(o -> Syntax.withConjuncts(s, o)).orElse(List.of()).stream()
                .flatMap(c -> resolver.actorsAt(c.index()).stream())
                .anyMatch(r -> r.actor().role() != null && PHYSICAL_ROLES.contains(r.actor().role()));
    }

    private boolean speaks(Actor source, int token) {
        return (source.role() != null && SPEAKING_ROLES.contains(source.role())) || isPerson(token);
    }

    private boolean isPerson(int token) {
        if (token < 0 || token >= s.size()) {
            return false;
        }
        Token t = s.token(token);
        return PERSONAL_PRONOUNS.contains(t.lemma())
                || resolver.mentionAt(token).map(m -> m.kind() == MentionKind.PERSON).orElse(false);
    }
}
