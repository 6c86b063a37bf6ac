package org.vigil.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Scaling figures for docs/spark.md, not a test: the job over a corpus at {@code local[N]}, twice in one JVM (the
 * first run loads the models, the second is the steady state), documents per second each time, and per CPU second
 * of this JVM (which other processes on a shared machine do not distort).
 *
 * <pre>
 * cd vigil-spark &amp;&amp; mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *     -Dmdep.includeScope=test
 * for n in 1 2; do java -Xmx3g -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.vigil.spark.ScalingBenchmark ../../shared/data/news/ag_news_world_test.jsonl "local[$n]"; done
 * </pre>
 */
public final class ScalingBenchmark {
    private ScalingBenchmark() {
    }

    /** CPU time of this JVM, all threads: shows the work apart from other processes on a shared machine. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ScalingBenchmark CORPUS local[N]");
        }
        Path out = Files.createTempDirectory("vigil-scaling-");
        SparkSession spark = SparkJob.session(args[1]);
        try {
            for (int run = 1; run <= 2; run++) {
                long started = System.nanoTime();
                long cpuStarted = cpuNanos();
                RunReport r = SparkJob.run(spark, new SparkJob.Options(args[0], out.resolve("run" + run).toString(),
                        0));
                double seconds = (System.nanoTime() - started) / 1e9;
                double cpu = (cpuNanos() - cpuStarted) / 1e9;
                System.out.printf(Locale.ROOT, "%s run %d: %d documents, %d sentences (%d parsed), %d events in "
                                + "%.1f s: %.1f documents/s; %.1f CPU s: %.1f documents per CPU second%n", args[1],
                        run, r.read(), r.sentences(), r.parsedSentences(), r.events(), seconds, r.read() / seconds,
                        cpu, r.read() / cpu);
            }
        } finally {
            spark.stop();
        }
    }
}
