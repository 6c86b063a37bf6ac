package org.vigil.core.coding;

import java.util.Optional;
import java.util.Set;
import org.vigil.core.model.Token;

/** Where things happen in a sentence: the state of a place phrase, of a clause, of the words after a token. */
final class Places {
    /** Prepositions that place an event. */
    private static final Set<String> LOCATIVES = Set.of("in", "near", "at", "outside", "inside", "across", "along",
            "around", "into", "on");
    /** "the town of Bucha near Kyiv", "depots across Syria": prepositions that nest one place in another. */
    private static final Set<String> NESTED_PLACE_CASES = Set.of("of", "in", "near", "across", "along", "around",
            "outside", "inside");

    private final SentenceMentions words;

    Places(SentenceMentions words) {
        this.words = words;
    }

    /** The state where a clause happens: a place in a locative phrase of its verb. */
    Optional<String> placeOf(Token verb) {
        for (Token c : words.sentence().children(verb.index())) {
            if (Syntax.isOblique(c) && LOCATIVES.contains(Syntax.caseOf(words.sentence(), c))) {
                Optional<String> state = stateOfPlace(c.index());
                if (state.isPresent()) {
                    return state;
                }
            }
        }
        return Optional.empty();
    }

    /** The first place named in a locative phrase after the token, wherever the parser hung it. */
    Optional<String> placeAfter(Token token) {
        for (Token t : words.sentence().tokens()) {
            if (t.index() > token.index() && Syntax.isOblique(t) && LOCATIVES.contains(Syntax.caseOf(words.sentence(), t))) {
                Optional<String> state = stateOfPlace(t.index());
                if (state.isPresent()) {
                    return state;
                }
            }
        }
        return Optional.empty();
    }

    /** The state a place phrase lies in: a state, capital or place named at this token or modifying it. */
    Optional<String> stateOfPlace(int head) {
        return stateOfPlace(head, 0);
    }

    /** "the town of Bucha near Kyiv", "a school in Gaza City": the named place wins over adjectives. */
    private Optional<String> stateOfPlace(int head, int depth) {
        Optional<Mention> named = words.mentionAt(head).filter(Places::isPlace);
        if (named.isPresent() || depth > 2) {
            return named.map(Mention::entity);
        }
        for (Token c : words.sentence().children(head)) {
            if (c.relation().equals("nmod") && NESTED_PLACE_CASES.contains(Syntax.caseOf(words.sentence(), c))) {
                Optional<String> nested = stateOfPlace(c.index(), depth + 1);
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return words.modifierOf(head).filter(m -> isPlace(m) || m.kind() == MentionKind.ADJECTIVE).map(Mention::entity);
    }

    private static boolean isPlace(Mention m) {
        return m.kind() == MentionKind.STATE || m.kind() == MentionKind.PLACE || m.kind() == MentionKind.CAPITAL;
    }
}
