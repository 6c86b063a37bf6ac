package org.vigil.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.store.EventStore;
import org.vigil.ingest.language.LanguageDetector;
import org.vigil.ingest.language.OpenNlpLanguageDetector;
import org.vigil.ingest.pipeline.IngestPipeline;
import org.vigil.ingest.pipeline.IngestSummary;
import org.vigil.ingest.pipeline.ProgressListener;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.DuckDbSettings;

/** Wires the main job: engine, language detector and store, for the commands that ingest. */
final class Workbench {
    static final Path DEFAULT_DATA = Path.of("vigil-data");
    static final int DEFAULT_BATCH = 50;

    private Workbench() {
    }

    /**
     * Ingests the sources into the store in {@code dataDir}, opened with DuckDB's {@code settings}, telling
     * {@code notices} what upgrading an older store changed; the store is closed on return.
     */
    static IngestSummary ingest(Engine engine, Path dataDir, DuckDbSettings settings, List<Source> sources,
                                int threads, int batch, ProgressListener progress, Consumer<String> notices) {
        try (DuckDbEventStore store = DuckDbEventStore.open(dataDir, settings, notices)) {
            return ingest(engine, store, sources, threads, batch, progress);
        }
    }

    /** Ingests the sources into an open store (the served one, for {@code serve --watch}), left open. */
    static IngestSummary ingest(Engine engine, EventStore store, List<Source> sources, int threads, int batch,
                                ProgressListener progress) {
        LanguageDetector language = new OpenNlpLanguageDetector();
        IngestPipeline pipeline = new IngestPipeline(engine.parser(), engine.filter(), engine.coder(), language,
                store, new IngestPipeline.Settings(threads, batch));
        return pipeline.run(sources, progress);
    }

    /**
     * Ingests one source into the served store, for the server's own ingest ({@code serve --watch},
     * {@code --feeds}): all cores, the default batch, each input that fails handed to {@code failed}.
     */
    static IngestSummary ingest(Engine engine, EventStore store, Source source, Consumer<SourceFailure> failed) {
        return ingest(engine, store, List.of(source), Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH,
                new ProgressListener() {
                    @Override
                    public void failed(SourceFailure failure) {
                        failed.accept(failure);
                    }
                });
    }
}
