package org.vigil.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.vigil.ingest.source.ReadLimits;
import org.vigil.spark.RunReport;
import org.vigil.spark.SparkJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil spark --input PATH --output DIR}: the scale-out job, run inside this JVM. */
@Command(name = "spark",
        mixinStandardHelpOptions = true,
        description = {
            "Run the Spark job in this JVM (local mode): read JSON Lines, WARC and the other inputs of ingest from "
                    + "any Hadoop-compatible path, code them exactly as ingest does, and write Parquet tables: "
                    + "articles and events (partitioned by date), failures and a run report.",
            "Running it again over the same input replaces that input's output. Store a run with "
                    + "'vigil ingest OUTPUT'; on a cluster, submit the job jar with spark-submit (docs/spark.md)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:some input failed (listed in OUTPUT/failures) or the job failed",
            "2:bad usage"})
final class SparkCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "File, folder or glob on any Hadoop file system (file:, hdfs:, s3a:); several separated "
                    + "by commas.")
    String input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder of the Parquet tables.")
    String output;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: ${DEFAULT-VALUE}, all cores of this machine).")
    String master = "local[*]";

    @Option(names = "--partitions", paramLabel = "N",
            description = "Coding partitions (default: four per core).")
    int partitions;

    @CommandLine.Mixin
    LimitOptions limits;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (partitions < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be 0 or more: "
                    + partitions);
        }
        limits.apply();
        SparkJob.Options options = new SparkJob.Options(input, output, partitions, ReadLimits.current());
        SparkSession spark = SparkJob.session(master);
        RunReport report;
        try {
            report = SparkJob.run(spark, options);
        } finally {
            spark.stop();
        }
        PrintWriter out = spec.commandLine().getOut();
        report.print(out);
        if (report.failedTotal() > 0) {
            out.println("failed inputs: " + output + "/failures/corpus=" + report.corpus());
        }
        out.flush();
        return report.failedTotal() > 0 ? 1 : 0;
    }
}
