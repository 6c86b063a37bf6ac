package org.vigil.core.coding;

import java.util.List;
import java.util.Set;
import org.vigil.core.cameo.CameoCode;
import org.vigil.core.coding.ActorResolver.Resolved;
import org.vigil.core.model.Actor;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;

/**
 * Force and coercion fall on someone: "the officers shot him dead", "they beat her". When the pronoun refers to no
 * actor the text names, the one it falls on is a private person, a civilian of where it happens (GUIDELINES
 * convention 2), placed like any other agent noun without a state.
 */
final class UnnamedPerson {
    /** Coerce, assault, fight, mass violence: roots whose target is struck, held or killed. */
    private static final Set<String> FORCE_ROOTS = Set.of("17", "18", "19", "20");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "him", "she", "her", "they", "them");
    private static final String CIVILIANS = "CVL";

    private final ParsedSentence s;
    private final ActorResolver resolver;

    UnnamedPerson(ParsedSentence sentence, ActorResolver resolver) {
        this.s = sentence;
        this.resolver = resolver;
    }

    /** The civilian a deed of force falls on, when its words are a personal pronoun that names no actor. */
    List<Resolved> struck(Token acted, CameoCode code) {
        if (!FORCE_ROOTS.contains(code.root()) || !acted.isPronoun()
                || !PERSONAL_PRONOUNS.contains(acted.word().toLowerCase())) {
            return List.of();
        }
        return List.of(Resolved.open(new Actor(Actor.UNKNOWN_ENTITY, CIVILIANS,
                resolver.spanOf(acted.index(), acted.index()))));
    }
}
