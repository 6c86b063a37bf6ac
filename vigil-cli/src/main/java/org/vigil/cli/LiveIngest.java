package org.vigil.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.core.store.EventStore;
import org.vigil.server.LiveStatus;

/**
 * What {@code serve} ingests on its own while it serves: a watched folder, polled feeds, both or nothing. Started
 * once the server holds the store, stopped before it lets it go; its status is the live part of
 * {@code /api/status}.
 */
final class LiveIngest implements LiveStatus, AutoCloseable {
    /** What to ingest: {@code watch} null for no folder, {@code feeds} empty for no feeds. */
    record Plan(Path watch, List<URI> feeds, Duration every) {
        static final Plan NONE = new Plan(null, List.of(), null);

        Plan {
            feeds = List.copyOf(feeds);
        }
    }

    private final Plan plan;
    private volatile Watching watching;
    private volatile Polling polling;

    LiveIngest(Plan plan) {
        this.plan = plan;
    }

    /** Starts the watch and the polling over the served store. */
    void start(EventStore store, Engine.Factory engines, PrintWriter out) {
        if (plan.watch() != null) {
            watching = Watching.start(plan.watch(), store, engines, out);
        }
        if (!plan.feeds().isEmpty()) {
            polling = Polling.start(plan.feeds(), plan.every(), store, engines, out);
        }
    }

    /** The lines {@code serve} prints about it, after the address. */
    void describe(PrintWriter out, String address) {
        if (plan.watch() != null) {
            out.println("watch: " + plan.watch().toAbsolutePath() + " (files dropped there are ingested; "
                    + address + "api/status)");
        }
        if (!plan.feeds().isEmpty()) {
            out.println("feeds: " + plan.feeds().size() + " polled every " + plan.every().toString().substring(2)
                    .toLowerCase(java.util.Locale.ROOT) + " (" + address + "api/status)");
        }
    }

    @Override
    public Map<String, Object> now() {
        Map<String, Object> o = new LinkedHashMap<>();
        Watching w = watching;
        Polling p = polling;
        if (w != null) {
            o.put("watch", w.status());
        }
        if (p != null) {
            o.put("feeds", p.status());
        }
        return o;
    }

    @Override
    public void close() {
        try {
            if (watching != null) {
                watching.close();
            }
        } finally {
            if (polling != null) {
                polling.close();
            }
        }
    }
}
