package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code ingest} processes on one store: the second is refused in one line naming the process that holds the
 * store and writes nothing; once the first has finished, the second's re-run adds what is missing and nothing
 * twice, so the store equals one uninterrupted run.
 */
class ConcurrentIngestIT {
    private static final int DOCUMENTS = 60;

    @Test
    void secondIngestOnAHeldStoreIsRefusedInOneLineAndItsRerunLosesAndDuplicatesNothing(@TempDir Path tmp)
            throws Exception {
        Path corpus = WorldNews.first(DOCUMENTS, tmp);
        Path whole = tmp.resolve("whole");
        assertThat(ingest(corpus, whole).status()).isZero();

        Path contested = tmp.resolve("contested");
        Process first = startIngest(corpus, contested);
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(first.getErrorStream(), StandardCharsets.UTF_8))) {
            awaitLine(err, "batch 1 stored");
            Run second = ingest(corpus, contested);
            assertThat(second.status()).isEqualTo(1);
            assertThat(second.err().strip().lines()).hasSize(1);
            assertThat(second.err()).contains("held by another process", "PID " + first.pid());
            while (err.readLine() != null) {
                // drains the first run's progress so that it never blocks on a full pipe
            }
        }
        assertThat(first.waitFor(300, TimeUnit.SECONDS)).as("first ingest ended").isTrue();
        assertThat(first.exitValue()).isZero();
        assertThat(StoreProbe.contents(contested)).isEqualTo(StoreProbe.contents(whole));

        Run rerun = ingest(corpus, contested);
        assertThat(rerun.status()).isZero();
        assertThat(rerun.out()).contains("skipped already stored");
        assertThat(StoreProbe.contents(contested)).isEqualTo(StoreProbe.contents(whole));
    }

    private static Run ingest(Path corpus, Path data) {
        return Run.of("ingest", corpus.toString(), "--data", data.toString(), "--batch", "10", "--progress", "none");
    }

    /** {@code vigil ingest} in a JVM of its own, reporting each committed batch on its error stream. */
    private static Process startIngest(Path corpus, Path data) throws Exception {
        return ChildVigil.of("ingest", corpus.toString(), "--data", data.toString(), "--batch", "10",
                "--threads", "1", "--progress", "lines")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void awaitLine(BufferedReader lines, String prefix) throws Exception {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith(prefix)) {
                return;
            }
        }
        throw new AssertionError("the first ingest ended before printing '" + prefix + "'");
    }
}
