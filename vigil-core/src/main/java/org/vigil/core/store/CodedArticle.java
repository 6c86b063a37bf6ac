package org.vigil.core.store;

import java.util.List;
import java.util.Objects;
import org.vigil.core.dates.EventDates;
import org.vigil.core.model.Event;

/**
 * An article and the events coded from it, stored together or not at all. Every path to a store builds one, so
 * this is where an event's date meets its article's origin: a day counted from a date given to the corpus is not
 * known ({@link EventDates#countedFrom}).
 */
public record CodedArticle(StoredArticle article, int sentences, List<Event> events) {
    public CodedArticle {
        Objects.requireNonNull(article, "article");
        events = EventDates.countedFrom(article.dateOrigin(), article.article().date(), events);
    }
}
