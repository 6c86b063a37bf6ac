package org.vigil.ingest.live;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.vigil.ingest.source.PolledFeed;

/**
 * One polled feed: when it is next due and how its polls went. A failed poll doubles the wait (back-off, at most
 * {@link #MAX_BACKOFF} times the interval) so that a feed that is down is not hammered; a poll that works brings
 * the wait back to the interval. Thread-safe: the poller writes, {@code /api/status} reads.
 */
public final class FeedState {
    static final int MAX_BACKOFF = 32;

    private final PolledFeed feed;
    private final Duration every;
    private Instant nextPoll;
    private int failuresInRow;
    private Instant lastPoll;
    private String lastResult;
    private long lastItems;
    private long polls;
    private long stored;
    private long errors;
    private String lastError;

    public FeedState(PolledFeed feed, Duration every, Instant start) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.every = Objects.requireNonNull(every, "every");
        this.nextPoll = start;
    }

    public PolledFeed feed() {
        return feed;
    }

    public synchronized boolean due(Instant now) {
        return !now.isBefore(nextPoll);
    }

    /** A poll that gave the feed (new or not modified); {@code newlyStored}: its entries stored by this poll. */
    public synchronized void succeeded(Instant at, PolledFeed.Poll poll, long newlyStored, long entryFailures,
                                       String entryError) {
        record(at, poll.notModified() ? "not modified" : "ok");
        lastItems = poll.items().size();
        stored += newlyStored;
        if (entryFailures > 0) {
            errors += entryFailures;
            lastError = entryError;
        }
        failuresInRow = 0;
        nextPoll = at.plus(every);
    }

    /** A poll that gave nothing usable: the reason is kept and the next poll waits longer. */
    public synchronized void failed(Instant at, String reason) {
        record(at, "failed");
        lastItems = 0;
        errors++;
        lastError = reason;
        failuresInRow++;
        nextPoll = at.plus(wait(failuresInRow));
    }

    /** How long to wait after {@code failures} failed polls in a row. */
    Duration wait(int failures) {
        return every.multipliedBy(Math.min(MAX_BACKOFF, 1L << Math.min(failures, 30)));
    }

    private void record(Instant at, String result) {
        lastPoll = at;
        lastResult = result;
        polls++;
    }

    /** This feed in {@code /api/status}. */
    public synchronized Map<String, Object> status() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("url", feed.url().toString());
        o.put("last_poll", lastPoll == null ? null : lastPoll.toString());
        o.put("last_result", lastResult);
        o.put("last_items", lastItems);
        o.put("next_poll", nextPoll.toString());
        o.put("polls", polls);
        o.put("stored", stored);
        o.put("errors", errors);
        o.put("failures_in_row", failuresInRow);
        o.put("last_error", lastError);
        return o;
    }
}
