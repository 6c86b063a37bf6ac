package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @Test
    void withoutACommandPrintsTheUsageListingTheCommands() {
        Run run = Run.of();

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: vigil", "code", "eval");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Run run = Run.of("frobnicate");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("frobnicate");
    }

    @Test
    void aFailureInsideACommandIsReportedInOneLineWithStatusOne(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Russia shelled Ukraine.");

        Run run = Run.with(() -> {
            throw new IllegalStateException("verbs.tsv:12: unknown CAMEO code 999");
        }, "code", file.toString());

        assertThat(run.status()).isOne();
        assertThat(run.errLines()).first().isEqualTo("vigil code: IllegalStateException: verbs.tsv:12: unknown CAMEO code 999");
    }
}
