package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.DuckDbEventStore;

/** {@code vigil ingest} on a store a running server holds: the documents go to the server, with its token. */
class IngestToServerTest {
    @TempDir
    Path dir;

    @Test
    void ingestOnAServedStore_sendsTheArticlesToTheServer_andARerunStoresNothingTwice() throws Exception {
        Path data = dir.resolve("store");
        DuckDbEventStore.open(data).close();
        Path news = Files.writeString(dir.resolve("news.jsonl"), """
                {"id": "s1", "date": "2024-03-05", "title": "Shelling", "text": "Russian troops shelled the Ukrainian city of Kharkiv."}
                {"id": "s2", "date": "2024-03-05", "title": "Talks", "text": "The French president met the German chancellor in Paris."}
                {"id": "s3", "text": 
                """);
        try (ServerProcess server = ServerProcess.serve("--data", data.toString(), "--token", "s3cret")) {
            Run sent = Run.of("ingest", "--data", data.toString(), "--token", "s3cret", news.toString());
            assertThat(sent.out()).as(sent.err()).contains("held by the server at http://127.0.0.1:",
                    "sending the articles to it", "documents: 2 read, 2 stored, 0 skipped, 1 failed");
            assertThat(sent.out()).containsPattern("events: [1-9]\\d* coded by the server");
            assertThat(sent.out()).containsPattern("event dates: (\\d+) of \\1 events dated \\(100\\.0%\\): "
                    + "METADATA 100\\.0%; none undated");
            assertThat(sent.err()).contains("news.jsonl:3");
            assertThat(sent.status()).isEqualTo(1);  // the broken line, as a local ingest would say
            assertThat(server.get("api/health").get("articles").asLong()).isEqualTo(2);
            assertThat(server.get("api/events?limit=50").toString()).contains("Kharkiv");

            Run again = Run.of("ingest", "--data", data.toString(), "--token", "s3cret", news.toString());
            assertThat(again.out()).contains("documents: 2 read, 0 stored, 2 skipped", "already stored");
            assertThat(server.get("api/health").get("articles").asLong()).isEqualTo(2);

            Run wrong = Run.of("ingest", "--data", data.toString(), "--token", "guess", news.toString());
            assertThat(wrong.status()).isEqualTo(1);
            assertThat(wrong.err()).contains("refused the token", "wrong bearer token");

            Run none = Run.of("ingest", "--data", data.toString(), news.toString());
            assertThat(none.status()).isEqualTo(1);
            assertThat(none.err()).contains("give its token with --token or VIGIL_TOKEN");

            // a state file left by a server that is gone: nobody answers there, so the one-line 'held' message
            int closed;
            try (ServerSocket s = new ServerSocket(0)) {
                closed = s.getLocalPort();
            }
            new ServerState(server.pid(), URI.create("http://127.0.0.1:" + closed + "/")).write(data);
            Run stale = Run.of("ingest", "--data", data.toString(), "--token", "s3cret", news.toString());
            assertThat(stale.status()).isEqualTo(1);
            assertThat(stale.err()).contains("held by another process", "PID " + server.pid());
        }
    }

    @Test
    void aServerWithoutAToken_saysItTakesNoArticles() throws Exception {
        Path data = dir.resolve("store");
        DuckDbEventStore.open(data).close();
        Path news = Files.writeString(dir.resolve("news.txt"), "The French president met the German chancellor.\n");
        try (ServerProcess server = ServerProcess.serve("--data", data.toString())) {
            assertThat(ServerState.read(data)).isPresent();
            Run run = Run.of("ingest", "--data", data.toString(), "--token", "s3cret", news.toString());
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).contains("takes no articles", "restart it with a token");
            assertThat(server.get("api/health").get("articles").asLong()).isZero();
        }
        assertThat(ServerState.file(data)).doesNotExist();
    }
}
