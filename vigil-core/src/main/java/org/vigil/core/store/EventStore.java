package org.vigil.core.store;

import java.util.List;
import java.util.Set;

/**
 * Where articles and their events are kept. Writes are idempotent: an article already stored is skipped, so
 * re-running a job never duplicates anything. Each batch is one transaction: a crash loses at most the batch in
 * flight. Implementations are safe to call from one writer thread at a time.
 */
public interface EventStore extends AutoCloseable {
    /** The ids among these that are already stored, so that a pipeline can skip them before parsing. */
    Set<String> knownArticles(Set<String> articleIds);

    /** Stores a batch in one transaction; articles already stored are skipped whole. */
    BatchResult store(List<CodedArticle> batch);

    StoreCounts counts();

    @Override
    void close();
}
