package org.vigil.cli;

import org.vigil.store.DuckDbSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --duckdb-memory}, {@code --duckdb-threads}: DuckDB's budget beside the Java heap. */
final class DuckDbOptions {
    @Option(names = "--duckdb-memory", paramLabel = "SIZE", defaultValue = "${env:VIGIL_DUCKDB_MEMORY:-512MB}",
            description = "DuckDB's memory_limit, outside the Java heap (default: $VIGIL_DUCKDB_MEMORY, else "
                    + "512MB; DuckDB's syntax: 1GB, 800MiB).")
    String memory;

    @Option(names = "--duckdb-threads", paramLabel = "N", defaultValue = "${env:VIGIL_DUCKDB_THREADS:-2}",
            description = "Threads DuckDB may use (default: $VIGIL_DUCKDB_THREADS, else 2).")
    int threads;

    /** The settings for the stores this run opens; nonsense is bad usage. */
    DuckDbSettings settings(CommandLine commandLine) {
        try {
            return new DuckDbSettings(memory, threads);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }
}
