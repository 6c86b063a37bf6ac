package org.vigil.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;
import org.vigil.core.store.BatchResult;
import org.vigil.core.store.CodedArticle;
import org.vigil.core.store.EventStore;
import org.vigil.core.store.StoreCounts;
import org.vigil.ingest.pipeline.IngestPipeline;
import org.vigil.ingest.pipeline.IngestSummary;
import org.vigil.ingest.pipeline.ProgressListener;
import scala.Tuple2;

/**
 * Codes one partition on an executor with the CLI's own {@link IngestPipeline}: the same language check (other
 * languages kept as {@code skipped:language=…} articles), the same pre-filter, parser and coder, the same handling
 * of a document the coder fails on ("coding failed: …", counted, the partition goes on). Only the store differs:
 * the pipeline stores into a list, and the articles come out as records for Parquet.
 *
 * <p>One pipeline thread per task: Spark runs as many tasks at once as the executor has cores, and they share the
 * executor's one engine ({@link Engines}).
 */
final class PartitionCoder {
    /** The CLI's reason for a document read twice in one run. */
    static final String DUPLICATE = "duplicate in input";

    private PartitionCoder() {
    }

    /** @param partition items keyed for de-duplication; each value is the first copy and how many were read */
    static Iterator<Coded> code(Iterator<Tuple2<String, Tuple2<InputRecord, Long>>> partition) {
        List<InputRecord> items = new ArrayList<>();
        long duplicates = 0;
        while (partition.hasNext()) {
            Tuple2<InputRecord, Long> value = partition.next()._2();
            items.add(value._1());
            duplicates += value._2() - 1;
        }
        if (items.isEmpty()) { // more partitions than documents: no need for the models here
            return List.of(Coded.of(new Coded.Counts(0, 0, 0, Map.of(), Map.of(), 0, 0, 0))).iterator();
        }
        items.sort((a, b) -> a.before(b) ? -1 : b.before(a) ? 1 : 0);
        Map<String, InputRecord> byId = new HashMap<>();
        for (InputRecord r : items) {
            if (!r.isFailure()) {
                byId.put(r.id(), r);
            }
        }
        List<Coded> out = new ArrayList<>();
        ListStore store = new ListStore();
        Engines.Engine engine = Engines.get();
        IngestPipeline pipeline = new IngestPipeline(engine.parser(), engine.filter(), engine.coder(),
                engine.language(), store, new IngestPipeline.Settings(1, 1000));
        ProgressListener failures = new ProgressListener() {
            @Override
            public void failed(SourceFailure failure) {
                out.add(Coded.of(new Coded.FailureRow(failure.input(), failure.reason())));
            }
        };
        IngestSummary summary = pipeline.run(List.of(new ListSource(items)), failures);
        for (CodedArticle coded : store.articles) {
            out.add(Coded.of(Coded.ArticleRow.of(coded, byId.get(coded.article().article().id()))));
        }
        Map<String, Long> skipped = new HashMap<>(summary.skipped());
        if (duplicates > 0) {
            skipped.merge(DUPLICATE, duplicates, Long::sum);
        }
        long coded = store.articles.stream().filter(a -> a.article().status().equals("coded")).count();
        out.add(Coded.of(new Coded.Counts(summary.read() + duplicates, store.articles.size(), coded, skipped,
                summary.failed(),
                summary.sentences(), summary.parsedSentences(), summary.events())));
        return out.iterator();
    }

    /** The partition's items, in reading order, as a source. */
    private record ListSource(List<InputRecord> items) implements Source {
        @Override
        public String describe() {
            return "partition";
        }

        @Override
        public void read(Consumer<SourceItem> sink) {
            items.forEach(r -> sink.accept(r.toItem()));
        }
    }

    /** A store that keeps what the pipeline stores, in order; nothing is stored before (known articles: none). */
    private static final class ListStore implements EventStore {
        final List<CodedArticle> articles = new ArrayList<>();
        private long events;

        @Override
        public Set<String> knownArticles(Set<String> articleIds) {
            return Set.of();
        }

        @Override
        public BatchResult store(List<CodedArticle> batch) {
            int n = 0;
            for (CodedArticle a : batch) {
                articles.add(a);
                n += a.events().size();
            }
            events += n;
            return new BatchResult(batch.size(), 0, n, 0);
        }

        @Override
        public StoreCounts counts() {
            return new StoreCounts(articles.size(), events, events);
        }

        @Override
        public void close() {
        }
    }
}
