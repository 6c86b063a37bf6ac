package org.vigil.store;

import java.util.Objects;
import java.util.Properties;

/**
 * DuckDB's own budget, outside the Java heap: {@code memory_limit} (DuckDB's syntax: "512MB", "1GiB") and
 * {@code threads}. Without them DuckDB takes 80% of the machine's memory and every core, so a process started
 * with {@code -Xmx1g} could still grow far past it under load.
 *
 * <p>A command makes them from its {@code --duckdb-memory} and {@code --duckdb-threads} (or
 * {@code VIGIL_DUCKDB_MEMORY} and {@code VIGIL_DUCKDB_THREADS}) and hands them to each store it opens
 * ({@link DuckDbEventStore#open(java.nio.file.Path, DuckDbSettings, java.util.function.Consumer)}).
 */
public record DuckDbSettings(String memoryLimit, int threads) {
    /** A laptop's share: half a gigabyte and two threads beside a 1 GB heap. */
    public static final DuckDbSettings DEFAULT = new DuckDbSettings("512MB", 2);

    public DuckDbSettings {
        Objects.requireNonNull(memoryLimit, "memory limit");
        if (memoryLimit.isBlank()) {
            throw new IllegalArgumentException("the DuckDB memory limit is blank");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("DuckDB needs at least one thread: " + threads);
        }
    }

    /** As DuckDB's JDBC driver takes them when a database is opened. */
    Properties properties() {
        Properties p = new Properties();
        p.setProperty("memory_limit", memoryLimit);
        p.setProperty("threads", Integer.toString(threads));
        return p;
    }
}
