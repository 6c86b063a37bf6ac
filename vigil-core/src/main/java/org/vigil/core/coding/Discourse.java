package org.vigil.core.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.vigil.core.actors.ActorCodes;
import org.vigil.core.model.Actor;

/**
 * The actors a document has named so far, in order, so that "he", "the president" or "the alliance" can be
 * resolved to them. One instance per document being coded; never shared.
 */
final class Discourse {
    /** An actor named at a position of the document, and what may refer back to it. */
    record Referent(Actor actor, MentionKind kind, boolean person, boolean plural, boolean open,
                    List<String> anaphors, int sentence, int token) {
    }

    private final List<Referent> referents = new ArrayList<>();
    private final IntroducedPeople people = new IntroducedPeople();

    void add(Referent referent) {
        referents.add(referent);
    }

    /** The people introduced so far under names the dictionaries do not know. */
    IntroducedPeople people() {
        return people;
    }

    /** The last {@code count} different states named before a position, at most {@code window} sentences back. */
    List<String> latestStates(int sentence, int token, int window, int count) {
        List<String> out = new ArrayList<>();
        for (Referent r : recent(sentence, token, window)) {
            String entity = r.actor().entity();
            if (out.size() < count && ActorCodes.isState(entity) && !out.contains(entity)) {
                out.add(entity);
            }
        }
        return out;
    }

    /**
     * The state the story is about so far: the one its actors have named most often, the first named on a tie.
     * Empty before any state is named.
     */
    Optional<String> storyState() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Referent r : referents) {
            if (ActorCodes.isState(r.actor().entity())) {
                counts.merge(r.actor().entity(), 1, Integer::sum);
            }
        }
        // max keeps the first of equal entries: the state named first wins a tie
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** The latest referent before a position, at most {@code window} sentences back, that satisfies the test. */
    Optional<Referent> latest(int sentence, int token, int window, Predicate<Referent> test) {
        return recent(sentence, token, window).stream().filter(test).findFirst();
    }

    /** The referents before a position, newest first, at most {@code window} sentences back. */
    private List<Referent> recent(int sentence, int token, int window) {
        List<Referent> out = new ArrayList<>();
        for (int i = referents.size() - 1; i >= 0; i--) {
            Referent r = referents.get(i);
            if (sentence - r.sentence() > window) {
                break;
            }
            if (r.sentence() < sentence || (r.sentence() == sentence && r.token() < token)) {
                out.add(r);
            }
        }
        return out;
    }
}
