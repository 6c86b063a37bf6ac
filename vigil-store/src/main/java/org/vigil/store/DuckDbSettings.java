package org.vigil.store;

import java.util.Objects;
import java.util.Properties;

/**
 * DuckDB's own budget, outside the Java heap: {@code memory_limit} (DuckDB's syntax: "512MB", "1GiB") and
 * {@code threads}. Without them DuckDB takes 80% of the machine's memory and every core, so a process started
 * with {@code -Xmx1g} could still grow far past it under load.
 *
 * <p>They belong to the process, like its heap size: set once at start (the commands' {@code --duckdb-memory}
 * and {@code --duckdb-threads}, or {@code VIGIL_DUCKDB_MEMORY} and {@code VIGIL_DUCKDB_THREADS}) and read by
 * every store opened after.
 */
public record DuckDbSettings(String memoryLimit, int threads) {
    /** A laptop's share: half a gigabyte and two threads beside a 1 GB heap. */
    public static final DuckDbSettings DEFAULT = new DuckDbSettings("512MB", 2);

    private static volatile DuckDbSettings current = DEFAULT;

    public DuckDbSettings {
        Objects.requireNonNull(memoryLimit, "memory limit");
        if (memoryLimit.isBlank()) {
            throw new IllegalArgumentException("the DuckDB memory limit is blank");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("DuckDB needs at least one thread: " + threads);
        }
    }

    /** The settings in force. */
    public static DuckDbSettings current() {
        return current;
    }

    /** Puts settings in force for every store opened from now on. */
    public static void use(DuckDbSettings settings) {
        current = Objects.requireNonNull(settings, "settings");
    }

    /** As DuckDB's JDBC driver takes them when a database is opened. */
    Properties properties() {
        Properties p = new Properties();
        p.setProperty("memory_limit", memoryLimit);
        p.setProperty("threads", Integer.toString(threads));
        return p;
    }
}
