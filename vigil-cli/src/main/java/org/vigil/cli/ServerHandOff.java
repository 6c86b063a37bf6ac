package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.vigil.core.model.Article;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceDocument;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;
import org.vigil.ingest.pipeline.IngestSummary;
import org.vigil.ingest.pipeline.ProgressListener;
import org.vigil.store.DatedEvents;

/**
 * {@code vigil ingest} on a store that a running {@code vigil serve} holds: the documents go to that server's
 * {@code POST /api/articles} with the bearer token, one request each, and the server codes and stores them in the
 * store it holds. Read failures are reported as a local ingest reports them; the counts come from the server's
 * answers.
 */
final class ServerHandOff {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A server on this machine that takes longer than this to say it is healthy is as good as not there. */
    private static final Duration REACH = Duration.ofSeconds(3);
    /** Coding one article may load CoreNLP on the server first. */
    private static final Duration CODE = Duration.ofMinutes(5);

    /** The server will not take the documents: ingest switched off, no token or the wrong one. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(REACH).build();
    private final URI address;
    private final boolean ingest;

    private ServerHandOff(URI address, boolean ingest) {
        this.address = address;
        this.ingest = ingest;
    }

    /** The server that holds the store in {@code data}, if its state file names one that answers. */
    static Optional<ServerHandOff> find(Path data) {
        Optional<ServerState> state = ServerState.read(data);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        URI address = state.get().address();
        ServerHandOff hand = new ServerHandOff(address, false);
        try {
            HttpResponse<String> r = hand.http.send(HttpRequest.newBuilder(address.resolve("api/health"))
                    .timeout(REACH).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(new ServerHandOff(address, JSON.readTree(r.body()).path("ingest").asBoolean()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    URI address() {
        return address;
    }

    /** Sends every document of {@code sources}; the counts are the server's. */
    IngestSummary send(List<Source> sources, String token, ProgressListener progress) {
        if (!ingest) {
            throw new Refused("the server at " + address + " holds the store but takes no articles: restart it with "
                    + "a token (--token or VIGIL_TOKEN) and give ingest the same one");
        }
        if (token == null || token.isBlank()) {
            throw new Refused("the server at " + address + " holds the store; give its token with --token or "
                    + Serving.TOKEN_ENV + " to send it the articles");
        }
        long started = System.nanoTime();
        Counts counts = new Counts(progress);
        try {
            for (Source source : sources) {
                progress.sourceStarted(source.describe());
                source.read(item -> counts.add(item, doc -> post(doc, token, counts)));
            }
        } finally {
            progress.finished();
        }
        return counts.summary((System.nanoTime() - started) / 1e9);
    }

    /** How the served store's events are dated now, from {@code GET /api/status}; empty when it does not say. */
    Optional<DatedEvents> datedEvents() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(address.resolve("api/status")).timeout(REACH)
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode dates = r.statusCode() == 200 ? JSON.readTree(r.body()).path("event_dates") : null;
            if (dates == null || !dates.path("by_origin").isObject()) {
                return Optional.empty();
            }
            Map<String, Long> byOrigin = new LinkedHashMap<>();
            dates.path("by_origin").fields().forEachRemaining(f -> byOrigin.put(f.getKey(), f.getValue().asLong()));
            return Optional.of(new DatedEvents(byOrigin, dates.path("undated").asLong()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void post(SourceDocument doc, String token, Counts counts) {
        Article a = doc.article();
        ObjectNode body = JSON.createObjectNode();
        body.put("id", a.id());
        body.put("url", a.url());
        body.put("title", a.title());
        body.put("date", a.date() == null ? null : a.date().toString());
        if (a.date() != null) {
            body.put("date_origin", doc.dateOrigin().name()); // GIVEN under --period, so the server records it so
        }
        body.put("text", a.text());
        HttpResponse<String> r;
        try {
            r = http.send(HttpRequest.newBuilder(address.resolve("api/articles")).timeout(CODE)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("the server at " + address + " stopped answering at " + doc.input()
                    + " (" + counts.read + " documents sent; run again to send the rest)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted at " + doc.input(), e);
        }
        JsonNode answer = answer(r.body());
        if (r.statusCode() == 401) {
            throw new Refused("the server at " + address + " refused the token: "
                    + answer.path("error").path("message").asText(answer.toString()));
        }
        counts.answered(doc, r.statusCode(), answer);
    }

    private static JsonNode answer(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode().put("body", body);
        }
    }

    /** What the server did with the documents sent, as a local ingest counts it. */
    private static final class Counts {
        private final ProgressListener progress;
        private final TreeMap<String, Long> skipped = new TreeMap<>();
        private final TreeMap<String, Long> failed = new TreeMap<>();
        private long read;
        private long stored;
        private long events;

        Counts(ProgressListener progress) {
            this.progress = progress;
        }

        void add(SourceItem item, Consumer<SourceDocument> send) {
            if (item instanceof SourceFailure failure) {
                failed.merge(failure.category(), 1L, Long::sum);
                progress.failed(failure);
                return;
            }
            SourceDocument doc = (SourceDocument) item;
            progress.documentRead(doc.input());
            if (doc.repair() != null) {
                progress.repaired(doc.input(), doc.repair());
            }
            read++;
            send.accept(doc);
            progress.documentDone(read);
        }

        void answered(SourceDocument doc, int status, JsonNode answer) {
            if (status != 200 && status != 201) {
                failed.merge("server", 1L, Long::sum);
                progress.failed(new SourceFailure(doc.input(), "server: HTTP " + status + ": "
                        + answer.path("error").path("message").asText(answer.toString())));
                return;
            }
            String outcome = answer.path("status").asText();
            if (!answer.path("stored").asBoolean()) {
                skipped.merge("already stored", 1L, Long::sum);
            } else if (outcome.startsWith("skipped:")) {
                skipped.merge(outcome.substring("skipped:".length()), 1L, Long::sum);
            } else {
                stored++;
                events += answer.path("events").size();
            }
        }

        IngestSummary summary(double seconds) {
            return new IngestSummary(read, stored, skipped, failed, 0, 0, events, 0, seconds);
        }
    }
}
