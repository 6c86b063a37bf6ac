package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
     * Three kills, each at a moment drawn at random from the time the work takes: from shortly before the first
     * batch commits (CoreNLP has loaded) to when the documents still to store would be done. The seed is printed,
     * and {@code -Dvigil.killSeed=N} replays a failure.
     */
    @Test
    void threeKillsAtRandomMomentsThenAResume_equalAnUninterruptedRunRowByRow() throws Exception {
        Path corpus = WorldNews.first(DOCUMENTS, tmp);
        Path whole = tmp.resolve("whole");
        long started = System.nanoTime();
        Process uninterrupted = start(corpus, whole, ProcessBuilder.Redirect.PIPE);
        long firstBatch = -1;
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(uninterrupted.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                if (firstBatch < 0 && line.startsWith("batch 1 stored")) {
                    firstBatch = (System.nanoTime() - started) / 1_000_000;
                }
            }
        }
        assertThat(uninterrupted.waitFor(300, TimeUnit.SECONDS)).as("uninterrupted run ended").isTrue();
        assertThat(uninterrupted.exitValue()).isZero();
        long work = (System.nanoTime() - started) / 1_000_000 - firstBatch;
        assertThat(firstBatch).as("the first batch was reported").isPositive();

        long seed = Long.getLong("vigil.killSeed", System.nanoTime());
        Random random = new Random(seed);
        Path killed = tmp.resolve("killed");
        List<String> moments = new ArrayList<>();
        int stored = 0;
        for (int kill = 0; kill < 3; kill++) {
            long left = work * (DOCUMENTS - stored) / DOCUMENTS;
            long at = firstBatch / 2 + random.nextInt((int) (firstBatch / 2 + left));
            Process p = start(corpus, killed, ProcessBuilder.Redirect.DISCARD);
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
        System.out.println("ResumeAfterKillIT: first batch at " + firstBatch + " ms, then " + work
                + " ms of work; kills (seed " + seed + ") at " + moments);

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
