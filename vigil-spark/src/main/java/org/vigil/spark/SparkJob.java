package org.vigil.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.vigil.ingest.pipeline.IngestSummary;
import org.vigil.ingest.source.ReadLimits;
import scala.Tuple2;

/**
 * The scale-out job: reads a corpus from any Hadoop-compatible path, codes it on the executors exactly as
 * {@code vigil ingest} codes it on one machine, and writes Parquet tables (docs/spark.md).
 *
 * <pre>
 * files ─binaryFiles─► read with the CLI's sources (one task per file) ─► one copy per article id
 *       ─► mapPartitions: the CLI's ingest pipeline with one engine per executor ─► articles, events, failures, report
 * </pre>
 *
 * <p>Bad input never stops the job: each bad record becomes a row of {@code failures} and a count in
 * {@code report}. Writes are dynamic partition overwrites, and partitions of the same input that a run no longer
 * produces are removed after it, so running the job again over the same input replaces its output and never
 * duplicates it; other inputs written to the same output are left alone.
 *
 * <p>Run with {@code spark-submit --class org.vigil.spark.SparkJob vigil-spark-VERSION-job.jar --input PATH
 * --output DIR [--partitions N]}, or in-process with {@code vigil spark}.
 */
public final class SparkJob {
    /** Spark's (and Hive's) directory name for a null partition value: read back as null by Spark and DuckDB. */
    static final String NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__";

    /**
     * @param input      a file, folder or glob on any Hadoop file system ({@code file:}, {@code hdfs:}, {@code s3a:}),
     *                   several separated by commas; folders are read recursively
     * @param output     the folder of the tables
     * @param partitions coding partitions, or 0 for four per core of the cluster
     * @param limits     what one input may make an executor hold, as ingest's; null for the defaults
     */
    public record Options(String input, String output, int partitions, ReadLimits limits) {
        private static final String USAGE = "usage: SparkJob --input PATH --output DIR [--partitions N]"
                + " [--max-document SIZE] [--max-line SIZE] [--max-inflated SIZE]";

        public Options {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(output, "output");
            if (partitions < 0) {
                throw new IllegalArgumentException("partitions must be 0 (automatic) or more: " + partitions);
            }
            limits = limits == null ? ReadLimits.DEFAULT : limits;
        }

        public Options(String input, String output, int partitions) {
            this(input, output, partitions, null);
        }

        /** {@code --input PATH --output DIR [--partitions N] [--max-document SIZE] …}, sizes as ingest's. */
        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            Set<String> names = Set.of("--input", "--output", "--partitions", "--max-document", "--max-line",
                    "--max-inflated");
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (!names.contains(name) || i + 1 == args.length) {
                    throw new IllegalArgumentException(USAGE + " (bad argument: " + name + ")");
                }
                values.put(name, args[++i]);
            }
            if (!values.containsKey("--input") || !values.containsKey("--output")) {
                throw new IllegalArgumentException(USAGE);
            }
            ReadLimits limits = ReadLimits.DEFAULT;
            if (values.containsKey("--max-document")) {
                limits = limits.withDocumentBytes(ReadLimits.parseSize(values.get("--max-document")));
            }
            if (values.containsKey("--max-line")) {
                limits = limits.withLineBytes(ReadLimits.parseSize(values.get("--max-line")));
            }
            if (values.containsKey("--max-inflated")) {
                limits = limits.withInflatedBytes(ReadLimits.parseSize(values.get("--max-inflated")));
            }
            return new Options(values.get("--input"), values.get("--output"),
                    Integer.parseInt(values.getOrDefault("--partitions", "0")), limits);
        }
    }

    private SparkJob() {
    }

    /** Entry point for {@code spark-submit}: the session comes from the submit line. Exit 1 when inputs failed. */
    public static void main(String[] args) {
        Options options = Options.parse(args);
        SparkSession spark = SparkSession.builder().appName("vigil").getOrCreate();
        RunReport report;
        try {
            report = run(spark, options);
        } finally {
            spark.stop();
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        report.print(out);
        out.flush();
        System.exit(report.failedTotal() > 0 ? 1 : 0);
    }

    /**
     * A local-mode session for running the job inside this JVM ({@code vigil spark}, tests): bound to the loopback
     * address, without the web UI.
     *
     * @param master {@code local[N]}, {@code local[*]}, or a cluster master URL
     */
    public static SparkSession session(String master) {
        return SparkSession.builder().appName("vigil").master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.showConsoleProgress", "false")
                .getOrCreate();
    }

    /** Runs the job on the session's cluster and writes the tables; returns what the run did. */
    public static RunReport run(SparkSession spark, Options options) {
        long started = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        String qualified = qualifiedInput(hadoop, options.input());
        String corpus = corpusKey(qualified);
        int partitions = options.partitions() > 0 ? options.partitions() : 4 * jsc.defaultParallelism();

        ReadLimits limits = options.limits();
        JavaRDD<Coded> coded = jsc.binaryFiles(options.input(), jsc.defaultParallelism())
                .flatMap(file -> InputReader.read(file._1(), file._2(), limits))
                .mapToPair(r -> new Tuple2<>(dedupKey(r), new Tuple2<>(r, 1L)))
                .reduceByKey(SparkJob::firstCopy, partitions)
                .mapPartitions(PartitionCoder::code)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Path out = new Path(options.output());
            JavaRDD<Coded.ArticleRow> articles = coded.filter(c -> c.article() != null).map(Coded::article);
            write(spark.createDataFrame(articles.map(a -> Tables.article(a, corpus)), Tables.ARTICLE_SCHEMA)
                    .repartition(functions.col(Tables.DATE))
                    .sortWithinPartitions("input_file", "input_ordinal"), new Path(out, Tables.ARTICLES), true);
            write(spark.createDataFrame(articles.flatMap(a -> Tables.events(a, corpus).iterator()),
                            Tables.EVENT_SCHEMA)
                    .repartition(functions.col(Tables.DATE))
                    .sortWithinPartitions("article_id", "event_index"), new Path(out, Tables.EVENTS), true);
            JavaRDD<Coded.FailureRow> failures = coded.filter(c -> c.failure() != null).map(Coded::failure);
            write(spark.createDataFrame(failures.map(f -> Tables.failure(f, corpus)), Tables.FAILURE_SCHEMA)
                    .coalesce(1), new Path(out, Tables.FAILURES), false);

            List<Coded.Counts> counts = coded.filter(c -> c.counts() != null).map(Coded::counts).collect();
            List<Tuple2<String, Boolean>> dates = articles
                    .map(a -> new Tuple2<>(dateDir(a), !a.events().isEmpty())).distinct().collect();
            RunReport report = report(options, qualified, corpus, counts, (System.nanoTime() - started) / 1e9);
            write(spark.createDataFrame(reportRows(report), Tables.REPORT_SCHEMA).coalesce(1),
                    new Path(out, Tables.REPORT), false);
            removeStale(hadoop, out, corpus, dates, report.failedTotal() > 0);
            return report;
        } finally {
            coded.unpersist(false);
        }
    }

    /** Documents are de-duplicated by article id, as the CLI skips a "duplicate in input"; failures never are. */
    private static String dedupKey(InputRecord r) {
        return r.isFailure() ? "failure\u0001" + r.file() + "\u0001" + r.ordinal() : "article\u0001" + r.id();
    }

    /** The copy read first wins, as in the CLI; the count says how many copies there were. */
    private static Tuple2<InputRecord, Long> firstCopy(Tuple2<InputRecord, Long> a, Tuple2<InputRecord, Long> b) {
        return new Tuple2<>(a._1().before(b._1()) ? a._1() : b._1(), a._2() + b._2());
    }

    private static void write(Dataset<Row> rows, Path table, boolean byDate) {
        var writer = rows.write().mode(SaveMode.Overwrite).option("partitionOverwriteMode", "dynamic");
        writer = byDate ? writer.partitionBy(Tables.DATE, Tables.CORPUS) : writer.partitionBy(Tables.CORPUS);
        writer.parquet(table.toString());
    }

    private static RunReport report(Options options, String qualified, String corpus, List<Coded.Counts> counts,
                                    double seconds) {
        long read = 0;
        long articles = 0;
        long coded = 0;
        long sentences = 0;
        long parsed = 0;
        long events = 0;
        Map<String, Long> skipped = new HashMap<>();
        Map<String, Long> failed = new HashMap<>();
        for (Coded.Counts c : counts) {
            read += c.read();
            articles += c.articles();
            coded += c.coded();
            sentences += c.sentences();
            parsed += c.parsed();
            events += c.events();
            c.skipped().forEach((k, v) -> skipped.merge(k, v, Long::sum));
            c.failed().forEach((k, v) -> failed.merge(k, v, Long::sum));
        }
        return new RunReport(qualified, corpus, options.output(), articles,
                new IngestSummary(read, coded, skipped, failed, sentences, parsed, events, 0, seconds));
    }

    /** The report as rows: metric, reason (for skipped and failed), count. */
    private static List<Row> reportRows(RunReport r) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Row> rows = new ArrayList<>();
        Object[][] metrics = {{"documents", r.read()}, {"articles", r.articles()}, {"coded", r.coded()},
            {"sentences", r.sentences()}, {"parsed_sentences", r.parsedSentences()}, {"events", r.events()},
            {"millis", Math.round(r.seconds() * 1000)}};
        for (Object[] m : metrics) {
            rows.add(RowFactory.create(r.input(), m[0], null, m[1], now, r.corpus()));
        }
        r.skipped().forEach((reason, n) -> rows.add(RowFactory.create(r.input(), "skipped", reason, n, now,
                r.corpus())));
        r.failed().forEach((reason, n) -> rows.add(RowFactory.create(r.input(), "failed", reason, n, now,
                r.corpus())));
        return rows;
    }

    private static String dateDir(Coded.ArticleRow a) {
        return Tables.DATE + "=" + (a.date() == null ? NULL_PARTITION : a.date().toString());
    }

    /**
     * Removes this input's partitions that the run did not write: dates that no longer have articles (or events),
     * and its failures when it had none. Dynamic overwrite only replaces the partitions a run writes.
     */
    private static void removeStale(Configuration hadoop, Path out, String corpus,
                                    List<Tuple2<String, Boolean>> dates, boolean hadFailures) {
        Set<String> articleDates = new HashSet<>();
        Set<String> eventDates = new HashSet<>();
        for (Tuple2<String, Boolean> d : dates) {
            articleDates.add(d._1());
            if (d._2()) {
                eventDates.add(d._1());
            }
        }
        try {
            FileSystem fs = out.getFileSystem(hadoop);
            removeStale(fs, new Path(out, Tables.ARTICLES), corpus, articleDates);
            removeStale(fs, new Path(out, Tables.EVENTS), corpus, eventDates);
            if (!hadFailures) {
                fs.delete(new Path(new Path(out, Tables.FAILURES), Tables.CORPUS + "=" + corpus), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot remove the stale partitions of corpus " + corpus, e);
        }
    }

    private static void removeStale(FileSystem fs, Path table, String corpus, Set<String> written)
            throws IOException {
        if (!fs.exists(table)) {
            return;
        }
        for (FileStatus date : fs.listStatus(table)) {
            String name = date.getPath().getName();
            if (!date.isDirectory() || !name.startsWith(Tables.DATE + "=") || written.contains(name)) {
                continue;
            }
            fs.delete(new Path(date.getPath(), Tables.CORPUS + "=" + corpus), true);
            if (fs.listStatus(date.getPath()).length == 0) {
                fs.delete(date.getPath(), true);
            }
        }
    }

    /** The input with every path made absolute on its file system, so that "data/" and "./data" are one input. */
    static String qualifiedInput(Configuration hadoop, String input) {
        List<String> parts = new ArrayList<>();
        for (String part : input.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            try {
                Path path = new Path(p);
                FileSystem fs = path.getFileSystem(hadoop);
                FileStatus[] found = fs.globStatus(path);
                if (found == null || found.length == 0) {
                    throw new IllegalArgumentException(p + ": no such file or folder");
                }
                String q = fs.makeQualified(path).toString();
                parts.add(q.endsWith("/") && q.length() > 1 ? q.substring(0, q.length() - 1) : q);
            } catch (IOException e) {
                throw new UncheckedIOException(p + ": cannot read the input", e);
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no input path given");
        }
        return String.join(",", parts);
    }

    /** The partition key of an input: the first 12 hex digits of the SHA-256 of its qualified path. */
    static String corpusKey(String qualifiedInput) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(qualifiedInput.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
