package org.vigil.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on a random loopback port over its own store in a temporary folder, started once for a test
 * class ({@code @RegisterExtension static final RunningServer served = ...}) and stopped, with its store deleted,
 * after it.
 */
final class RunningServer implements BeforeAllCallback, AfterAllCallback {
    private final Consumer<Path> fillStore;
    private final UnaryOperator<ServerConfig> configure;
    private Path dir;
    private VigilServer server;
    private Http http;

    private RunningServer(Consumer<Path> fillStore, UnaryOperator<ServerConfig> configure) {
        this.fillStore = fillStore;
        this.configure = configure;
    }

    /** A server whose store folder {@code fillStore} prepares first, configured beyond its port by {@code configure}. */
    static RunningServer over(Consumer<Path> fillStore, UnaryOperator<ServerConfig> configure) {
        return new RunningServer(fillStore, configure);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("vigil-server-test");
        fillStore.accept(dir);
        server = VigilServer.start(configure.apply(ServerConfig.of(dir).withPort(0)));
        http = new Http(server.port());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(RunningServer::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Http http() {
        return http;
    }

    int port() {
        return server.port();
    }
}
