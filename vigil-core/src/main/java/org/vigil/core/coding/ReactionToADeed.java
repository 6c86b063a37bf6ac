package org.vigil.core.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.coding.ActorResolver.Resolved;
import org.vigil.core.model.Actor;
import org.vigil.core.model.Event;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;

/**
 * "Athens criticised the move": a definite noun for a deed in general (move, decision, step) stands for the
 * latest deed the story reported (done, not said) by someone other than the one reacting, and the reaction's
 * target is whoever did it.
 */
final class ReactionToADeed {
    private static final Set<String> DEED_NOUNS = Set.of("move", "decision", "step", "measure", "action",
            "announcement", "plan", "proposal", "policy", "proclamation", "declaration", "order", "ruling");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    /** How many sentences back the deed may be: reactions follow the news they react to. */
    private static final int WINDOW = 3;

    private final ParsedSentence s;
    private final ActorResolver resolver;
    private final List<Event> earlier;

    ReactionToADeed(ParsedSentence sentence, ActorResolver resolver, List<Event> earlier) {
        this.s = sentence;
        this.resolver = resolver;
        this.earlier = earlier;
    }

    /** The doer of the deed the noun stands for, unless it is one of those reacting. */
    List<Resolved> doer(Token noun, List<Resolved> reacting) {
        if (!noun.isNoun() || !DEED_NOUNS.contains(noun.lemma()) || !Syntax.hasChild(s, noun, "det", DEFINITE)) {
            return List.of();
        }
        Set<String> reactors = Set.copyOf(reacting.stream().map(r -> r.actor().entity()).toList());
        Optional<Event> found = earlier.stream()
                .filter(e -> e.sentenceIndex() >= s.index() - WINDOW)
                .filter(e -> !e.source().entity().equals(Actor.UNKNOWN_ENTITY))
                .filter(e -> !reactors.contains(e.source().entity()))
                .filter(ReactionToADeed::deed)
                .reduce((first, second) -> second);
        return found.map(e -> List.of(new Resolved(e.source().withSpan(resolver.spanOf(noun.index(), noun.index())),
                true))).orElse(List.of());
    }

    /** A deed is done, not said: material cooperation or conflict, or an intent announced (root 03). */
    private static boolean deed(Event e) {
        return e.code().quadClass() == 2 || e.code().quadClass() == 4 || e.code().root().equals("03");
    }
}
