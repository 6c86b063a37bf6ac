package org.vigil.ingest.source;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;

/**
 * An RSS/Atom feed fetched again and again: each GET carries the validators of the last answer ({@code ETag},
 * {@code Last-Modified}), so an unchanged feed costs a 304 and no parsing. Entries are read as
 * {@link FeedSource} reads them. One poller at a time.
 */
public final class PolledFeed {
    /**
     * One poll: the entries (documents, and failures of single entries), or the reason the feed gave nothing
     * usable ({@code failure} non-null). {@code notModified}: the server answered 304.
     */
    public record Poll(boolean notModified, List<SourceItem> items, String failure) {
        public Poll {
            items = List.copyOf(items);
        }

        public boolean failed() {
            return failure != null;
        }
    }

    private final URI url;
    private String etag;
    private String lastModified;

    public PolledFeed(URI url) {
        this.url = Objects.requireNonNull(url, "url");
    }

    public URI url() {
        return url;
    }

    public Poll poll() {
        Http.Fetched fetched;
        try {
            fetched = Http.getIfChanged(url, etag, lastModified);
        } catch (Http.FetchFailure e) {
            return new Poll(false, List.of(), e.getMessage());
        }
        if (fetched == null) {
            return new Poll(true, List.of(), null);
        }
        List<SourceItem> items = FeedSource.parse(fetched.body(), fetched.contentType(), url.toString());
        if (items.size() == 1 && items.get(0) instanceof SourceFailure f && f.input().equals(url.toString())) {
            return new Poll(false, List.of(), f.reason());  // not a feed at all: validators not kept
        }
        etag = fetched.etag();
        lastModified = fetched.lastModified();
        return new Poll(false, items, null);
    }
}
