package org.vigil.core.model;

import java.util.List;

/** An article after parsing: the article itself and its sentences in order. */
public record ParsedDocument(Article article, List<ParsedSentence> sentences) {
    public ParsedDocument {
        java.util.Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
    }
}
