package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.core.source.Source;
import org.vigil.ingest.pipeline.IngestSummary;
import org.vigil.ingest.source.GivenDateSource;
import org.vigil.ingest.source.GivenDates;
import org.vigil.ingest.source.Sources;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.DuckDbSettings;
import org.vigil.store.StoreException;
import org.vigil.store.StoreQueries;
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
                    + "committed in batches, so a run that is killed resumes where it stopped.",
            "When a running 'vigil serve' holds the store, the articles are sent to it (POST /api/articles with "
                    + "--token or VIGIL_TOKEN) and it codes and stores them."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:everything read was stored or skipped", "1:some input failed (each named on stderr)",
            "2:bad usage"})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH_OR_URL", description = "Files, folders or http(s) URLs.")
    List<String> inputs;

    @CommandLine.Mixin
    StoreOptions store;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "When a running 'vigil serve' holds the store, the documents are sent to it with this "
                    + "bearer token, the one it was started with (default: $VIGIL_TOKEN).")
    String token;

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
        DuckDbSettings settings = duckdb.settings(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        StoreLocation.announce(spec.commandLine(), store.data, true);
        GivenDates given = dates.given(spec.commandLine());
        List<Source> sources = inputs.stream().map(i -> GivenDateSource.of(Sources.open(i), given)).toList();
        Progress progress = Progress.create(spec.commandLine().getErr(), store.progress,
                DocumentCount.of(inputs));
        IngestSummary summary;
        try {
            summary = Workbench.ingest(engines.create(), store.data, settings, sources, store.threads(), store.batch,
                    progress, StoreLocation.notices(spec.commandLine()));
            summary.print(out);
            printDates(out, settings);
        } catch (RuntimeException e) {
            Optional<ServerHandOff> server = StoreLocation.heldBy(e) == null ? Optional.empty()
                    : ServerHandOff.find(store.data);
            if (server.isEmpty()) {
                throw e;
            }
            summary = handOff(server.get(), sources, progress);
            if (summary == null) {
                return 1;
            }
        }
        out.flush();
        return summary.failedTotal() > 0 ? 1 : 0;
    }

    /** How the store's events are dated now; a store taken meanwhile by another process is not counted. */
    private void printDates(PrintWriter out, DuckDbSettings settings) {
        try (DuckDbEventStore opened = DuckDbEventStore.open(store.data, settings, notice -> { })) {
            SummaryFormat.dates(out, new StoreQueries(opened).datedEvents());
        } catch (StoreException e) {
            out.println("event dates: not counted (" + e.getMessage() + ")");
        }
    }

    /** The store is held by a server that answers: the documents go to it; null when it refuses them. */
    private IngestSummary handOff(ServerHandOff server, List<Source> sources, Progress progress) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("the store is held by the server at " + server.address() + "; sending the articles to it");
        out.flush();
        try {
            IngestSummary summary = server.send(sources, token != null ? token : System.getenv(Serving.TOKEN_ENV),
                    progress);
            summary.printDocuments(out);
            out.printf(Locale.ROOT, "events: %d coded by the server%n", summary.events());
            server.datedEvents().ifPresentOrElse(d -> SummaryFormat.dates(out, d),
                    () -> out.println("event dates: not counted (the server at " + server.address()
                            + " did not say at api/status)"));
            return summary;
        } catch (ServerHandOff.Refused e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("vigil ingest: " + e.getMessage());
            err.flush();
            return null;
        }
    }
}
