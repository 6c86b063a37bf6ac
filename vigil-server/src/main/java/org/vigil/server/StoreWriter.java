package org.vigil.server;

import java.util.List;
import java.util.Set;
import org.vigil.core.store.BatchResult;
import org.vigil.core.store.CodedArticle;
import org.vigil.core.store.EventStore;
import org.vigil.core.store.StoreCounts;

/**
 * The served store for writers in the serving process (a watched folder, feeds): every stored batch clears the
 * response cache, as {@code POST /api/articles} does, so the dashboard shows new events at once. Closing it does
 * nothing: the server owns the store and closes it when it stops.
 */
final class StoreWriter implements EventStore {
    private final EventStore store;
    private final ResponseCache cache;

    StoreWriter(EventStore store, ResponseCache cache) {
        this.store = store;
        this.cache = cache;
    }

    @Override
    public Set<String> knownArticles(Set<String> articleIds) {
        return store.knownArticles(articleIds);
    }

    @Override
    public BatchResult store(List<CodedArticle> batch) {
        try {
            return store.store(batch);
        } finally {
            cache.clear();
        }
    }

    @Override
    public StoreCounts counts() {
        return store.counts();
    }

    @Override
    public void close() {
        // the server's to close
    }
}
