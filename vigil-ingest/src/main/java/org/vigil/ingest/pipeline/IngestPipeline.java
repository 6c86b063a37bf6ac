package org.vigil.ingest.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.vigil.core.coding.EventCoder;
import org.vigil.core.model.Article;
import org.vigil.core.model.Event;
import org.vigil.core.model.ParsedDocument;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.parse.Parser;
import org.vigil.core.parse.SentenceFilter;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceDocument;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;
import org.vigil.core.store.BatchResult;
import org.vigil.core.store.CodedArticle;
import org.vigil.core.store.EventStore;
import org.vigil.core.store.StoredArticle;
import org.vigil.ingest.language.LanguageDetector;
import org.vigil.ingest.source.CodedSource;

/**
 * The main job: reads sources, skips what is stored already or not English, parses and codes the rest on all
 * cores, and stores articles with their events in batches, one transaction each. Documents are stored in the
 * order they were read, so a run killed half-way and run again ends with the same store as a run never stopped.
 */
public final class IngestPipeline {
    /** Languages the coder reads; "und" (too short to tell) is given the benefit of the doubt. */
    private static final Set<String> READABLE = Set.of("eng", "und");

    /**
     * @param threads   documents parsed at once
     * @param batchSize documents per transaction: a crash loses at most this many
     */
    public record Settings(int threads, int batchSize) {
        public Settings {
            if (threads < 1 || batchSize < 1) {
                throw new IllegalArgumentException("threads and batch size must be at least 1: " + threads + ", "
                        + batchSize);
            }
        }
    }

    private final Parser parser;
    private final SentenceFilter filter;
    private final EventCoder coder;
    private final LanguageDetector language;
    private final EventStore store;
    private final Settings settings;

    public IngestPipeline(Parser parser, SentenceFilter filter, EventCoder coder, LanguageDetector language,
                          EventStore store, Settings settings) {
        this.parser = parser;
        this.filter = filter;
        this.coder = coder;
        this.language = language;
        this.store = store;
        this.settings = settings;
    }

    public IngestSummary run(List<Source> sources, ProgressListener progress) {
        Run run = new Run(progress);
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "vigil-coder");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Source source : sources) {
                progress.sourceStarted(source.describe());
                if (source instanceof CodedSource coded) { // coded elsewhere (a Spark run): stored as it is
                    coded.readCoded(article -> run.acceptCoded(article, coded.describe()), run::fail,
                            warning -> progress.warned(coded.describe(), warning));
                } else {
                    source.read(item -> run.accept(item, pool));
                }
            }
            run.finish();
        } finally {
            pool.shutdownNow();
            progress.finished();
        }
        return run.summary();
    }

    /** The state of one run: confined to the thread that reads the sources. */
    private final class Run {
        private final ProgressListener progress;
        private final Tally tally = new Tally();
        private final Set<String> seen = new HashSet<>();
        private final Deque<Pending> window = new ArrayDeque<>();
        private final List<CodedArticle> batch = new ArrayList<>();
        private final long started = System.nanoTime();
        private long batches;

        Run(ProgressListener progress) {
            this.progress = progress;
        }

        void accept(SourceItem item, ExecutorService pool) {
            if (item instanceof SourceFailure failure) {
                fail(failure);
                return;
            }
            SourceDocument doc = (SourceDocument) item;
            progress.documentRead(doc.input());
            if (doc.repair() != null) {
                progress.repaired(doc.input(), doc.repair());
            }
            if (!admit(doc.article().id())) {
                return;
            }
            String lang = language.detect(doc.article().text());
            if (!READABLE.contains(lang)) {
                StoredArticle skipped = new StoredArticle(doc.article(), doc.source(), lang, doc.dateOrigin(),
                        "skipped:language=" + lang);
                enqueue(new Pending(doc, CompletableFuture.completedFuture(new Coded(skipped, 0, 0, List.of(), List.of()))));
                return;
            }
            StoredArticle stored = new StoredArticle(doc.article(), doc.source(), "eng", doc.dateOrigin(), "coded");
            enqueue(new Pending(doc, CompletableFuture.supplyAsync(() -> code(stored), pool)));
        }

        /** Counts a document read; false when it is a duplicate or already stored (then counted as skipped). */
        private boolean admit(String id) {
            tally.read++;
            if (!seen.add(id)) {
                skip("duplicate in input");
                return false;
            }
            if (!store.knownArticles(Set.of(id)).isEmpty()) {
                skip("already stored");
                return false;
            }
            return true;
        }

        /** An article coded elsewhere, with its events: queued to be stored in order, like one coded here. */
        void acceptCoded(CodedArticle coded, String source) {
            StoredArticle a = coded.article();
            if (admit(a.article().id())) {
                SourceDocument doc = new SourceDocument(a.article(), a.source(), a.dateOrigin(),
                        source + "#" + a.article().id());
                enqueue(new Pending(doc, CompletableFuture.completedFuture(
                        new Coded(a, coded.sentences(), 0, coded.events(), List.of()))));
            }
        }

        private void enqueue(Pending pending) {
            window.add(pending);
            while (window.size() > settings.threads() * 4) {
                complete(window.poll());
            }
        }

        private void complete(Pending pending) {
            try {
                Coded coded = pending.result().join();
                coded.uncoded().forEach(why -> progress.warned(pending.doc().input(), why));
                tally.sentences += coded.sentences();
                tally.parsed += coded.parsed();
                if (coded.article().status().startsWith("skipped:")) {
                    skip(coded.article().status().substring("skipped:".length()));
                }
                batch.add(new CodedArticle(coded.article(), coded.sentences(), coded.events()));
                if (batch.size() >= settings.batchSize()) {
                    flush();
                }
            } catch (CompletionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                fail(new SourceFailure(pending.doc().input(), "coding failed: " + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage())));
            }
            progress.documentDone(tally.read);
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            BatchResult result = store.store(List.copyOf(batch));
            // articles kept only to remember that they were skipped (another language) are not "stored" news
            long kept = batch.stream().filter(a -> !a.article().status().equals("coded")).count();
            tally.stored += result.articlesStored() - kept;
            tally.events += result.eventsStored() + result.eventsMerged();
            tally.merged += result.eventsMerged();
            batch.clear();
            progress.batchStored(++batches, tally.stored);
        }

        void finish() {
            while (!window.isEmpty()) {
                complete(window.poll());
            }
            flush();
        }

        private void skip(String reason) {
            tally.skipped.merge(reason, 1L, Long::sum);
            progress.documentDone(tally.read);
        }

        void fail(SourceFailure failure) {
            tally.failed.merge(failure.category(), 1L, Long::sum);
            progress.failed(failure);
        }

        IngestSummary summary() {
            double seconds = (System.nanoTime() - started) / 1e9;
            return new IngestSummary(tally.read, tally.stored, tally.skipped, tally.failed, tally.sentences,
                    tally.parsed, tally.events, tally.merged, seconds);
        }
    }

    private Coded code(StoredArticle stored) {
        Article article = stored.article();
        ParsedDocument parsed = parser.parse(article, filter);
        List<Event> events = coder.code(parsed);
        int parsedSentences = (int) parsed.sentences().stream().filter(ParsedSentence::parsed).count();
        return new Coded(stored, parsed.sentences().size(), parsedSentences, events, parsed.skipped());
    }

    /** An article coded, with why any of its sentences went uncoded. */
    private record Coded(StoredArticle article, int sentences, int parsed, List<Event> events, List<String> uncoded) {
    }

    private record Pending(SourceDocument doc, CompletableFuture<Coded> result) {
    }
}
