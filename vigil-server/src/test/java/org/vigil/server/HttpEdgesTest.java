package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigil.store.DuckDbEventStore;

/** The edges every request meets, on a real server bound to loopback: security headers and the Host check. */
class HttpEdgesTest {
    @RegisterExtension
    static final RunningServer served = RunningServer.over(dir -> DuckDbEventStore.open(dir).close(), config -> config);

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/api/health", "/", "/api/no-such", "/api/events?limit=-1"}) {
            Http.Answer a = served.http().get(path);
            assertThat(a.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
            assertThat(a.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(a.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(a.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(a.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
        }
    }

    @Test
    void loopbackNamesAreAcceptedInTheHostHeader() {
        int port = served.port();
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port}) {
            assertThat(served.http().rawGet("/api/health", host)).as(host).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void aForeignHostHeaderIsRefused_soDnsRebindingCannotReachTheApi() {
        String answer = served.http().rawGet("/api/health", "attacker.example:" + served.port());
        assertThat(answer).startsWith("HTTP/1.1 421").contains("does not name this server");
        assertThat(served.http().rawGet("/", "attacker.example")).startsWith("HTTP/1.1 421");
    }

    @Test
    void hostNameDropsThePortAndKeepsIpv6Brackets() {
        assertThat(HttpEdges.hostName("Example.org:8080")).isEqualTo("example.org");
        assertThat(HttpEdges.hostName("[::1]:80")).isEqualTo("[::1]");
        assertThat(HttpEdges.hostName(" ")).isNull();
    }
}
