package org.vigil.ingest.source;

import java.util.Objects;
import java.util.function.Consumer;
import org.vigil.core.model.Article;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceDocument;
import org.vigil.core.source.SourceItem;

/**
 * A source whose undated documents take the date given for the corpus ({@link DateOrigin#GIVEN}). An article's
 * own date (metadata, page, dateline) always wins; a file time does not, since it says when the file was copied,
 * and whoever gives a date knows better.
 */
public final class GivenDateSource implements Source {
    private final Source inner;
    private final GivenDates given;

    private GivenDateSource(Source inner, GivenDates given) {
        this.inner = Objects.requireNonNull(inner, "source");
        this.given = Objects.requireNonNull(given, "given dates");
    }

    /**
     * The source with the given dates applied, or the source itself when none are given or when it hands over
     * articles already coded (a Spark run's output keeps the dates it was coded with).
     */
    public static Source of(Source source, GivenDates given) {
        return given == null || source instanceof CodedSource ? source : new GivenDateSource(source, given);
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    @Override
    public void read(Consumer<SourceItem> sink) {
        inner.read(item -> sink.accept(item instanceof SourceDocument d ? dated(d) : item));
    }

    private SourceItem dated(SourceDocument doc) {
        if (doc.dateOrigin() != DateOrigin.NONE && doc.dateOrigin() != DateOrigin.FILE_TIME) {
            return doc;
        }
        Article a = doc.article();
        return new SourceDocument(new Article(a.id(), a.url(), a.title(), given.day(), a.text()), doc.source(),
                DateOrigin.GIVEN, doc.input());
    }
}
