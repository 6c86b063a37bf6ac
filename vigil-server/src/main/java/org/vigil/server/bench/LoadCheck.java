package org.vigil.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.vigil.core.cameo.CameoOntology;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.model.Actor;
import org.vigil.core.model.Article;
import org.vigil.core.model.Event;
import org.vigil.core.model.Span;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.store.CodedArticle;
import org.vigil.core.store.StoredArticle;
import org.vigil.server.ServerConfig;
import org.vigil.server.VigilServer;
import org.vigil.store.DuckDbEventStore;

/**
 * A load check, not a test: fills a store with generated events, starts the server on loopback and runs many
 * concurrent clients against the read endpoints for a bounded time, then prints requests/s, latency percentiles
 * and errors. Run it with the module's classpath:
 *
 * <pre>
 * mvn -q -o dependency:build-classpath -pl vigil-server -Dmdep.outputFile=/tmp/cp.txt
 * java -cp vigil-server/target/classes:$(cat /tmp/cp.txt) org.vigil.server.bench.LoadCheck \
 *     --events 20000 --clients 16 --seconds 20
 * </pre>
 */
public final class LoadCheck {
    private static final String[] STATES = {"RUS", "UKR", "BLR", "POL", "LTU", "USA", "DEU", "FRA", "KAZ", "ARM",
        "AZE", "GEO", "TUR", "IRN", "ISR", "CHN", "KGZ", "TJK", "EST", "LVA"};
    private static final String[] ORGS = {"NATO", "CSTO", "EU", "UN"};
    private static final String[] CODES = {"010", "036", "042", "043", "051", "057", "030", "020", "111", "112",
        "114", "127", "130", "138", "141", "154", "163", "173", "190", "193", "194", "195"};
    private static final String[] WORDS = {"border", "missile", "talks", "sanctions", "drones", "grain", "pipeline",
        "exercise", "treaty", "refugees", "smugglers", "cyber", "election", "protest", "port", "airbase"};

    private LoadCheck() {
    }

    public static void main(String[] args) throws Exception {
        int events = intArg(args, "--events", 20_000);
        int clients = intArg(args, "--clients", 16);
        int seconds = intArg(args, "--seconds", 20);
        Path dir = Files.createTempDirectory("vigil-load-");
        long t0 = System.nanoTime();
        int stored = fill(dir, events);
        System.out.printf("store: %d events generated in %.1f s (%s)%n", stored, (System.nanoTime() - t0) / 1e9, dir);
        try (VigilServer server = VigilServer.start(ServerConfig.of(dir).withPort(0))) {
            String base = "http://127.0.0.1:" + server.port();
            List<String> paths = List.of("/api/health", "/api/events?limit=50", "/api/events?dyad=RUS,UKR&limit=20",
                    "/api/events?q=missile&limit=20", "/api/events?category=armed_conflict&limit=20",
                    "/api/series?a=RUS&b=UKR&interval=week", "/api/blocs/series?a=NATO&b=CSTO&interval=month",
                    "/api/dyads/top", "/api/map", "/api/categories/series", "/api/initiatives?actor=BLR&limit=20",
                    "/api/alerts?kind=dyad", "/api/blocs/top");
            run(base, paths, clients, 3, false, false);        // warm-up
            System.out.println("-- repeated requests (answered from the response cache after the first):");
            run(base, paths, clients, seconds, true, false);
            System.out.println("-- every request distinct (a throw-away parameter defeats the cache: all computed):");
            run(base, paths, clients, seconds, true, true);
        }
    }

    /** Generated articles, one a day-ish, five events each, between the generated states and organisations. */
    static int fill(Path dir, int events) {
        CameoOntology cameo = Dictionaries.loadDefault().cameo();
        Random random = new Random(42);
        LocalDate start = LocalDate.of(2024, 1, 1);
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            List<CodedArticle> batch = new ArrayList<>();
            int made = 0;
            for (int a = 0; made < events; a++) {
                String id = "load-" + a;
                LocalDate date = start.plusDays(random.nextInt(365));
                StringBuilder text = new StringBuilder();
                List<Event> list = new ArrayList<>();
                for (int s = 0; s < 5 && made < events; s++, made++) {
                    String src = pick(random, random.nextInt(10) == 0 ? ORGS : STATES);
                    String tgt = pick(random, STATES);
                    if (tgt.equals(src)) {
                        tgt = "UKR".equals(src) ? "RUS" : "UKR";
                    }
                    String code = pick(random, CODES);
                    String sentence = src + " acted on " + tgt + " over the " + pick(random, WORDS) + " near the "
                            + pick(random, WORDS) + " (" + a + "." + s + ").";
                    int at = text.length();
                    text.append(sentence).append(' ');
                    list.add(new Event(id + "-" + s, id, s, date, new Actor(src, null, new Span(at, at + src.length(), src)),
                            new Actor(tgt, null, new Span(at + src.length() + 10, at + src.length() + 10 + tgt.length(), tgt)),
                            cameo.get(code), new Span(at + src.length() + 1, at + src.length() + 6, "acted"), sentence,
                            0.9, "load"));
                }
                Article article = new Article(id, null, "Generated " + a, date, text.toString().strip());
                batch.add(new CodedArticle(new StoredArticle(article, "load", "eng", DateOrigin.METADATA, "coded"),
                        list.size(), list));
                if (batch.size() == 500) {
                    store.store(batch);
                    batch.clear();
                }
            }
            store.store(batch);
            return (int) store.counts().events();
        }
    }

    private static void run(String base, List<String> paths, int clients, int seconds, boolean report,
                            boolean distinct) throws Exception {
        AtomicLong counter = new AtomicLong();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                for (int i = offset; System.nanoTime() < end; i++) {
                    String path = paths.get(i % paths.size());
                    if (distinct) {
                        path += (path.contains("?") ? "&" : "?") + "n=" + counter.incrementAndGet();
                    }
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(30)).GET().build();
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = System.nanoTime() - t;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            for (long l : f.get()) {
                all.add(l);
            }
        }
        pool.shutdown();
        if (!report) {
            return;
        }
        all.sort(null);
        System.out.printf("load: %d clients, %d s, %d endpoints in turn%n", clients, seconds, paths.size());
        System.out.printf("requests: %d, %.1f requests/s, errors: %d%n", all.size(), all.size() / (double) seconds,
                errors.get());
        System.out.printf("latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(all, 50), pct(all, 90),
                pct(all, 99), all.get(all.size() - 1) / 1e6);
    }

    private static double pct(List<Long> sorted, double p) {
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
