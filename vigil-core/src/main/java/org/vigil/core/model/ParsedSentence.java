package org.vigil.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its tokens; offsets are in the coordinates of the whole document. {@code parsed} is false when
 * the dependency parse was skipped because the sentence could not yield an event: its tokens then have tags and
 * lemmas but no governors.
 */
public record ParsedSentence(int index, String text, int begin, int end, List<Token> tokens, boolean parsed) {
    public ParsedSentence {
        tokens = List.copyOf(tokens);
        if (index < 0) {
            throw new IllegalArgumentException("sentence index < 0: " + index);
        }
    }

    /** A fully parsed sentence. */
    public ParsedSentence(int index, String text, int begin, int end, List<Token> tokens) {
        this(index, text, begin, end, tokens, true);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Dependents of token {@code head}, in sentence order. */
    public List<Token> children(int head) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == head) {
                out.add(t);
            }
        }
        return out;
    }

    /** The governor of a token, or null for the root. */
    public Token parent(Token t) {
        return t.head() < 0 ? null : tokens.get(t.head());
    }

    /** Document text between two document offsets that lie in this sentence. */
    public String textOf(int docBegin, int docEnd) {
        return text.substring(docBegin - begin, docEnd - begin);
    }
}
