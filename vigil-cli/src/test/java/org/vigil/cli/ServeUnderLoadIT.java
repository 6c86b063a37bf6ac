package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code vigil serve} process ingesting a folder while 50 clients read its API: no request fails, a 50 MB
 * POST is refused with 413 (and logged) while the server keeps answering, a text over {@code --max-document} with 400, and
 * every dropped article ends up stored once.
 */
class ServeUnderLoadIT {
    private static final int CLIENTS = 50;
    private static final int DOCUMENTS = 20;
    private static final Duration LOAD = Duration.ofSeconds(20);
    private static final String TOKEN = "load-test-token";
    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final long MAX_LINE = 256 * 1024;
    private static final long MAX_DOCUMENT = 8 * 1024;
    private static final List<String> PATHS = List.of("api/health", "api/status", "api/events?limit=20",
            "api/events?limit=5&offset=10", "api/series?a=USA&b=RUS", "api/categories", "api/categories/series",
            "api/dyads/top", "api/blocs", "api/blocs/top", "api/map", "api/alerts", "api/initiatives",
            "api/events?q=minister&limit=10", "", "api/openapi.json");

    @Test
    void fiftyClientsDuringAnIngestGetNoErrorAndAFiftyMegabytePostIs413(@TempDir Path tmp) throws Exception {
        Path news = WorldNews.file();
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Path data = tmp.resolve("data");
        List<String> documents;
        try (var lines = Files.lines(news)) {
            documents = lines.limit(2 * DOCUMENTS).toList();
        }
        // the clients read real data: half the documents are stored before, half while they read
        Path before = Files.write(tmp.resolve("before.jsonl"), documents.subList(0, DOCUMENTS));
        assertThat(Run.of("ingest", before.toString(), "--data", data.toString(), "--progress", "none").status())
                .isZero();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (ServerProcess server = ServerProcess.serve("--data", data.toString(), "--watch", inbox.toString(),
                "--token", TOKEN, "--max-line", "256KB", "--max-document", "8KB")) {
            Files.write(inbox.resolve("news.jsonl"), documents.subList(DOCUMENTS, 2 * DOCUMENTS));
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            ConcurrentLinkedQueue<Long> millis = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                clients.add(pool.submit(() -> read(http, server.address(), first, running, failures, millis)));
            }
            HttpResponse<String> post = post(http, server,
                    HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(FIFTY_MB)));
            HttpResponse<String> tooLong = post(http, server,
                    HttpRequest.BodyPublishers.ofString("{\"text\": \"" + "Word ".repeat(2_000) + "\"}"));
            Thread.sleep(LOAD.toMillis());
            running.set(false);
            for (Future<?> client : clients) {
                client.get();
            }
            pool.shutdown();

            assertThat(post.statusCode()).as(post.body()).isEqualTo(413);
            assertThat(post.body()).contains("larger than " + MAX_LINE + " bytes");
            assertThat(server.output()).as("the refusal is logged").containsPattern(
                    "\\d{4}-\\d\\d-\\d\\dT[\\d:]+Z WARN HttpEdges - refused POST /api/articles from 127\\.0\\.0\\.1: body");
            assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
            assertThat(tooLong.body()).contains("'text'", "limit of " + MAX_DOCUMENT);
            assertThat(failures).as(server.output()).isEmpty();
            List<Long> sorted = millis.stream().sorted().toList();
            assertThat(sorted).hasSizeGreaterThan(CLIENTS);
            System.out.printf("ServeUnderLoadIT: %d requests by %d clients in %d s, p50 %d ms, p99 %d ms%n",
                    sorted.size(), CLIENTS, LOAD.toSeconds(), sorted.get(sorted.size() / 2),
                    sorted.get(sorted.size() * 99 / 100));
            JsonNode health = server.await("api/health", h -> h.get("articles").asLong() == 2 * DOCUMENTS,
                    Duration.ofMinutes(3));
            assertThat(health.get("articles").asLong()).as(server.output()).isEqualTo(2 * DOCUMENTS);
        }
    }

    private static HttpResponse<String> post(HttpClient http, ServerProcess server,
                                             HttpRequest.BodyPublisher body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.address() + "api/articles"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One client: asks for the paths in turn, starting at its own, until told to stop. */
    private static void read(HttpClient http, String address, int first, AtomicBoolean running,
                             List<String> failures, ConcurrentLinkedQueue<Long> millis) {
        for (int i = first; running.get(); i++) {
            String path = PATHS.get(i % PATHS.size());
            long start = System.nanoTime();
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(address + path))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 200) {
                    failures.add(path + " -> " + r.statusCode());
                }
            } catch (Exception e) {
                failures.add(path + " -> " + e);
            }
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
    }

    /** A body of {@code size} bytes made on the fly, so that the test never holds 50 MB. */
    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? '0' : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(b, off, off + n, (byte) '0');
            left -= n;
            return n;
        }
    }
}
