package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.DuckDbEventStore;

/**
 * {@code --duckdb-memory} and {@code --duckdb-threads} reach the store each command opens: a memory limit DuckDB
 * cannot read fails the opening with DuckDB's reason, which only happens when the flag was handed to it.
 */
class DuckDbOptionsTest {
    @TempDir
    Path dir;

    private Path store() {
        Path data = dir.resolve("store");
        DuckDbEventStore.open(data).close();
        return data;
    }

    @Test
    void export_opensTheStoreWithTheGivenMemoryLimit() {
        Run run = Run.of("export", "--data", store().toString(), "--format", "csv",
                "--out", dir.resolve("out.csv").toString(), "--duckdb-memory", "lots");

        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("cannot open the store", "memory_limit");
    }

    @Test
    void ingest_opensTheStoreWithTheGivenMemoryLimit() throws IOException {
        Path news = Files.writeString(dir.resolve("news.txt"), "Russian artillery shelled Kharkiv on Tuesday.");
        Run run = Run.of("ingest", news.toString(), "--data", store().toString(), "--duckdb-memory", "lots");

        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("cannot open the store", "memory_limit");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a server given no limit would serve on
    void serve_opensTheStoreWithTheGivenMemoryLimit() {
        Run run = Run.of("serve", "--data", store().toString(), "--port", "0", "--duckdb-memory", "lots");

        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("cannot open the store", "memory_limit");
    }

    @Test
    void noThreadsForDuckDb_isBadUsageNamingTheValue() {
        Run run = Run.of("export", "--data", store().toString(), "--format", "csv",
                "--out", dir.resolve("out.csv").toString(), "--duckdb-threads", "0");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("DuckDB needs at least one thread: 0");
    }
}
