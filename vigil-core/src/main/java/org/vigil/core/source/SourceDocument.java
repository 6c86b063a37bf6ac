package org.vigil.core.source;

import java.util.Objects;
import org.vigil.core.model.Article;

/**
 * A document read from a source.
 *
 * @param article    the article (id from the URL when there is one, else from a hash of the normalised text)
 * @param source     the publisher or feed it came from, or null
 * @param dateOrigin where {@code article.date()} came from
 * @param input      where it was read, for messages: {@code file:line}, a URL, a WARC record
 * @param repair     what reading had to repair, to report with the document ("2 invalid UTF-8 byte sequences
 *                   replaced by U+FFFD"), or null
 */
public record SourceDocument(Article article, String source, DateOrigin dateOrigin, String input, String repair)
        implements SourceItem {
    public SourceDocument {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(dateOrigin, "date origin");
        Objects.requireNonNull(input, "input");
    }

    /** A document read without repair. */
    public SourceDocument(Article article, String source, DateOrigin dateOrigin, String input) {
        this(article, source, dateOrigin, input, null);
    }

    public SourceDocument withRepair(String what) {
        return new SourceDocument(article, source, dateOrigin, input, what);
    }
}
