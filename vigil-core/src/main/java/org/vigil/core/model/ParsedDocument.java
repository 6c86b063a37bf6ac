package org.vigil.core.model;

import java.util.List;

/**
 * An article after parsing: the article itself, its sentences in order, and why any of them was left unparsed
 * beyond the parser's choice ("sentence 12: 2,300 tokens, over the limit of 120; not coded"), for the run to
 * report.
 */
public record ParsedDocument(Article article, List<ParsedSentence> sentences, List<String> skipped) {
    public ParsedDocument {
        java.util.Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        skipped = List.copyOf(skipped);
    }

    public ParsedDocument(Article article, List<ParsedSentence> sentences) {
        this(article, sentences, List.of());
    }
}
