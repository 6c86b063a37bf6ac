package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigil.store.DuckDbEventStore;

/** A server behind a proxy answers to the proxy's name as well as its own, and still to nothing else. */
class AllowedHostsTest {
    @RegisterExtension
    static final RunningServer served = RunningServer.over(dir -> DuckDbEventStore.open(dir).close(),
            config -> config.withAllowedHosts(Set.of("Vigil.Example.org")));

    @Test
    void theConfiguredNameIsAnsweredInAnyCaseWithOrWithoutAPort() {
        assertThat(served.http().rawGet("/api/health", "vigil.example.org")).startsWith("HTTP/1.1 200");
        assertThat(served.http().rawGet("/api/health", "VIGIL.example.org:443")).startsWith("HTTP/1.1 200");
        assertThat(served.http().rawGet("/api/health", "127.0.0.1:" + served.port())).startsWith("HTTP/1.1 200");
    }

    @Test
    void otherNamesAreStillRefused() {
        assertThat(served.http().rawGet("/api/health", "attacker.example")).startsWith("HTTP/1.1 421");
        assertThat(served.http().rawGet("/api/health", "example.org")).startsWith("HTTP/1.1 421");
    }

    @Test
    void aBlankNameIsRefusedAtConfiguration() {
        assertThatThrownBy(() -> ServerConfig.of(Path.of("d")).withAllowedHosts(Set.of(" ")))
                .hasMessageContaining("blank");
    }
}
