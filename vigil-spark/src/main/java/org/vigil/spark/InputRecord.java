package org.vigil.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.vigil.core.model.Article;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.SourceDocument;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;

/**
 * One item read from the input, as it travels between Spark stages: a document, or a failure when
 * {@code failure} is set. {@code file} and {@code ordinal} (the item's place in its file) give the order in which
 * {@code vigil ingest} would have read it.
 *
 * @param input where it was read, for messages ({@code FILE:LINE}, {@code FILE@OFFSET}), as the CLI names it
 */
record InputRecord(String file, long ordinal, String input, String id, String url, String title, LocalDate date,
                   String text, String source, String dateOrigin, String failure) implements Serializable {

    static InputRecord of(SourceItem item, String file, long ordinal, String input) {
        if (item instanceof SourceFailure f) {
            return failed(file, ordinal, input, f.reason());
        }
        SourceDocument d = (SourceDocument) item;
        Article a = d.article();
        return new InputRecord(file, ordinal, input, a.id(), a.url(), a.title(), a.date(), a.text(), d.source(),
                d.dateOrigin().name(), null);
    }

    static InputRecord failed(String file, long ordinal, String input, String reason) {
        return new InputRecord(file, ordinal, input, null, null, null, null, null, null, null, reason);
    }

    boolean isFailure() {
        return failure != null;
    }

    /** Back to what a source emits, for the pipeline. */
    SourceItem toItem() {
        if (isFailure()) {
            return new SourceFailure(input, failure);
        }
        return new SourceDocument(new Article(id, url, title, date, text), source, DateOrigin.valueOf(dateOrigin),
                input);
    }

    /** True when this item comes before the other in reading order: by file, then place in the file. */
    boolean before(InputRecord other) {
        int byFile = file.compareTo(other.file);
        return byFile < 0 || byFile == 0 && ordinal < other.ordinal;
    }
}
