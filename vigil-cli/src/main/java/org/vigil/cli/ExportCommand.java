package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.DuckDbSettings;
import org.vigil.store.Exporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil export}: the stored events as a Parquet or CSV file, optionally in GDELT 2.0 columns. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = "Write the stored events, each with its first report's evidence, to a Parquet or CSV file.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "parquet or csv.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--gdelt", description = "GDELT 2.0 event-table column names and codes (Actor1Code RUSGOV, ...).")
    boolean gdelt;

    @Option(names = "--data", paramLabel = "DIR", description = "Where the store lives (default: ${DEFAULT-VALUE}).")
    Path data = Workbench.DEFAULT_DATA;

    @CommandLine.Mixin
    DuckDbOptions duckdb;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Exporter.Format chosen;
        try {
            chosen = Exporter.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        DuckDbSettings settings = duckdb.settings(spec.commandLine());
        StoreLocation.announce(spec.commandLine(), data, false);
        try (DuckDbEventStore store = DuckDbEventStore.open(data, settings,
                StoreLocation.notices(spec.commandLine()))) {
            long rows = new Exporter(store).export(chosen, out, gdelt);
            PrintWriter o = spec.commandLine().getOut();
            o.println(rows + " events written to " + out);
            o.flush();
        }
        return 0;
    }
}
