package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.vigil.core.parse.SentenceFilter;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceDocument;
import org.vigil.core.source.SourceItem;
import org.vigil.ingest.language.OpenNlpLanguageDetector;
import org.vigil.ingest.pipeline.IngestPipeline;
import org.vigil.ingest.pipeline.IngestSummary;
import org.vigil.ingest.pipeline.ProgressListener;
import org.vigil.ingest.source.Sources;
import org.vigil.store.DuckDbEventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil bench}: the whole pipeline on a corpus, measured in one run against the parse-only baseline,
 * with and without the pre-filter. Figures are for this machine and this moment: compare ratios, not runs.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the main job on a corpus (default: the AG News world stories in ../shared/data/news when "
                    + "present): documents, sentences and events per second and peak heap, for the parse-only "
                    + "baseline (every sentence parsed, nothing coded) and the whole pipeline into a fresh store "
                    + "with and without the pre-filter."})
final class BenchCommand implements Callable<Integer> {
    private static final int WARM_UP = 200;
    static final Path DEFAULT_CORPUS = Path.of("..", "shared", "data", "news", "ag_news_world_test.jsonl");

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "Corpus to measure (any input `ingest` reads).")
    String corpus;

    @Option(names = "--threads", paramLabel = "N", description = "Documents parsed at once (default: all cores).")
    Integer threads;

    @Option(names = "--limit", paramLabel = "N", description = "Use at most N documents (default: all).")
    int limit = Integer.MAX_VALUE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Engine.Factory engines;

    BenchCommand(Engine.Factory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String input = corpus != null ? corpus : defaultCorpus().toString();
        List<SourceDocument> docs = load(input);
        if (docs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), input + ": no document to measure");
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Engine engine = engines.create();
        out.printf(Locale.ROOT, "corpus: %s, %d documents, %d threads%n", input, docs.size(), n);
        pipeline(engine, docs.subList(0, Math.min(WARM_UP, docs.size())), n, engine.filter()); // JIT, caches
        Stage baseline = parseOnly(engine, docs, n);
        out.println(baseline.format("parse only (baseline)"));
        out.println(pipeline(engine, docs, n, SentenceFilter.ALL).format("pipeline, no pre-filter"));
        Stage filtered = pipeline(engine, docs, n, engine.filter());
        out.println(filtered.format("pipeline with pre-filter"));
        out.printf(Locale.ROOT, "pipeline with pre-filter / parse-only baseline: %.2fx sentences/s%n",
                filtered.sentencesPerSecond() / baseline.sentencesPerSecond());
        out.flush();
        return 0;
    }

    private static Path defaultCorpus() {
        String home = System.getProperty("vigil.home");
        return home != null ? Path.of(home).resolve(DEFAULT_CORPUS).normalize() : DEFAULT_CORPUS;
    }

    private List<SourceDocument> load(String input) {
        List<SourceDocument> docs = new ArrayList<>();
        Sources.open(input).read(item -> {
            if (item instanceof SourceDocument d && docs.size() < limit) {
                docs.add(d);
            }
        });
        return docs;
    }

    /** The baseline: every sentence through the full parse, nothing coded or stored. */
    private static Stage parseOnly(Engine engine, List<SourceDocument> docs, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try (HeapSampler heap = new HeapSampler()) {
            List<Future<Integer>> sentences = new ArrayList<>();
            for (SourceDocument d : docs) {
                sentences.add(pool.submit(() -> engine.parser().parse(d.article()).sentences().size()));
            }
            long total = 0;
            for (Future<Integer> f : sentences) {
                total += f.get();
            }
            return new Stage(docs.size(), total, 0, (System.nanoTime() - start) / 1e9, heap.peak());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The whole main job into a fresh store in a temporary folder. */
    private static Stage pipeline(Engine engine, List<SourceDocument> docs, int threads, SentenceFilter filter)
            throws IOException {
        Path dir = Files.createTempDirectory("vigil-bench-");
        try (DuckDbEventStore store = DuckDbEventStore.open(dir); HeapSampler heap = new HeapSampler()) {
            IngestPipeline pipeline = new IngestPipeline(engine.parser(), filter, engine.coder(),
                    new OpenNlpLanguageDetector(), store, new IngestPipeline.Settings(threads, Workbench.DEFAULT_BATCH));
            IngestSummary s = pipeline.run(List.of(new Preloaded(docs)), ProgressListener.SILENT);
            return new Stage(s.read(), s.sentences(), s.events(), s.seconds(), heap.peak());
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The highest heap in use while a stage runs, sampled every few milliseconds: summing the memory pools'
     * own peaks would add maxima reached at different moments.
     */
    private static final class HeapSampler implements AutoCloseable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-sampler");
            t.setDaemon(true);
            return t;
        });
        private final AtomicLong peak = new AtomicLong();

        HeapSampler() {
            timer.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                    0, 5, TimeUnit.MILLISECONDS);
        }

        long peak() {
            return peak.get();
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    /** Documents already read, handed out again, so that every stage measures the same input without I/O. */
    private record Preloaded(List<SourceDocument> docs) implements Source {
        @Override
        public String describe() {
            return "preloaded corpus";
        }

        @Override
        public void read(Consumer<SourceItem> sink) {
            docs.forEach(sink);
        }
    }

    private record Stage(long documents, long sentences, long events, double seconds, long peakHeap) {
        double sentencesPerSecond() {
            return sentences / seconds;
        }

        String format(String name) {
            return String.format(Locale.ROOT,
                    "%-26s %6.1f docs/s %7.1f sentences/s %6.1f events/s  %5.1f s  peak heap %4d MB",
                    name, documents / seconds, sentencesPerSecond(), events / seconds, seconds, peakHeap >> 20);
        }
    }
}
