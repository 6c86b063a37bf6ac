package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.live.LoopbackFeed;
import org.vigil.store.DuckDbEventStore;

/** {@code vigil serve --feeds}: a real server process polls a real feed on loopback while it serves. */
class ServeFeedsTest {
    static final Duration LIMIT = Duration.ofSeconds(150);

    @TempDir
    Path dir;

    @Test
    void itemsPublishedWhileServing_appear_aFailingFeedStopsNothing_andARestartDuplicatesNothing() throws Exception {
        Path data = dir.resolve("store");
        DuckDbEventStore.open(data).close();
        try (LoopbackFeed feed = LoopbackFeed.start()) {
            Path list = Files.writeString(dir.resolve("feeds.txt"),
                    "# the broken one first: it must not hold up the other\n" + feed.brokenUrl() + "\n"
                            + feed.url() + "\n");
            String[] serve = {"--data", data.toString(), "--feeds", list.toString(), "--every", "1s"};
            try (ServerProcess server = ServerProcess.serve(serve)) {
                assertThat(server.output()).contains("feeds: 2 polled every 1s");
                feed.publish("f1", "Shelling", "Russian troops shelled the Ukrainian city of Kharkiv.",
                        "Tue, 05 Mar 2024 09:00:00 GMT");
                assertThat(server.await("api/health", h -> h.get("articles").asLong() == 1, LIMIT)
                        .get("articles").asLong()).as(server.output()).isEqualTo(1);
                feed.publish("f2", "Talks", "The French president met the German chancellor in Paris.",
                        "Wed, 06 Mar 2024 09:00:00 GMT");
                JsonNode health = server.await("api/health", h -> h.get("articles").asLong() == 2, LIMIT);
                assertThat(health.get("articles").asLong()).as(server.output()).isEqualTo(2);
                assertThat(server.get("api/events?limit=50").toString()).contains("Kharkiv");

                JsonNode feeds = server.await("api/status",
                        s -> s.get("feeds").get(1).get("last_result").asText().equals("not modified"), LIMIT)
                        .get("feeds");
                JsonNode broken = feeds.get(0);
                JsonNode good = feeds.get(1);
                assertThat(good.get("url").asText()).isEqualTo(feed.url().toString());
                assertThat(good.get("stored").asLong()).isEqualTo(2);
                assertThat(good.get("errors").asLong()).isZero();
                assertThat(feed.notModified()).isPositive();
                assertThat(broken.get("last_result").asText()).isEqualTo("failed");
                assertThat(broken.get("last_error").asText()).contains("HTTP 500");
                assertThat(broken.get("errors").asLong()).isPositive();
                // back-off: every poll failed, and the next one waits longer than the 1 s interval
                assertThat(broken.get("failures_in_row").asLong()).isEqualTo(broken.get("polls").asLong());
                assertThat(Duration.between(Instant.parse(broken.get("last_poll").asText()),
                        Instant.parse(broken.get("next_poll").asText()))).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
            }
            try (ServerProcess again = ServerProcess.serve(serve)) {
                JsonNode good = again.await("api/status", s -> s.get("feeds").get(1).get("polls").asLong() >= 1,
                        LIMIT).get("feeds").get(1);
                assertThat(good.get("last_result").asText()).as(again.output()).isEqualTo("ok");
                assertThat(good.get("stored").asLong()).isZero();
                assertThat(again.get("api/health").get("articles").asLong()).isEqualTo(2);
            }
        }
    }

    @Test
    void aBadFeedsFileOrInterval_isBadUsage() throws Exception {
        Path data = dir.resolve("store");
        DuckDbEventStore.open(data).close();
        Path list = Files.writeString(dir.resolve("feeds.txt"), "not a url\n");
        Run bad = Run.of("serve", "--data", data.toString(), "--port", "0", "--feeds", list.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("feeds.txt:1", "not an http(s) URL");

        Path good = Files.writeString(dir.resolve("good.txt"), "http://127.0.0.1:9/feed.xml\n");
        Run every = Run.of("serve", "--data", data.toString(), "--port", "0", "--feeds", good.toString(),
                "--every", "often");
        assertThat(every.status()).isEqualTo(2);
        assertThat(every.err()).contains("--every often");
    }
}
