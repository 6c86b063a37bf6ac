package org.vigil.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.vigil.core.model.Article;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.store.CodedArticle;
import org.vigil.core.store.StoredArticle;
import org.vigil.ingest.language.LanguageDetector;
import org.vigil.ingest.language.OpenNlpLanguageDetector;
import org.vigil.server.ArticleCoder;
import org.vigil.server.ServerConfig;
import org.vigil.server.VigilServer;

/** Starts the API and dashboard over a store and serves until the process is stopped ({@code serve}, {@code run}). */
final class Serving {
    /** The environment variable that holds the ingest token when {@code --token} is not given. */
    static final String TOKEN_ENV = "VIGIL_TOKEN";

    private Serving() {
    }

    /**
     * Serves until the JVM is stopped (Ctrl-C, SIGTERM); prints the address first. Ingest is switched on when
     * a token is given, or set in {@link #TOKEN_ENV}. The {@code live} plan (a folder to watch, feeds to poll)
     * is ingested by this process while it serves.
     */
    static void serveUntilStopped(PrintWriter out, ServerConfig served, String token, LiveIngest.Plan live,
                                  Engine.Factory engines) throws InterruptedException {
        String t = token != null ? token : System.getenv(TOKEN_ENV);
        if (t != null && t.isBlank()) {
            t = null;
        }
        Engine.Factory shared = Engine.Factory.once(engines);
        LiveIngest ingest = new LiveIngest(live);
        ServerConfig config = served.withLive(ingest);
        if (t != null) {
            config = config.withIngest(t, new EngineCoder(shared));
        }
        VigilServer server = VigilServer.start(config, notice -> {
            out.println(notice);
            out.flush();
        });
        ingest.start(server.writer(), shared, out);
        // where 'vigil ingest' on this store finds the server that holds it
        ServerState state = new ServerState(ProcessHandle.current().pid(), URI.create(server.address()));
        state.write(served.dataDir());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                state.remove(served.dataDir());
                ingest.close();
            } finally {
                server.close();
                stopped.countDown();
            }
        }, "vigil-serve-stop"));
        ingest.describe(out, server.address());  // before the address line, which callers wait for
        out.println("dashboard: " + server.address() + "  (API: " + server.address() + "api/health; Ctrl-C stops)");
        out.println("ingest: " + (t != null ? "POST " + server.address() + "api/articles with the bearer token"
                : "off (give --token or set " + TOKEN_ENV + " to allow POST /api/articles)"));
        out.flush();
        stopped.await();
    }

    /**
     * Codes posted articles with the command line's engine, created on the first article (so that serving starts
     * at once and CoreNLP loads only when needed): English (or undetermined) articles are parsed and coded, others
     * kept as {@code skipped:language=…}, as the main job does.
     */
    static final class EngineCoder implements ArticleCoder {
        private static final List<String> READABLE = List.of("eng", LanguageDetector.UNDETERMINED);

        private final Engine.Factory engines;
        private volatile Engine engine;
        private volatile LanguageDetector language;

        EngineCoder(Engine.Factory engines) {
            this.engines = engines;
        }

        @Override
        public CodedArticle code(Article article, DateOrigin dateOrigin) {
            ensureEngine();
            String lang = language.detect(article.text());
            if (!READABLE.contains(lang)) {
                return new CodedArticle(new StoredArticle(article, "api", lang, dateOrigin, "skipped:language=" + lang),
                        0, List.of());
            }
            Engine.Coded coded = engine.code(article);
            return new CodedArticle(new StoredArticle(article, "api", "eng", dateOrigin, "coded"), coded.sentences(),
                    coded.events());
        }

        private void ensureEngine() {
            if (engine == null) {
                synchronized (this) {
                    if (engine == null) {
                        language = new OpenNlpLanguageDetector();
                        engine = engines.create();
                    }
                }
            }
        }
    }
}
