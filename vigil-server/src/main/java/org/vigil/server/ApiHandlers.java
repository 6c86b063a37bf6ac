package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.core.model.Article;
import org.vigil.core.model.ArticleIds;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.store.CodedArticle;
import org.vigil.store.DatedEvents;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreQueries;
import org.vigil.store.analytics.Alerts;
import org.vigil.store.analytics.Analytics;
import org.vigil.store.analytics.BadParameterException;
import org.vigil.store.analytics.Codes;
import org.vigil.store.analytics.Direction;
import org.vigil.store.analytics.EventQuery;
import org.vigil.store.analytics.Initiatives;
import org.vigil.store.analytics.PairRanking;
import org.vigil.store.analytics.Interval;
import org.vigil.store.analytics.Statuses;
import org.vigil.store.analytics.ThreatCategory;
import org.vigil.store.analytics.Views;

/** The handlers of docs/api.md: each reads and checks its parameters, asks the analytics, writes JSON. */
final class ApiHandlers {
    /**
     * The origins of an article's date a sender can give: RELATIVE and EXPLICIT are events', NONE has no date,
     * FILE_TIME is no publication date.
     */
    private static final List<DateOrigin> POSTED_ORIGINS = List.of(DateOrigin.METADATA, DateOrigin.PAGE,
            DateOrigin.DATELINE, DateOrigin.GIVEN);

    private final Analytics analytics;
    private final DuckDbEventStore store;
    private final ServerConfig config;
    private final ObjectMapper json;
    private final byte[] token;
    private final ResponseCache cache;

    ApiHandlers(Analytics analytics, DuckDbEventStore store, ServerConfig config, ObjectMapper json,
                ResponseCache cache) {
        this.cache = cache;
        this.analytics = analytics;
        this.store = store;
        this.config = config;
        this.json = json;
        this.token = config.token() == null ? null : config.token().getBytes(StandardCharsets.UTF_8);
    }

    void health(Context ctx) {
        Views.StoreStats s = analytics.stats();
        ObjectNode o = json.createObjectNode();
        o.put("status", "ok");
        o.put("version", VigilServer.version());
        o.put("articles", s.articles());
        o.put("events", s.events());
        o.put("undated_events", s.undatedEvents());
        o.put("given_date_events", s.givenEvents());
        o.set("given_dates", json.valueToTree(s.givenDates()));
        o.put("mentions", s.mentions());
        o.put("first_date", s.firstDate());
        o.put("last_date", s.lastDate());
        o.put("ingest", config.ingestEnabled());
        write(ctx, 200, o);
    }

    /**
     * The store served, how its events are dated and what the process ingests on its own (docs/api.md,
     * "GET /api/status"); {@code vigil ingest} reads the dating from here after handing its articles over.
     */
    void status(Context ctx) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("store", store.file().toAbsolutePath().toString());
        o.put("ingest", config.ingestEnabled());
        DatedEvents dated = new StoreQueries(store).datedEvents();
        Map<String, Object> dates = new LinkedHashMap<>();
        dates.put("dated", dated.dated());
        dates.put("undated", dated.undated());
        dates.put("by_origin", dated.byOrigin());
        o.put("event_dates", dates);
        o.putAll(config.live().now());
        write(ctx, 200, o);
    }

    void events(Context ctx) {
        Params p = new Params(ctx);
        EventQuery q = eventQuery(p);
        q.limit(p.integer("limit", 50, 1, EventQuery.MAX_LIMIT)).offset(p.integer("offset", 0, 0, Integer.MAX_VALUE));
        write(ctx, 200, analytics.events(q));
    }

    /** The events behind a page, with the filters of GET /api/events, as a CSV or JSON download (docs/api.md). */
    void exportEvents(Context ctx) {
        Params p = new Params(ctx);
        String format = p.choice("format", "csv", "csv", "json");
        Views.EventPage page = analytics.events(eventQuery(p).forExport());
        ctx.header("Content-Disposition", "attachment; filename=\"vigil-events." + format + "\"");
        ctx.header("X-Vigil-Total", String.valueOf(page.total()));
        if (format.equals("json")) {
            write(ctx, 200, page);
        } else {
            ctx.status(200).contentType("text/csv; charset=utf-8").result(EventCsv.of(page.events()));
        }
    }

    void searchArticles(Context ctx) {
        Params p = new Params(ctx);
        write(ctx, 200, analytics.searchArticles(p.required("q"), p.date("from"), p.date("to"),
                p.integer("limit", 20, 1, 100), p.integer("offset", 0, 0, Integer.MAX_VALUE)));
    }

    /** The filters of GET /api/events. */
    private EventQuery eventQuery(Params p) {
        EventQuery q = new EventQuery();
        if (p.get("actor") != null) {
            q.actor(p.get("actor"));
        }
        if (p.get("location") != null) {
            q.location(p.get("location"));
        }
        q.direction(Direction.parse("direction", p.get("direction") == null ? "both" : p.get("direction")));
        List<String> dyad = p.pair("dyad");
        if (dyad != null) {
            q.dyad(dyad.get(0), dyad.get(1));
        }
        List<String> blocs = p.pair("blocs");
        if (blocs != null) {
            q.blocs(analytics.bloc("blocs", blocs.get(0)), analytics.bloc("blocs", blocs.get(1)));
            q.statuses(statuses(p));
        }
        if (p.get("root") != null) {
            q.root(p.get("root"));
        }
        if (p.get("code") != null) {
            q.code(p.get("code"));
        }
        if (p.get("quad") != null) {
            q.quad(p.integer("quad", 0, 1, 4));
        }
        if (p.get("category") != null) {
            q.category(ThreatCategory.parse("category", p.get("category")));
        }
        q.from(p.date("from")).to(p.date("to"));
        if (p.get("q") != null) {
            q.text(p.get("q"));
        }
        q.sort(p.choice("sort", "date_desc", "date_desc", "date_asc").equals("date_asc")
                ? EventQuery.Sort.DATE_ASC : EventQuery.Sort.DATE_DESC);
        return q;
    }

    void series(Context ctx) {
        Params p = new Params(ctx);
        write(ctx, 200, analytics.dyadSeries(p.required("a"), p.required("b"), direction(p), interval(p, "week"),
                p.date("from"), p.date("to")));
    }

    void blocs(Context ctx) {
        write(ctx, 200, Map.of("blocs", analytics.blocs()));
    }

    void blocSeries(Context ctx) {
        Params p = new Params(ctx);
        write(ctx, 200, analytics.blocSeries(p.required("a"), p.required("b"), statuses(p), direction(p),
                interval(p, "week"), p.date("from"), p.date("to")));
    }

    void topDyads(Context ctx) {
        Params p = new Params(ctx);
        int limit = p.integer("limit", 10, 1, 100);
        int minEvents = p.integer("min_events", PairRanking.DEFAULT_MIN_EVENTS, 1, 1_000_000);
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        write(ctx, 200, Map.of("dyads", analytics.topDyads(limit, minEvents, from, to),
                "internal", analytics.internalConflict(limit, minEvents, from, to)));
    }

    void topBlocs(Context ctx) {
        Params p = new Params(ctx);
        Statuses statuses = statuses(p);
        ObjectNode o = json.createObjectNode();
        o.set("statuses", json.valueToTree(statuses.values()));
        o.set("pairs", json.valueToTree(analytics.topBlocs(statuses, p.integer("limit", 10, 1, 100),
                p.integer("min_events", PairRanking.DEFAULT_MIN_EVENTS, 1, 1_000_000), p.date("from"), p.date("to"))));
        write(ctx, 200, o);
    }

    void counterparts(Context ctx) {
        Params p = new Params(ctx);
        String actor = Codes.entity("actor", ctx.pathParam("code"));
        write(ctx, 200, Map.of("actor", actor, "counterparts",
                analytics.counterparts(actor, p.integer("limit", 10, 1, 100), p.date("from"), p.date("to"))));
    }

    void map(Context ctx) {
        Params p = new Params(ctx);
        write(ctx, 200, analytics.map(p.date("from"), p.date("to"),
                p.choice("scope", "all", "all", "international").equals("international")));
    }

    void categories(Context ctx) {
        write(ctx, 200, Map.of("categories", analytics.categories()));
    }

    void categorySeries(Context ctx) {
        Params p = new Params(ctx);
        write(ctx, 200, analytics.categorySeries(interval(p, "month"), p.date("from"), p.date("to"), p.get("actor"),
                p.get("category") == null ? null : ThreatCategory.parse("category", p.get("category"))));
    }

    void initiatives(Context ctx) {
        Params p = new Params(ctx);
        String status = p.get("status");
        Initiatives.Tracker found = analytics.initiatives(p.get("actor"), p.date("from"), p.date("to"),
                status == null ? null : status.toLowerCase(java.util.Locale.ROOT), p.integer("limit", 50, 1, 200));
        ArrayNode list = json.createArrayNode();
        for (Initiatives.Initiative i : found.initiatives()) {
            ObjectNode o = json.valueToTree(i);
            ArrayNode proposals = json.createArrayNode();
            for (Initiatives.Proposal pr : i.proposals()) {
                // the proposal's event with its topic words beside the event's fields (docs/api.md)
                ObjectNode e = json.valueToTree(pr.event());
                e.set("topic_words", json.valueToTree(pr.topicWords()));
                proposals.add(e);
            }
            o.set("proposals", proposals);
            list.add(o);
        }
        ObjectNode out = json.createObjectNode();
        out.set("statuses", json.valueToTree(found.statuses()));
        out.set("initiatives", list);
        write(ctx, 200, out);
    }

    void alerts(Context ctx) {
        Params p = new Params(ctx);
        Alerts.Kind kind = Alerts.Kind.parse("kind", p.get("kind") == null ? "all" : p.get("kind"));
        Alerts.Settings s = new Alerts.Settings(p.date("from"), p.date("to"), kind,
                Alerts.interval("interval", p.get("interval") == null ? "auto" : p.get("interval")),
                p.integer("min_events", 3, 1, 10_000), p.number("p", 0.01), statuses(p), p.integer("limit", 50, 1, 200));
        write(ctx, 200, analytics.alerts(s));
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        Views.ArticleView a = analytics.article(id).orElseThrow(() -> ApiError.notFound("no article '" + id + "'"));
        write(ctx, 200, a);
    }

    void openapi(Context ctx) {
        write(ctx, 200, VigilServer.openApi());
    }

    /** {@code POST /api/articles}: off without a token; then the bearer token; then the body; then code and store. */
    void ingest(Context ctx) {
        if (!config.ingestEnabled()) {
            throw ApiError.notFound("ingest is switched off: start the server with a token (--token or VIGIL_TOKEN)");
        }
        String auth = ctx.header("Authorization");
        // the scheme name is case-insensitive (RFC 9110 11.1)
        byte[] given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, "Bearer ".length())
                ? auth.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8) : null;
        if (given == null || !MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw ApiError.unauthorized(given == null ? "missing bearer token: send 'Authorization: Bearer <token>'"
                    : "wrong bearer token");
        }
        JsonNode body = bodyObject(HttpEdges.boundedBody(ctx, config.postLimits().bodyBytes()));
        Article article = articleFrom(body);
        DateOrigin origin = dateOriginOf(body, article);
        boolean known = !store.knownArticles(Set.of(article.id())).isEmpty();
        if (!known) {
            CodedArticle coded = config.coder().code(article, origin);
            try {
                store.store(List.of(coded));
            } finally {
                cache.clear();  // the analytics' answers may have changed
            }
        }
        Views.ArticleView stored = analytics.article(article.id())
                .orElseThrow(() -> new IllegalStateException("article " + article.id() + " was not stored"));
        ObjectNode o = json.createObjectNode();
        o.put("article_id", stored.id());
        o.put("stored", !known);
        o.put("status", stored.status());
        o.set("events", json.valueToTree(stored.events()));
        write(ctx, known ? 200 : 201, o);
    }

    private JsonNode bodyObject(String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (Exception e) {
            throw ApiError.badRequest("body: not a JSON object: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw ApiError.badRequest("body: must be a JSON object with at least \"text\"");
        }
        return node;
    }

    /**
     * Where the posted article's date came from: {@code date_origin} as the sender knows it ({@code vigil ingest}
     * handing over a corpus dated with {@code --period} sends GIVEN), METADATA when only a date is sent, NONE
     * without one.
     */
    private static DateOrigin dateOriginOf(JsonNode node, Article article) {
        String origin = field(node, "date_origin");
        if (origin == null || origin.isBlank()) {
            return article.date() == null ? DateOrigin.NONE : DateOrigin.METADATA;
        }
        if (article.date() == null) {
            throw new BadParameterException("date_origin", "needs a date: '" + origin + "' given without one");
        }
        for (DateOrigin o : POSTED_ORIGINS) {
            if (o.name().equalsIgnoreCase(origin.strip())) {
                return o;
            }
        }
        throw new BadParameterException("date_origin", "must be one of " + POSTED_ORIGINS + ": '" + origin + "'");
    }

    private Article articleFrom(JsonNode node) {
        String text = field(node, "text");
        if (text == null || text.isBlank()) {
            throw new BadParameterException("text", "is required: the article's text, not blank");
        }
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.postLimits().textBytes()) {
            throw new BadParameterException("text", "is too large: " + bytes + " bytes of UTF-8, over the limit of "
                    + config.postLimits().textBytes() + " (serve --max-document)");
        }
        String url = field(node, "url");
        String title = field(node, "title");
        String date = field(node, "date");
        LocalDate d = date == null || date.isBlank() ? null : Codes.date("date", date);
        String id = field(node, "id");
        if (id != null && (id.isBlank() || id.length() > 200)) {
            throw new BadParameterException("id", "must be 1-200 characters: '" + id + "'");
        }
        return new Article(id != null ? id.strip() : ArticleIds.of(url, text), url, title, d, text);
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadParameterException(name, "must be a string");
        }
        return v.asText();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    private static Direction direction(Params p) {
        return Direction.parse("direction", p.get("direction") == null ? "both" : p.get("direction"));
    }

    private static Interval interval(Params p, String fallback) {
        return Interval.parse("interval", p.get("interval") == null ? fallback : p.get("interval"));
    }

    private static Statuses statuses(Params p) {
        return p.get("statuses") == null ? Statuses.MEMBERS : Statuses.parse("statuses", p.get("statuses"));
    }

    void write(Context ctx, int status, Object body) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            ResponseCache.remember(ctx, bytes);
            ctx.status(status).contentType("application/json; charset=utf-8").result(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
