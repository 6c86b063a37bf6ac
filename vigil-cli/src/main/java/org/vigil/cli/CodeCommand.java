package org.vigil.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.core.dates.EventDates;
import org.vigil.core.model.Event;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.Source;
import org.vigil.ingest.source.GivenDates;
import org.vigil.ingest.source.JsonlSource;
import org.vigil.ingest.source.Opener;
import org.vigil.ingest.source.TextSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil code [FILE|-]}: codes news text and prints one JSON event per line. */
@Command(name = "code",
        mixinStandardHelpOptions = true,
        description = {
            "Code news text into events: one JSON event per line on stdout.",
            "Input is plain text (one document) or, for a .jsonl(.gz) file or with --jsonl, one JSON document per "
                    + "line with text and optional id, date, title, url; read exactly as `vigil ingest` reads it.",
            "A bad line is reported on stderr as FILE:LINE: reason and the rest is still coded; "
                    + "the exit status is then 1."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:all input coded", "1:a bad line, an empty or unreadable input, or a document that failed",
            "2:bad usage"})
final class CodeCommand implements Callable<Integer> {
    static final String STDIN = "-";

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = STDIN,
            description = "Text or JSON Lines file; '-' or nothing for stdin.")
    String file;

    @Option(names = "--jsonl", description = "Read JSON Lines whatever the file name (needed for stdin).")
    boolean jsonl;

    /** People are coded by the office they held on the article's date; without one, events have no date. */
    @CommandLine.Mixin
    DateOptions dates;

    @CommandLine.Mixin
    LimitOptions limits;

    @Option(names = "--threads", paramLabel = "N", description = "Documents parsed at once. Default: all cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--stats", description = "Print documents, sentences, events and speed on stderr at the end.")
    boolean stats;

    @CommandLine.Mixin
    DictionaryOptions dictionaries;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Builds the engine when it is needed, so that input errors show before the models load. */
    private final Engine.Factory engines;

    CodeCommand() {
        this(Engine::standard);
    }

    CodeCommand(Engine.Factory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        limits.apply();
        PrintWriter out = spec.commandLine().getOut();
        dictionaries.check(spec.commandLine());
        PrintWriter err = spec.commandLine().getErr();
        Problems problems = new Problems(err);
        String name = STDIN.equals(file) ? "stdin" : file;

        GivenDates given = dates.given(spec.commandLine());
        LocalDate defaultDate = given == null ? null : given.day();
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        }

        Opener opener = STDIN.equals(file) ? () -> new NotClosed(System.in) : () -> Files.newInputStream(Path.of(file));
        String lower = file.toLowerCase(Locale.ROOT);
        boolean lines = jsonl || lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz") || lower.endsWith(".ndjson");
        Source source = lines ? new JsonlSource(name, opener) : TextSource.single(name, opener);
        String id = lines ? null : STDIN.equals(file) ? "stdin" : Path.of(file).getFileName().toString();
        Iterator<Documents.Doc> docs = Documents.of(source, id, defaultDate, problems);
        if (!docs.hasNext()) {
            if (!problems.any()) {
                err.println(name + ": empty input, nothing to code");
            } else if (problems.count() > 1) {
                err.println(name + ": no usable document");
            }
            return 1;
        }
        return code(docs, out, err, problems);
    }

    /** Standard input, left open when its reader closes. */
    private static final class NotClosed extends FilterInputStream {
        NotClosed(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }

    private int code(Iterator<Documents.Doc> docs, PrintWriter out, PrintWriter err, Problems problems) {
        Engine engine = dictionaries.engine(engines, spec.commandLine().getErr());
        long started = System.nanoTime();
        long[] totals = new long[3]; // documents, sentences, events
        try {
            Ordered.map(docs, threads, doc -> engine.code(doc.article()), outcome -> {
                if (outcome.error() != null) {
                    problems.report(outcome.input().where(), "coding failed: " + describe(outcome.error()));
                    return;
                }
                Engine.Coded coded = outcome.result();
                coded.skipped().forEach(why -> problems.warn(outcome.input().where(), why));
                totals[0]++;
                totals[1] += coded.sentences();
                Documents.Doc doc = outcome.input();
                LocalDate published = doc.article().date();
                for (Event event : EventDates.countedFrom(doc.dateOrigin(), published, coded.events())) {
                    out.println(line(event, published, doc.dateOrigin()));
                    totals[2]++;
                }
                out.flush();
                if (out.checkError()) {
                    throw new OutputClosed();
                }
            });
        } catch (OutputClosed e) {
            return problems.any() ? 1 : 0; // the reader went away (vigil code | head): stop quietly
        }
        if (stats) {
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf(Locale.ROOT, "%d documents, %d sentences, %d events (%.2f per document) in %.1f s: %.1f sentences/s%n",
                    totals[0], totals[1], totals[2], totals[0] == 0 ? 0.0 : (double) totals[2] / totals[0],
                    seconds, seconds == 0 ? 0.0 : totals[1] / seconds);
        }
        err.flush();
        return problems.any() ? 1 : 0;
    }

    /** Standard output was closed by its reader. */
    private static final class OutputClosed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputClosed() {
            super(null, null, false, false);
        }
    }

    static String line(Event event, LocalDate articleDate, DateOrigin articleDateOrigin) {
        try {
            return JsonLines.MAPPER.writeValueAsString(EventJson.toJson(event, articleDate, articleDateOrigin));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + event.id() + " as JSON", e);
        }
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
