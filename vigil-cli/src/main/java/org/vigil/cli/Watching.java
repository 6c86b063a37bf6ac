package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.core.store.EventStore;
import org.vigil.ingest.live.FolderWatch;
import org.vigil.ingest.pipeline.IngestSummary;
import org.vigil.ingest.source.Sources;

/**
 * {@code serve --watch DIR}: every few seconds, the files dropped into the folder (once they stop changing) are
 * ingested into the served store, by the serving process itself, so nothing else needs to open the store. A file
 * that fails is named on the output and in {@code /api/status}; the watch goes on.
 */
final class Watching implements AutoCloseable {
    static final Duration EVERY = Duration.ofSeconds(2);

    private final FolderWatch watch;
    private final EventStore store;
    private final Engine.Factory engines;
    private final PrintWriter out;
    private volatile Ticker ticker;
    private Instant lastScan;
    private long files;
    private long read;
    private long stored;
    private long failed;
    private String lastError;

    private Watching(Path folder, EventStore store, Engine.Factory engines, PrintWriter out) {
        this.watch = new FolderWatch(folder);
        this.store = store;
        this.engines = engines;
        this.out = out;
    }

    /** Starts watching {@code folder}; the first scan is at once. */
    static Watching start(Path folder, EventStore store, Engine.Factory engines, PrintWriter out) {
        Watching w = new Watching(folder, store, engines, out);
        w.ticker = Ticker.every("vigil-watch", EVERY, w::scanOnce);
        return w;
    }

    private void scanOnce() {
        List<Path> settled;
        try {
            settled = watch.scan();
        } catch (IOException | RuntimeException e) {
            error("cannot list " + watch.folder() + ": " + e.getMessage());
            return;
        } finally {
            synchronized (this) {
                lastScan = Instant.now();
            }
        }
        for (Path file : settled) {
            ingest(file);
        }
    }

    private void ingest(Path file) {
        try {
            IngestSummary s = Workbench.ingest(engines.create(), store, Sources.forPath(file),
                    f -> error(f.input() + ": " + f.reason()));
            synchronized (this) {
                files++;
                read += s.read();
                stored += s.stored();
                failed += s.failedTotal();
            }
            out.printf(Locale.ROOT, "watch: %s: %d read, %d stored, %d skipped, %d failed%n", file, s.read(),
                    s.stored(), s.skippedTotal(), s.failedTotal());
            out.flush();
        } catch (RuntimeException e) {
            synchronized (this) {
                failed++;
            }
            error(file + ": " + e.getMessage());
        }
    }

    private void error(String message) {
        synchronized (this) {
            lastError = message;
        }
        out.println("watch: " + message);
        out.flush();
    }

    /** The part of {@code /api/status} under "watch". */
    synchronized Map<String, Object> status() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("folder", watch.folder().toAbsolutePath().toString());
        o.put("every_seconds", EVERY.toSeconds());
        o.put("last_scan", lastScan == null ? null : lastScan.toString());
        o.put("files", files);
        o.put("documents_read", read);
        o.put("documents_stored", stored);
        o.put("failed", failed);
        o.put("last_error", lastError);
        return o;
    }

    @Override
    public void close() {
        ticker.close();
    }
}
