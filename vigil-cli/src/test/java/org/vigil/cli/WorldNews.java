package org.vigil.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The AG News world stories of the shared data (data/news): real news for tests that need volume. */
final class WorldNews {
    private WorldNews() {
    }

    /** The shared file; the test is skipped where the shared data is absent. */
    static Path file() {
        Path news = Path.of(System.getProperty("vigil.shared", "../../shared"), "data", "news",
                "ag_news_world_test.jsonl");
        assumeTrue(Files.isRegularFile(news), news + " is absent: test skipped");
        return news;
    }

    /** The first {@code stories} lines, written to {@code dir}/corpus.jsonl. */
    static Path first(int stories, Path dir) throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        try (var lines = Files.lines(file())) {
            Files.write(corpus, lines.limit(stories).toList());
        }
        return corpus;
    }
}
