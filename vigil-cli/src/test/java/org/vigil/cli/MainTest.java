package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
    void aFailureInsideACommandIsOneLineNamingIt() {
        Run run = Run.of("code", "--threads", "1", "does-not-matter.txt");
        // no file: reported by the command itself
        assertThat(run.status()).isOne();
        assertThat(run.errLines()).containsExactly("does-not-matter.txt: no such file");
    }
}
