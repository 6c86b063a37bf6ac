package org.vigil.server;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.store.DuckDbSettings;

/**
 * How to start a {@link VigilServer}; all settings are fixed at start-up.
 *
 * @param dataDir      the store's folder (the server opens {@code DIR/vigil.duckdb} and holds it while it runs)
 * @param host         the address to listen on ({@code 127.0.0.1} by default; {@code 0.0.0.0} for all)
 * @param port         the port, 0 for a free one (see {@link VigilServer#port()})
 * @param token        the bearer token that {@code POST /api/articles} requires; null switches ingest off
 * @param coder        codes posted articles; null switches ingest off
 * @param dictionaries memberships and names for the analytics; null for the shipped ones
 * @param allowedHosts Host header names accepted besides the bound address's own (a server behind a proxy is
 *                     reached by the proxy's name); empty for only the bound address's
 * @param live         what the process ingests on its own, for {@code GET /api/status}; null for nothing
 * @param postLimits   what one posted article may make the server hold; null for {@link PostLimits#DEFAULT}
 * @param duckDb       DuckDB's memory limit and threads for the store; null for {@link DuckDbSettings#DEFAULT}
 */
public record ServerConfig(Path dataDir, String host, int port, String token, ArticleCoder coder,
                           Dictionaries dictionaries, Set<String> allowedHosts, LiveStatus live,
                           PostLimits postLimits, DuckDbSettings duckDb) {
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
        allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        if (allowedHosts.contains("")) {
            throw new IllegalArgumentException("an allowed host is blank");
        }
        live = live == null ? LiveStatus.NONE : live;
        postLimits = postLimits == null ? PostLimits.DEFAULT : postLimits;
        duckDb = duckDb == null ? DuckDbSettings.DEFAULT : duckDb;
    }

    public ServerConfig(Path dataDir, String host, int port, String token, ArticleCoder coder,
                        Dictionaries dictionaries) {
        this(dataDir, host, port, token, coder, dictionaries, Set.of(), null, null, null);
    }

    /** Serve {@code dataDir} on loopback, default port, ingest off. */
    public static ServerConfig of(Path dataDir) {
        return new ServerConfig(dataDir, DEFAULT_HOST, DEFAULT_PORT, null, null, null);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(dataDir, host, value, token, coder, dictionaries, allowedHosts, live, postLimits,
                duckDb);
    }

    public ServerConfig withHost(String value) {
        return new ServerConfig(dataDir, value, port, token, coder, dictionaries, allowedHosts, live, postLimits,
                duckDb);
    }

    /** Switches ingest on: posted articles need this token and are coded by {@code articleCoder}. */
    public ServerConfig withIngest(String bearerToken, ArticleCoder articleCoder) {
        return new ServerConfig(dataDir, host, port, bearerToken, articleCoder, dictionaries, allowedHosts, live,
                postLimits, duckDb);
    }

    public ServerConfig withDictionaries(Dictionaries value) {
        return new ServerConfig(dataDir, host, port, token, coder, value, allowedHosts, live, postLimits, duckDb);
    }

    /** Also answers requests whose Host header names one of these (a proxy's public name). */
    public ServerConfig withAllowedHosts(Set<String> names) {
        return new ServerConfig(dataDir, host, port, token, coder, dictionaries, names, live, postLimits, duckDb);
    }

    /** What the process ingests on its own (a watched folder, feeds), shown at {@code GET /api/status}. */
    public ServerConfig withLive(LiveStatus value) {
        return new ServerConfig(dataDir, host, port, token, coder, dictionaries, allowedHosts, value, postLimits,
                duckDb);
    }

    /** Limits for posted articles other than the defaults (the serve command's {@code --max-*} flags). */
    public ServerConfig withPostLimits(PostLimits value) {
        return new ServerConfig(dataDir, host, port, token, coder, dictionaries, allowedHosts, live, value, duckDb);
    }

    /** DuckDB's budget other than the default (the serve command's {@code --duckdb-*} flags). */
    public ServerConfig withDuckDb(DuckDbSettings value) {
        return new ServerConfig(dataDir, host, port, token, coder, dictionaries, allowedHosts, live, postLimits,
                value);
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
