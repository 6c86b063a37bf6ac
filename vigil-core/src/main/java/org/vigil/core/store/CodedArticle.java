package org.vigil.core.store;

import java.util.List;
import java.util.Objects;
import org.vigil.core.model.Event;

/** An article and the events coded from it, stored together or not at all. */
public record CodedArticle(StoredArticle article, int sentences, List<Event> events) {
    public CodedArticle {
        Objects.requireNonNull(article, "article");
        events = List.copyOf(events);
    }
}
