package org.vigil.core.parse;

import org.vigil.core.model.Article;
import org.vigil.core.model.ParsedDocument;

/**
 * The NLP seam: splits an article into sentences and gives each a Universal Dependencies parse.
 * Implementations load their models once and are safe to share across threads.
 */
public interface Parser {
    ParsedDocument parse(Article article);

    /**
     * Parses only the sentences the filter asks for; the others keep their tags and lemmas, unparsed, so that
     * sentence numbers and the document's mentions stay as they are. Without an override, every sentence is parsed.
     */
    default ParsedDocument parse(Article article, SentenceFilter filter) {
        return parse(article);
    }
}
