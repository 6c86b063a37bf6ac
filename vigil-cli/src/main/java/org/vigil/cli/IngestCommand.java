package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.core.source.Source;
import org.vigil.ingest.pipeline.IngestSummary;
import org.vigil.ingest.source.GivenDateSource;
import org.vigil.ingest.source.GivenDates;
import org.vigil.ingest.source.Sources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil ingest PATH_OR_URL...}: reads news, codes it and keeps it in the store. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Read news from files, folders and URLs (JSON Lines, plain text, HTML, RSS/Atom, WARC), code every "
                    + "English article and store articles, events and their evidence in the embedded DuckDB store.",
            "Articles already stored are skipped, so running it again never duplicates anything; work is "
                    + "committed in batches, so a run that is killed resumes where it stopped."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:everything read was stored or skipped", "1:some input failed (each named on stderr)",
            "2:bad usage"})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH_OR_URL", description = "Files, folders or http(s) URLs.")
    List<String> inputs;

    @CommandLine.Mixin
    StoreOptions store;

    @CommandLine.Mixin
    DateOptions dates;

    @CommandLine.Mixin
    LimitOptions limits;

    @CommandLine.Mixin
    DuckDbOptions duckdb;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Engine.Factory engines;

    IngestCommand(Engine.Factory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        limits.apply();
        duckdb.apply(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        StoreLocation.announce(spec.commandLine(), store.data, true);
        GivenDates given = dates.given(spec.commandLine());
        List<Source> sources = inputs.stream().map(i -> GivenDateSource.of(Sources.open(i), given)).toList();
        IngestSummary summary = Workbench.ingest(engines.create(), store.data, sources, store.threads(),
                store.batch, Progress.create(spec.commandLine().getErr(), store.progress));
        summary.print(out);
        out.flush();
        return summary.failedTotal() > 0 ? 1 : 0;
    }
}
