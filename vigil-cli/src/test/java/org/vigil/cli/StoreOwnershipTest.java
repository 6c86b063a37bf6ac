package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.DuckDbEventStore;

class StoreOwnershipTest {
    @TempDir
    Path dir;

    @Test
    void exportOfAMissingStore_isBadUsageAndCreatesNothing() {
        Path missing = dir.resolve("no-such-store");
        Run run = Run.of("export", "--data", missing.toString(), "--format", "csv",
                "--out", dir.resolve("out.csv").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no store at", "no-such-store");
        assertThat(missing).doesNotExist();
    }

    @Test
    void serveOfAMissingStore_isBadUsageAndCreatesNothing() {
        Path missing = dir.resolve("elsewhere");
        Run run = Run.of("serve", "--data", missing.toString(), "--port", "0");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no store at");
        assertThat(missing).doesNotExist();
    }

    @Test
    void exportNamesTheStoreItReads() {
        Path data = dir.resolve("store");
        DuckDbEventStore.open(data).close();
        Run run = Run.of("export", "--data", data.toString(), "--format", "csv",
                "--out", dir.resolve("out.csv").toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("store: " + data.toAbsolutePath().resolve("vigil.duckdb"));
    }

    @Test
    void exportOfAStoreHeldByARunningServer_saysInOneLineWhatHoldsIt() throws Exception {
        Path data = dir.resolve("served");
        DuckDbEventStore.open(data).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--data", data.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(
                    new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null && !line.startsWith("dashboard:"); ) {
                line = lines.readLine();
            }
            Run run = Run.of("export", "--data", data.toString(), "--format", "csv",
                    "--out", dir.resolve("out.csv").toString());
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err().strip().lines()).hasSize(1);
            assertThat(run.err()).contains("held by another process", "PID " + server.pid(), "vigil serve");
            assertThat(Files.exists(dir.resolve("out.csv"))).isFalse();
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
