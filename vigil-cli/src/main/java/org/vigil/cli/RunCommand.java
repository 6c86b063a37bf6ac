package org.vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.vigil.core.source.Source;
import org.vigil.ingest.pipeline.IngestSummary;
import org.vigil.ingest.source.GivenDateSource;
import org.vigil.ingest.source.GivenDates;
import org.vigil.ingest.source.JsonlSource;
import org.vigil.ingest.source.ReadLimits;
import org.vigil.ingest.source.Sources;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.DuckDbSettings;
import org.vigil.store.StoreQueries;
import org.vigil.store.analytics.PairRanking;
import org.vigil.server.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil run}: the main job, on the sample news that ships with Vigil or on the given inputs. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Ingest news into the store and show what it holds: the summary of the run and the most conflictual "
                    + "pairs of actors.",
            "With no input, ingests the sample news that ships with Vigil (about 50 short dated items written for "
                    + "it). Running it again leaves the same counts.",
            "Then serves the dashboard over the store and prints its address, until stopped (Ctrl-C); --no-serve "
                    + "ends after the summary instead."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:some input failed (each named on stderr)", "2:bad usage"})
final class RunCommand implements Callable<Integer> {
    static final String SAMPLE = "/sample/sample-news.jsonl";

    @Parameters(arity = "0..*", paramLabel = "PATH_OR_URL", description = "Files, folders or URLs (default: the sample).")
    List<String> inputs = List.of();

    @CommandLine.Mixin
    StoreOptions store;

    @CommandLine.Mixin
    DateOptions dates;

    @CommandLine.Mixin
    LimitOptions limits;

    @CommandLine.Mixin
    DuckDbOptions duckdb;

    @Option(names = "--top", paramLabel = "N", description = "Pairs to list (default: ${DEFAULT-VALUE}).")
    int top = 10;

    @Option(names = "--no-serve", description = "End after the summary instead of serving the dashboard.")
    boolean noServe;

    @Option(names = "--port", paramLabel = "PORT",
            description = "Port of the dashboard, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port = 7070;

    @CommandLine.Mixin
    DictionaryOptions dictionaries;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Engine.Factory engines;

    RunCommand(Engine.Factory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        limits.apply();
        DuckDbSettings settings = duckdb.settings(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        dictionaries.check(spec.commandLine());
        GivenDates given = dates.given(spec.commandLine());
        List<Source> sources = inputs.isEmpty() ? List.of(sample())
                : inputs.stream().map(i -> GivenDateSource.of(Sources.open(i), given)).toList();
        Engine engine = dictionaries.engine(engines, spec.commandLine().getErr());
        IngestSummary summary = Workbench.ingest(engine, store.data, settings, sources, store.threads(),
                store.batch, Progress.create(spec.commandLine().getErr(), store.progress,
                inputs.isEmpty() ? OptionalLong.empty() : DocumentCount.of(inputs)),
                StoreLocation.notices(spec.commandLine()));
        summary.print(out);
        try (DuckDbEventStore opened = DuckDbEventStore.open(store.data, settings, notice -> { })) {
            SummaryFormat.store(out, new StoreQueries(opened), new PairRanking(opened), top);
        }
        out.println("store: " + StoreLocation.file(store.data));
        out.flush();
        int status = summary.failedTotal() > 0 ? 1 : 0;
        if (!noServe) {
            // the token, if any, comes from VIGIL_TOKEN; posted articles are coded by this run's engine
            Serving.serveUntilStopped(out, ServerConfig.of(store.data).withPort(port).withDuckDb(settings)
                    .withPostLimits(LimitOptions.posts(ReadLimits.current())), null, LiveIngest.Plan.NONE,
                    () -> engine);
        }
        return status;
    }

    /** The shipped sample, copied out of the jar so that the JSONL source reads it like any file. */
    private static Source sample() throws IOException {
        Path copy = Files.createTempFile("vigil-sample-", ".jsonl");
        copy.toFile().deleteOnExit();
        try (InputStream in = RunCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("the sample news " + SAMPLE + " is missing from the jar"));
            }
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return new JsonlSource(copy);
    }
}
