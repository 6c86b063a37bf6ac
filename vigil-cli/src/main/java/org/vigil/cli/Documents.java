package org.vigil.cli;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.vigil.core.model.Article;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceDocument;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;

/**
 * The documents to code, read by ingest's own sources so that {@code code} and {@code ingest} decode, validate
 * and refuse the same bytes the same way.
 */
final class Documents {
    /** Documents read ahead of the coder at most. */
    private static final int READ_AHEAD = 64;

    private Documents() {
    }

    /**
     * A document, where it came from ({@code FILE:LINE} for JSON Lines, {@code FILE} for plain text) and where its
     * date came from (GIVEN when it is the default date).
     */
    record Doc(String where, Article article, DateOrigin dateOrigin) {
    }

    /**
     * The documents of a source, read lazily. A failure is reported to {@code problems} as {@code WHERE: reason}
     * and skipped; a repair (invalid UTF-8 replaced) is reported as a warning and the document coded.
     *
     * @param id          the id to give every document (plain text is named after its file), or null to keep
     *                    the source's ids
     * @param defaultDate date for documents that carry none; may be null
     */
    static Iterator<Doc> of(Source source, String id, LocalDate defaultDate, Problems problems) {
        Iterator<SourceItem> items = new SourceItems(source, READ_AHEAD);
        return new Iterator<>() {
            private Doc next;

            @Override
            public boolean hasNext() {
                while (next == null && items.hasNext()) {
                    SourceItem item = items.next();
                    if (item instanceof SourceFailure failure) {
                        problems.report(failure.input(), failure.reason());
                    } else {
                        next = doc((SourceDocument) item);
                    }
                }
                return next != null;
            }

            private Doc doc(SourceDocument doc) {
                if (doc.repair() != null) {
                    problems.warn(doc.input(), doc.repair());
                }
                Article a = doc.article();
                boolean given = a.date() == null && defaultDate != null;
                return new Doc(doc.input(), new Article(id == null ? a.id() : id, a.url(), a.title(),
                        given ? defaultDate : a.date(), a.text()), given ? DateOrigin.GIVEN : doc.dateOrigin());
            }

            @Override
            public Doc next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Doc doc = next;
                next = null;
                return doc;
            }
        };
    }
}
