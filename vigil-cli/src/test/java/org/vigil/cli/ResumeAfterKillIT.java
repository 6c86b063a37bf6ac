package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL loses at most the batch in flight; the next run resumes and ends with exactly the store
 * an uninterrupted run makes, whether the kill came between batches or at any moment at all (while CoreNLP loads,
 * while a batch is parsed, while DuckDB commits or checkpoints).
 */
class ResumeAfterKillIT {
    private static final int DOCUMENTS = 80;

    @TempDir
    Path tmp;

    @Test
    void killedRunResumesToTheSameStoreAsAnUninterruptedOne() throws Exception {
        Path corpus = WorldNews.first(DOCUMENTS, tmp);
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

    /**
     * Three kills, each at a moment drawn at random from the work the run still has: from its first committed batch
     * (CoreNLP loaded, documents flowing) to most of the time the documents left took an uninterrupted run; so a
     * kill lands while a batch is parsed, coded, appended, committed or checkpointed. The seed is printed, and
     * {@code -Dvigil.killSeed=N} replays a failure.
     */
    @Test
    void threeKillsAtRandomMomentsThenAResume_equalAnUninterruptedRunRowByRow() throws Exception {
        Path corpus = WorldNews.first(DOCUMENTS, tmp);
        Path whole = tmp.resolve("whole");
        Process uninterrupted = start(corpus, whole, ProcessBuilder.Redirect.PIPE);
        CountDownLatch firstBatch = firstBatch(uninterrupted);
        assertThat(firstBatch.await(300, TimeUnit.SECONDS)).as("the first batch was reported").isTrue();
        long working = System.nanoTime();
        assertThat(uninterrupted.waitFor(300, TimeUnit.SECONDS)).as("uninterrupted run ended").isTrue();
        assertThat(uninterrupted.exitValue()).isZero();
        long work = Math.max(1, (System.nanoTime() - working) / 1_000_000);

        long seed = Long.getLong("vigil.killSeed", System.nanoTime());
        Random random = new Random(seed);
        Path killed = tmp.resolve("killed");
        List<String> moments = new ArrayList<>();
        int stored = 0;
        for (int kill = 0; kill < 3; kill++) {
            // three quarters of the time the documents left took: a busy machine's runs vary, the kill must not miss
            long at = random.nextInt((int) Math.max(1, work * 3 / 4 * (DOCUMENTS - stored) / DOCUMENTS));
            Process p = start(corpus, killed, ProcessBuilder.Redirect.PIPE);
            firstBatch(p).await(300, TimeUnit.SECONDS);
            if (p.waitFor(at, TimeUnit.MILLISECONDS)) {
                moments.add(at + " ms (had ended, status " + p.exitValue() + ")");
                continue;
            }
            p.destroyForcibly();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("killed process ended").isTrue();
            assertThat(p.exitValue()).as("SIGKILLed (137), or ended just before (0)").isIn(137, 0);
            stored = Integer.parseInt(StoreProbe.query(killed, "SELECT count(*) FROM articles").get(0));
            moments.add(at + " ms, status " + p.exitValue() + ", " + stored + " articles stored");
        }
        System.out.println("ResumeAfterKillIT: " + work + " ms of work after the first batch; kills (seed " + seed
                + ") that long after each run's first batch: " + moments);

        Run rerun = ingest(corpus, killed);
        assertThat(rerun.status()).as(rerun.err()).isZero();
        assertThat(counts(killed)).isEqualTo(counts(whole));
        assertThat(StoreProbe.contents(killed)).as("article, event and mention ids, seed " + seed)
                .isEqualTo(StoreProbe.contents(whole));
        assertThat(eventRows(killed)).as("event rows, seed " + seed).isEqualTo(eventRows(whole));
    }

    private static Run ingest(Path corpus, Path data) {
        return Run.of("ingest", corpus.toString(), "--data", data.toString(), "--batch", "10", "--progress", "none");
    }

    /** {@code vigil ingest} in a JVM of its own, one document at a time, each committed batch on standard error. */
    private static Process start(Path corpus, Path data, ProcessBuilder.Redirect err) throws Exception {
        return ChildVigil.of("ingest", corpus.toString(), "--data", data.toString(), "--batch", "10",
                "--threads", "1", "--progress", "lines")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err).start();
    }

    /**
     * Reads the process's standard error to its end on a thread of its own; the latch opens at its first committed
     * batch, or when it ends without one.
     */
    private static CountDownLatch firstBatch(Process p) {
        CountDownLatch latch = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(
                    new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    if (line.startsWith("batch ")) {
                        latch.countDown();
                    }
                }
            } catch (IOException e) {
                // the process was killed: its stream is gone
            } finally {
                latch.countDown();
            }
        }, "ingest-stderr");
        reader.setDaemon(true);
        reader.start();
        return latch;
    }

    /** Runs {@code vigil ingest} in a JVM of its own and kills it (SIGKILL) once two batches are committed. */
    private static void killAfterSecondBatch(Path corpus, Path data) throws Exception {
        Process p = start(corpus, data, ProcessBuilder.Redirect.PIPE);
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

    private static List<String> counts(Path data) throws Exception {
        return StoreProbe.query(data, "SELECT (SELECT count(*) FROM articles) || ' articles, '"
                + " || (SELECT count(*) FROM events) || ' events, ' || (SELECT count(*) FROM mentions) || ' mentions'");
    }

    /** Every column that order or a kill could change: date, actors, code, first article, mentions. */
    private static List<String> eventRows(Path data) throws Exception {
        return StoreProbe.query(data, "SELECT concat_ws(' ', id, date, source_code, target_code, cameo,"
                + " first_article_id, mentions, location) FROM events ORDER BY id");
    }
}
