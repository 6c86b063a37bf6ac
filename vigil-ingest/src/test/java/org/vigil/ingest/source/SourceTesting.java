package org.vigil.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.sun.net.httpserver.HttpServer;
import org.vigil.core.source.Source;
import org.vigil.core.source.SourceDocument;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;

/** Helpers for source tests: reading everything, resources, a local HTTP server. */
final class SourceTesting {
    private SourceTesting() {
    }

    static List<SourceItem> readAll(Source source) {
        List<SourceItem> items = new ArrayList<>();
        source.read(items::add);
        return items;
    }

    static List<SourceDocument> documents(List<SourceItem> items) {
        return items.stream().filter(SourceDocument.class::isInstance).map(SourceDocument.class::cast).toList();
    }

    static List<SourceFailure> failures(List<SourceItem> items) {
        return items.stream().filter(SourceFailure.class::isInstance).map(SourceFailure.class::cast).toList();
    }

    /** A test resource under /source/ copied into a folder, so tests can rename or modify it. */
    static Path resource(String name, Path dir) {
        try (var in = SourceTesting.class.getResourceAsStream("/source/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /source/" + name);
            }
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resourceText(String name) {
        try (var in = SourceTesting.class.getResourceAsStream("/source/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port on 127.0.0.1 that nothing listens on. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real HTTP server on 127.0.0.1 and a random port, serving fixed answers by path. */
    static final class LocalHttp implements AutoCloseable {
        record Answer(int status, String contentType, byte[] body) {
        }

        private final HttpServer server;
        private final Map<String, Answer> answers = new ConcurrentHashMap<>();
        private final Map<String, Integer> requests = new ConcurrentHashMap<>();

        LocalHttp() {
            try {
                server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                requests.merge(exchange.getRequestURI().getPath(), 1, Integer::sum);
                Answer answer = answers.get(exchange.getRequestURI().getPath());
                if (answer == null) {
                    answer = new Answer(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                }
                if (answer.contentType() != null) {
                    exchange.getResponseHeaders().set("Content-Type", answer.contentType());
                }
                exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
                try (var out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            });
            server.start();
        }

        LocalHttp serve(String path, String contentType, String body) {
            answers.put(path, new Answer(200, contentType, body.getBytes(StandardCharsets.UTF_8)));
            return this;
        }

        LocalHttp serve(String path, int status, String contentType, String body) {
            answers.put(path, new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8)));
            return this;
        }

        /** How many requests asked for {@code path}. */
        int requests(String path) {
            return requests.getOrDefault(path, 0);
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
