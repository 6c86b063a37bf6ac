package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.store.EventStore;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.analytics.Analytics;
import org.vigil.store.analytics.BadParameterException;

/**
 * The HTTP API of docs/api.md and the dashboard's static files, over one store. {@link #start} opens the store
 * and holds it until {@link #close}; analytics read through their own connections, posted articles are written
 * through the store's one writer.
 */
public final class VigilServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VigilServer.class);
    private static final String OPENAPI = "/vigil-openapi.json";
    private static final JsonNode OPENAPI_DOC = loadOpenApi();

    private final Javalin app;
    private final DuckDbEventStore store;
    private final ServerConfig config;
    private final ResponseCache cache;

    private VigilServer(Javalin app, DuckDbEventStore store, ServerConfig config, ResponseCache cache) {
        this.app = app;
        this.store = store;
        this.config = config;
        this.cache = cache;
    }

    /** Opens the store in {@code config.dataDir()} and starts serving; the port is then {@link #port()}. */
    public static VigilServer start(ServerConfig config) {
        return start(config, LOG::warn);
    }

    /** As {@link #start(ServerConfig)}, telling {@code notices} what upgrading a store of an older Vigil changed. */
    public static VigilServer start(ServerConfig config, Consumer<String> notices) {
        DuckDbEventStore store = DuckDbEventStore.open(config.dataDir(), config.duckDb(), notices);
        try {
            Dictionaries dictionaries = config.dictionaries() != null ? config.dictionaries()
                    : Dictionaries.loadDefault();
            Analytics analytics = Analytics.open(store, dictionaries);
            ObjectMapper json = new ObjectMapper()
                    .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
            ResponseCache cache = new ResponseCache(2000, 128L << 20);
            ApiHandlers api = new ApiHandlers(analytics, store, config, json, cache);
            Javalin app = Javalin.create(cfg -> {
                cfg.showJavalinBanner = false;
                cfg.http.prefer405over404 = true;
                cfg.http.maxRequestSize = config.postLimits().bodyBytes();
                // the dashboard's JavaScript libraries, from WebJars on the classpath: /webjars/NAME/VERSION/…
                cfg.staticFiles.enableWebjars();
                if (VigilServer.class.getResource("/public") != null) {
                    cfg.staticFiles.add(s -> {
                        s.hostedPath = "/";
                        s.directory = "/public";
                        s.location = Location.CLASSPATH;
                    });
                }
            });
            app.before(HttpEdges.forBoundHost(config.host(), config.allowedHosts())::before);
            routes(app, api, cache);
            errors(app, api);
            app.start(config.host(), config.port());
            return new VigilServer(app, store, config, cache);
        } catch (RuntimeException e) {
            try {
                store.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The routes of docs/api.md; the reads (but health) answered from the cache when they can. */
    private static void routes(Javalin app, ApiHandlers api, ResponseCache cache) {
        app.get("/api/health", api::health);
        app.get("/api/status", api::status);
        app.get("/api/events", cache.around(api::events));
        app.get("/api/events/export", api::exportEvents);
        app.get("/api/articles", cache.around(api::searchArticles));
        app.get("/api/series", cache.around(api::series));
        app.get("/api/blocs", cache.around(api::blocs));
        app.get("/api/blocs/series", cache.around(api::blocSeries));
        app.get("/api/blocs/top", cache.around(api::topBlocs));
        app.get("/api/dyads/top", cache.around(api::topDyads));
        app.get("/api/map", cache.around(api::map));
        app.get("/api/actors/{code}/counterparts", cache.around(api::counterparts));
        app.get("/api/categories", cache.around(api::categories));
        app.get("/api/categories/series", cache.around(api::categorySeries));
        app.get("/api/initiatives", cache.around(api::initiatives));
        app.get("/api/alerts", cache.around(api::alerts));
        app.get("/api/articles/{id}", cache.around(api::article));
        app.post("/api/articles", api::ingest);
        app.get("/api/openapi.json", api::openapi);
    }

    /** Every exception to its status and {@code {"error": …}}, in this one place. */
    private static void errors(Javalin app, ApiHandlers api) {
        app.exception(BadParameterException.class, (e, ctx) -> api.write(ctx, 400, error(e.getMessage())));
        app.exception(ApiError.class, (e, ctx) -> api.write(ctx, e.status(), error(e.getMessage())));
        app.exception(HttpResponseException.class, (e, ctx) -> api.write(ctx, e.getStatus(), error(e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            api.write(ctx, 500, error("internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))));
        });
        // statuses Javalin sets itself (no route, wrong method): JSON under /api/, Javalin's page elsewhere
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.resultInputStream() == null) {
                api.write(ctx, 404, error("no such endpoint: " + ctx.method() + " " + ctx.path()));
            }
        });
        app.error(405, ctx -> {
            if (ctx.path().startsWith("/api/")) {
                api.write(ctx, 405, error("method " + ctx.method() + " not allowed on " + ctx.path()));
            }
        });
    }

    private static Map<String, String> error(String message) {
        return Map.of("error", message == null ? "error" : message);
    }

    /** The port served (the one chosen when started with port 0). */
    public int port() {
        return app.port();
    }

    /** {@code http://host:port/}. */
    public String address() {
        String host = config.host().equals("0.0.0.0") ? "localhost" : config.host();
        return "http://" + host + ":" + port() + "/";
    }

    /**
     * The served store, for what the serving process ingests itself (a watched folder, feeds): the one process
     * that holds the store writes to it, and each batch stored refreshes the dashboard's answers.
     */
    public EventStore writer() {
        return new StoreWriter(store, cache);
    }

    /** Stops serving and closes the store. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            store.close();
        }
    }

    static String version() {
        String v = VigilServer.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    static JsonNode openApi() {
        return OPENAPI_DOC;
    }

    private static JsonNode loadOpenApi() {
        try (InputStream in = VigilServer.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI + " is missing from the jar");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OPENAPI, e);
        }
    }
}
