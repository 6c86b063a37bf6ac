package org.vigil.core.source;

import java.util.function.Consumer;

/**
 * Where news comes from: a JSONL file, a folder of text files, an HTML page, a feed, a WARC archive. A source
 * never throws for bad input: every item it cannot read becomes a {@link SourceFailure}, and it goes on.
 */
public interface Source {
    /** What this source reads, for messages ("news.jsonl", "https://example.org/feed.xml"). */
    String describe();

    /** Reads every item, in order, and hands each to the sink. */
    void read(Consumer<SourceItem> sink);
}
