package org.vigil.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;
import org.vigil.core.store.EventStore;
import org.vigil.ingest.live.FeedState;
import org.vigil.ingest.pipeline.IngestSummary;
import org.vigil.ingest.source.PolledFeed;

/**
 * {@code serve --feeds FILE --every 15m}: each feed is polled when due (conditional GET; back-off after a failure)
 * and its new entries are ingested into the served store by the serving process. Feeds are polled one after the
 * other; one that fails or hangs to its timeout delays the others by at most that timeout and never stops them.
 */
final class Polling implements AutoCloseable {
    /** How often the poller looks for feeds that are due. */
    private static final Duration TICK = Duration.ofSeconds(1);

    private final List<FeedState> feeds;
    private final EventStore store;
    private final Engine.Factory engines;
    private final PrintWriter out;
    private volatile Ticker ticker;

    private Polling(List<URI> urls, Duration every, EventStore store, Engine.Factory engines, PrintWriter out) {
        Instant now = Instant.now();
        this.feeds = urls.stream().map(u -> new FeedState(new PolledFeed(u), every, now)).toList();
        this.store = store;
        this.engines = engines;
        this.out = out;
    }

    /** Starts polling; every feed is polled at once, then when due. */
    static Polling start(List<URI> urls, Duration every, EventStore store, Engine.Factory engines, PrintWriter out) {
        Polling p = new Polling(urls, every, store, engines, out);
        p.ticker = Ticker.every("vigil-feeds", TICK, p::pollDue);
        return p;
    }

    private void pollDue() {
        for (FeedState feed : feeds) {
            if (feed.due(Instant.now())) {
                poll(feed);
            }
        }
    }

    private void poll(FeedState state) {
        PolledFeed feed = state.feed();
        Instant at = Instant.now();
        try {
            PolledFeed.Poll poll = feed.poll();
            if (poll.failed()) {
                state.failed(at, poll.failure());
                say(feed.url() + ": " + poll.failure());
                return;
            }
            AtomicLong entryFailures = new AtomicLong();
            AtomicReference<String> entryError = new AtomicReference<>();
            IngestSummary s = poll.notModified() ? null
                    : Workbench.ingest(engines.create(), store, items(feed.url(), poll.items()), f -> {
                        entryFailures.incrementAndGet();
                        entryError.set(f.input() + ": " + f.reason());
                    });
            state.succeeded(at, poll, s == null ? 0 : s.stored(), entryFailures.get(), entryError.get());
            if (s != null && s.stored() > 0) {
                say(String.format(Locale.ROOT, "%s: %d entries, %d new stored", feed.url(), poll.items().size(),
                        s.stored()));
            }
        } catch (RuntimeException e) {
            state.failed(at, e.toString());
            say(feed.url() + ": " + e);
        }
    }

    private static Source items(URI url, List<SourceItem> items) {
        return new Source() {
            @Override
            public String describe() {
                return url.toString();
            }

            @Override
            public void read(Consumer<SourceItem> sink) {
                items.forEach(sink);
            }
        };
    }

    private void say(String line) {
        out.println("feeds: " + line);
        out.flush();
    }

    /** The part of {@code /api/status} under "feeds". */
    List<Object> status() {
        return feeds.stream().<Object>map(FeedState::status).toList();
    }

    @Override
    public void close() {
        ticker.close();
    }
}
