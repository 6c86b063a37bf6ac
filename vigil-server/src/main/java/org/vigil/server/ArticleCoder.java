package org.vigil.server;

import org.vigil.core.model.Article;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.store.CodedArticle;

/**
 * Codes one article for {@code POST /api/articles}: detects its language, parses and codes it, and returns it as
 * the store should keep it (status {@code coded}, or {@code skipped:REASON}) with its events. The CLI provides
 * it with its engine; the server stores the result. Called from several request threads at once.
 */
@FunctionalInterface
public interface ArticleCoder {
    CodedArticle code(Article article, DateOrigin dateOrigin);
}
