package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServeCommandTest {
    @Test
    void serve_isACommandWithDataPortAndToken() {
        Run run = Run.of("serve", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--data", "--port", "--token", "VIGIL_TOKEN", "POST /api/articles");
        assertThat(Run.of().out()).contains("serve");
    }

    @Test
    void run_canEndWithoutServing() {
        Run run = Run.of("run", "--help");
        assertThat(run.out()).contains("--no-serve", "--port");
    }

    @Test
    void serve_badPort_isBadUsage() {
        Run run = Run.of("serve", "--port", "70000");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--port");
    }
}
