package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Article;
import org.vigil.core.model.ParsedDocument;

class LazyParserTest {
    private static final Article ARTICLE = new Article("a1", null, "Talks", LocalDate.of(2024, 3, 5),
            "The French president met the German chancellor in Paris. They spoke for an hour.");

    @Test
    void makesNoParserUntilTheFirstArticle_thenOneForAllThreads() throws Exception {
        AtomicInteger made = new AtomicInteger();
        LazyParser lazy = new LazyParser(() -> {
            made.incrementAndGet();
            return RealEngine.parser();
        });
        assertThat(made).hasValue(0);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ParsedDocument>> parsed = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                parsed.add(pool.submit(() -> lazy.parse(ARTICLE)));
            }
            for (Future<ParsedDocument> p : parsed) {
                assertThat(p.get().sentences()).hasSize(2);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(made).hasValue(1);
        assertThat(lazy.parse(ARTICLE, s -> false).sentences()).hasSize(2);
        assertThat(made).hasValue(1);
    }
}
