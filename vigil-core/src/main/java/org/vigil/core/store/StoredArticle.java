package org.vigil.core.store;

import java.util.Objects;
import org.vigil.core.model.Article;
import org.vigil.core.source.DateOrigin;

/**
 * An article as the store keeps it: the article, where it came from, its language and what became of it.
 *
 * @param status {@code coded}, or {@code skipped:REASON} (e.g. {@code skipped:language=ru})
 */
public record StoredArticle(Article article, String source, String language, DateOrigin dateOrigin, String status) {
    public StoredArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(dateOrigin, "date origin");
        Objects.requireNonNull(status, "status");
    }
}
