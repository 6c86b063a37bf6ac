package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.DuckDbEventStore;

/** {@code vigil serve --watch}: a real server process ingests what is dropped into its folder while it serves. */
class ServeWatchTest {
    static final Duration LIMIT = Duration.ofSeconds(150);

    @TempDir
    Path dir;

    @Test
    void filesDroppedWhileServing_appearWithoutRestart_andARestartDuplicatesNothing() throws Exception {
        Path data = dir.resolve("store");
        Path inbox = Files.createDirectory(dir.resolve("inbox"));
        DuckDbEventStore.open(data).close();
        String events;
        try (ServerProcess server = ServerProcess.serve("--data", data.toString(), "--watch", inbox.toString())) {
            assertThat(server.output()).contains("watch: " + inbox.toAbsolutePath());
            assertThat(server.get("api/health").get("articles").asLong()).isZero();

            Files.writeString(inbox.resolve("monday.jsonl"), """
                    {"id": "w1", "date": "2024-03-05", "title": "Shelling", "text": "Russian troops shelled the Ukrainian city of Kharkiv."}
                    {"id": "w2", "date": "2024-03-05", "title": "Talks", "text": "The French president met the German chancellor in Paris."}
                    """);
            Files.writeString(inbox.resolve("broken.jsonl"), "{\"id\": \"b1\", \"text\": \n");

            JsonNode health = server.await("api/health", h -> h.get("articles").asLong() == 2, LIMIT);
            assertThat(health.get("articles").asLong()).as(server.output()).isEqualTo(2);
            assertThat(health.get("events").asLong()).isPositive();
            events = server.get("api/events?limit=50").toString();
            assertThat(events).contains("Kharkiv");

            JsonNode watch = server.await("api/status", s -> s.get("watch").get("files").asLong() == 2, LIMIT)
                    .get("watch");
            assertThat(watch.get("folder").asText()).isEqualTo(inbox.toAbsolutePath().toString());
            assertThat(watch.get("documents_stored").asLong()).isEqualTo(2);
            assertThat(watch.get("failed").asLong()).isEqualTo(1);
            assertThat(watch.get("last_error").asText()).contains("broken.jsonl");
        }

        try (ServerProcess again = ServerProcess.serve("--data", data.toString(), "--watch", inbox.toString())) {
            JsonNode watch = again.await("api/status", s -> s.get("watch").get("files").asLong() == 2, LIMIT)
                    .get("watch");
            assertThat(watch.get("documents_stored").asLong()).as(again.output()).isZero();
            assertThat(again.get("api/health").get("articles").asLong()).isEqualTo(2);
            assertThat(again.get("api/events?limit=50").toString()).isEqualTo(events);
        }
    }

    @Test
    void watchingAFolderThatIsNotThere_isBadUsage() {
        Path data = dir.resolve("store");
        DuckDbEventStore.open(data).close();
        Run run = Run.of("serve", "--data", data.toString(), "--port", "0", "--watch", dir.resolve("nope").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--watch", "nope", "no such folder");
    }
}
