package org.vigil.core.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Span;
import org.vigil.core.model.Token;

/** A sentence and the actor words found in it: which words name what, and what modifies what. */
final class SentenceMentions {
    /** Relations by which a state or organisation modifies a noun, most telling first. */
    private static final List<String> MODIFIERS = List.of("amod", "compound", "nmod:poss", "nmod", "appos", "obl");
    private static final Set<String> OF_LIKE = Set.of("of", "from", "by");

    private final ParsedSentence sentence;
    private final List<Mention> mentions;

    SentenceMentions(ParsedSentence sentence, List<Mention> mentions) {
        this.sentence = sentence;
        this.mentions = List.copyOf(mentions);
    }

    ParsedSentence sentence() {
        return sentence;
    }

    /** The mention whose head is this token, else one that covers it. */
    Optional<Mention> mentionAt(int token) {
        Mention covering = null;
        for (Mention m : mentions) {
            if (m.head() == token) {
                return Optional.of(m);
            }
            if (m.covers(token)) {
                covering = m;
            }
        }
        return Optional.ofNullable(covering);
    }

    /** A state, place or organisation that modifies the noun at {@code head} ("the Saudi embassy" → SAU). */
    Optional<Mention> modifierOf(int head) {
        List<Token> children = sentence.children(head);
        for (String relation : MODIFIERS) {
            for (Token child : children) {
                if (child.relation().equals(relation) && caseAllows(child)) {
                    Optional<Mention> m = mentionAt(child.index()).filter(Mention::givesEntity);
                    if (m.isPresent()) {
                        return m;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A prepositional modifier only tells whose a thing is through "of", "from" or "in". */
    private boolean caseAllows(Token child) {
        if (!child.relation().equals("nmod") && !child.relation().equals("obl")) {
            return true;
        }
        return sentence.children(child.index()).stream()
                .anyMatch(c -> c.relation().equals("case") && OF_LIKE.contains(c.lemma()));
    }

    Span spanOf(int first, int last) {
        int begin = sentence.token(first).begin();
        int end = sentence.token(last).end();
        return new Span(begin, end, sentence.textOf(begin, end));
    }
}
