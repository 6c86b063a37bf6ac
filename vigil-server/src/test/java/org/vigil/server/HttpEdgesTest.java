package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.DuckDbEventStore;

/** The edges every request meets, on a real server bound to loopback: security headers and the Host check. */
class HttpEdgesTest {
    @TempDir
    static Path dir;
    static VigilServer server;
    static Http http;

    @BeforeAll
    static void start() {
        DuckDbEventStore.open(dir).close();
        server = VigilServer.start(ServerConfig.of(dir).withPort(0));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/api/health", "/", "/api/no-such", "/api/events?limit=-1"}) {
            Http.Answer a = http.get(path);
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
        int port = server.port();
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port}) {
            assertThat(http.rawGet("/api/health", host)).as(host).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void aForeignHostHeaderIsRefused_soDnsRebindingCannotReachTheApi() {
        String answer = http.rawGet("/api/health", "attacker.example:" + server.port());
        assertThat(answer).startsWith("HTTP/1.1 421").contains("does not name this server");
        assertThat(http.rawGet("/", "attacker.example")).startsWith("HTTP/1.1 421");
    }

    @Test
    void hostNameDropsThePortAndKeepsIpv6Brackets() {
        assertThat(HttpEdges.hostName("Example.org:8080")).isEqualTo("example.org");
        assertThat(HttpEdges.hostName("[::1]:80")).isEqualTo("[::1]");
        assertThat(HttpEdges.hostName(" ")).isNull();
    }
}
