package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL half-way loses at most the batch in flight; the next run resumes and ends with exactly
 * the store an uninterrupted run makes.
 */
class ResumeAfterKillIT {
    private static final int DOCUMENTS = 80;

    @Test
    void killedRunResumesToTheSameStoreAsAnUninterruptedOne(@TempDir Path tmp) throws Exception {
        Path news = Path.of(System.getProperty("vigil.shared", "../../shared"), "data", "news",
                "ag_news_world_test.jsonl");
        assumeTrue(Files.isRegularFile(news), news + " is absent: resume test skipped");
        Path corpus = tmp.resolve("corpus.jsonl");
        try (var lines = Files.lines(news)) {
            Files.write(corpus, lines.limit(DOCUMENTS).toList());
        }

        Path whole = tmp.resolve("whole");
        Run first = ingest(corpus, whole);
        assertThat(first.status()).as(first.err()).isZero();

        Path resumed = tmp.resolve("resumed");
        killAfterSecondBatch(corpus, resumed);
        List<String> afterKill = StoreProbe.contents(resumed);
        assertThat(afterKill).isNotEmpty();
        assertThat(afterKill).isNotEqualTo(StoreProbe.contents(whole));

        Run rerun = ingest(corpus, resumed);
        assertThat(rerun.status()).isZero();
        assertThat(rerun.out()).contains("skipped already stored");
        assertThat(StoreProbe.contents(resumed)).isEqualTo(StoreProbe.contents(whole));
    }

    private static Run ingest(Path corpus, Path data) {
        return Run.of("ingest", corpus.toString(), "--data", data.toString(), "--batch", "10", "--progress", "none");
    }

    /** Runs {@code vigil ingest} in a JVM of its own and kills it (SIGKILL) once two batches are committed. */
    private static void killAfterSecondBatch(Path corpus, Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.vigil.cli.Main", "ingest", corpus.toString(), "--data", data.toString(), "--batch", "10",
                "--threads", "1", "--progress", "lines")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                if (line.startsWith("batch 2 stored")) {
                    p.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("killed process ended").isTrue();
        assertThat(p.exitValue()).as("exit status of a SIGKILLed process").isEqualTo(137);
    }
}
