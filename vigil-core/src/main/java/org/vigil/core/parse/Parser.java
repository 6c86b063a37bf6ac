package org.vigil.core.parse;

import org.vigil.core.model.Article;
import org.vigil.core.model.ParsedDocument;

/**
 * The NLP seam: splits an article into sentences and gives each a Universal Dependencies parse.
 * Implementations load their models once and are safe to share across threads.
 */
public interface Parser {
    ParsedDocument parse(Article article);
}
