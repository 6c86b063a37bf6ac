package org.vigil.server;

import java.nio.file.Path;
import java.util.Objects;
import org.vigil.core.dictionary.Dictionaries;

/**
 * How to start a {@link VigilServer}; all settings are fixed at start-up.
 *
 * @param dataDir      the store's folder (the server opens {@code DIR/vigil.duckdb} and holds it while it runs)
 * @param host         the address to listen on ({@code 127.0.0.1} by default; {@code 0.0.0.0} for all)
 * @param port         the port, 0 for a free one (see {@link VigilServer#port()})
 * @param token        the bearer token that {@code POST /api/articles} requires; null switches ingest off
 * @param coder        codes posted articles; null switches ingest off
 * @param dictionaries memberships and names for the analytics; null for the shipped ones
 * @param live         what the process ingests on its own, for {@code GET /api/status}; null for nothing
 */
public record ServerConfig(Path dataDir, String host, int port, String token, ArticleCoder coder,
                           Dictionaries dictionaries, LiveStatus live) {
    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_HOST = "127.0.0.1";

    public ServerConfig {
        Objects.requireNonNull(dataDir, "data directory");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token is blank: give a token or none");
        }
        live = live == null ? LiveStatus.NONE : live;
    }

    /** Serve {@code dataDir} on loopback, default port, ingest off. */
    public static ServerConfig of(Path dataDir) {
        return new ServerConfig(dataDir, DEFAULT_HOST, DEFAULT_PORT, null, null, null, null);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(dataDir, host, value, token, coder, dictionaries, live);
    }

    public ServerConfig withHost(String value) {
        return new ServerConfig(dataDir, value, port, token, coder, dictionaries, live);
    }

    /** Switches ingest on: posted articles need this token and are coded by {@code articleCoder}. */
    public ServerConfig withIngest(String bearerToken, ArticleCoder articleCoder) {
        return new ServerConfig(dataDir, host, port, bearerToken, articleCoder, dictionaries, live);
    }

    public ServerConfig withDictionaries(Dictionaries value) {
        return new ServerConfig(dataDir, host, port, token, coder, value, live);
    }

    public ServerConfig withLive(LiveStatus value) {
        return new ServerConfig(dataDir, host, port, token, coder, dictionaries, value);
    }

    /** Whether {@code POST /api/articles} is on. */
    public boolean ingestEnabled() {
        return token != null && coder != null;
    }

    @Override
    public String toString() {
        // never print the token
        return "ServerConfig[dataDir=" + dataDir + ", host=" + host + ", port=" + port + ", ingest="
                + ingestEnabled() + "]";
    }
}
