package org.vigil.store.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.vigil.core.actors.ActorCodes;
import org.vigil.core.actors.Membership;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreException;

/**
 * The analyst's questions to the store (docs/analytics.md): event search, dyad and bloc series with the tension
 * index, threat categories, the initiative tracker, alerts, the overview and the map. Every call takes its own
 * reader connection, so the analytics are safe from any thread and never see a batch in flight. All values reach
 * SQL as bound parameters.
 */
public final class Analytics {
    private final DuckDbEventStore store;
    private final Dictionaries dictionaries;
    private final Map<String, String> blocs;
    private final java.util.Set<String> nameWords;
    /** The entities the dictionaries name: country codes and organisation ids. */
    private final java.util.Set<String> namedEntities = new java.util.HashSet<>();

    private Analytics(DuckDbEventStore store, Dictionaries dictionaries) {
        this.store = store;
        this.dictionaries = dictionaries;
        this.blocs = AnalyticsTables.blocNames(dictionaries);
        this.nameWords = TopicWords.nameWords(dictionaries);
        dictionaries.countries().forEach(country -> namedEntities.add(country.code()));
        dictionaries.organizations().forEach(o -> namedEntities.add(o.entity()));
        namedEntities.add("---");
    }

    /** Analytics over {@code store} with the memberships and names of {@code dictionaries} and the shipped rules. */
    public static Analytics open(DuckDbEventStore store, Dictionaries dictionaries) {
        return open(store, dictionaries, ThreatRules.loadDefault());
    }

    /** The same with these threat rules. */
    public static Analytics open(DuckDbEventStore store, Dictionaries dictionaries, List<ThreatRules.Rule> rules) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(dictionaries, "dictionaries");
        Analytics a = new Analytics(store, dictionaries);
        try (Connection c = store.newConnection()) {
            AnalyticsTables.load(c, dictionaries, rules);
        } catch (SQLException e) {
            throw new StoreException(store.file() + ": cannot load the analytics tables: " + e.getMessage(), e);
        }
        a.read("categorise the stored events", c -> null);
        return a;
    }

    // ---- events ----------------------------------------------------------------------------------------------

    /** A page of events matching the query, and how many match in all. */
    public Views.EventPage events(EventQuery q) {
        if (q.actor != null) {
            known("actor", ActorCodes.split(q.actor)[0]);
        }
        if (q.dyadA != null) {
            known("dyad", q.dyadA);
            known("dyad", q.dyadB);
        }
        Sql where = q.where();
        String from = EventRows.FROM_FIRST_REPORT + where.where();
        return read("list events", c -> {
            long total;
            try (PreparedStatement p = c.prepareStatement("SELECT count(*)" + from)) {
                Sql.bind(p, where.params());
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            List<Object> params = where.params();
            params.add(q.limit);
            params.add(q.offset);
            List<EventView> events = EventRows.query(c, "SELECT " + EventRows.COLUMNS + from + q.orderBy()
                    + " LIMIT ? OFFSET ?", params);
            Map<String, BlocSides.Sides> sides = q.blocA == null ? Map.of()
                    : BlocSides.of(c, events, q.blocA, q.blocB, q.statuses);
            return new Views.EventPage(total, q.limit, q.offset, events, sides);
        });
    }

    /** Articles holding every word of {@code q} (docs/analytics.md, "Article search"). */
    public ArticleSearch.Page searchArticles(String q, LocalDate from, LocalDate to, int limit, int offset) {
        return read("search the articles", c -> ArticleSearch.search(c, q, from, to, limit, offset));
    }

    /** A stored article with every event it reports, or empty when there is no such article. */
    public Optional<Views.ArticleView> article(String id) {
        return read("read article " + id, c -> {
            Views.ArticleView head;
            try (PreparedStatement p = c.prepareStatement("SELECT id, url, title, source, date, language, status,"
                    + " sentences, text FROM articles WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    head = new Views.ArticleView(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            EventRows.date(r, 5), r.getString(6), r.getString(7), r.getInt(8), r.getString(9),
                            List.of());
                }
            }
            List<EventView> events = EventRows.query(c, "SELECT " + EventRows.COLUMNS + " FROM mentions m"
                    + " JOIN events e ON e.id = m.event_id LEFT JOIN articles a ON a.id = m.article_id"
                    + " WHERE m.article_id = ? ORDER BY m.sentence, m.trigger_start, e.id", List.of(id));
            return Optional.of(new Views.ArticleView(head.id(), head.url(), head.title(), head.source(), head.date(),
                    head.language(), head.status(), head.sentences(), head.text(), events));
        });
    }

    /** Counts (undated events among them) and the first and last event dates. */
    public Views.StoreStats stats() {
        return read("count", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT (SELECT count(*) FROM articles),"
                    + " (SELECT count(*) FROM events), (SELECT count(*) FROM events WHERE date IS NULL),"
                    + " (SELECT count(*) FROM events e WHERE e.date IS NOT NULL AND " + SeriesBuilder.GIVEN + "),"
                    + " (SELECT count(*) FROM mentions), (SELECT min(date) FROM events), (SELECT max(date) FROM events)");
                 ResultSet r = p.executeQuery()) {
                r.next();
                return new Views.StoreStats(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), givenDates(c),
                        r.getLong(5), EventRows.date(r, 6), EventRows.date(r, 7));
            }
        });
    }

    /** The days events are dated to only because they were given for their corpus, most events first. */
    private static List<String> givenDates(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT e.date FROM events e WHERE e.date IS NOT NULL AND "
                + SeriesBuilder.GIVEN + " GROUP BY e.date ORDER BY count(*) DESC, e.date LIMIT "
                + Views.StoreStats.MAX_GIVEN_DATES);
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(EventRows.date(r, 1));
            }
        }
        return out;
    }

    // ---- series ----------------------------------------------------------------------------------------------

    /** The series of the events between entities a and b (docs/analytics.md, "Dyad series"). */
    public Series dyadSeries(String a, String b, Direction direction, Interval interval, LocalDate from,
                             LocalDate to) {
        String ea = known("a", Codes.entity("a", a));
        String eb = known("b", Codes.entity("b", b));
        if (ea.equals(eb)) {
            throw new BadParameterException("b", "must differ from 'a': '" + b + "'");
        }
        Codes.range(from, to);
        Sql where = new Sql();
        Filters.pair(where, ea, eb, direction);
        // An undated event lies in no range: counted only when the series is not limited to one.
        long undated = from == null && to == null
                ? read("count the undated events of " + ea + "-" + eb, c -> SeriesBuilder.undated(c, where)) : 0;
        Filters.dates(where, from, to);
        SeriesBuilder.Result r = read("compute the series of " + ea + "-" + eb,
                c -> SeriesBuilder.build(SeriesBuilder.rows(c, interval, where), interval, from, to));
        return new Series(ea, eb, direction.toString(), interval.toString(), str(r.from()), str(r.to()),
                TensionIndex.PRIOR, TensionIndex.WINDOW, r.totals(), undated, r.buckets());
    }

    /** The series of the events between blocs a and b (docs/analytics.md, "Blocs"). */
    public BlocSeries blocSeries(String a, String b, Statuses statuses, Direction direction, Interval interval,
                                 LocalDate from, LocalDate to) {
        String ba = bloc("a", a);
        String bb = bloc("b", b);
        if (ba.equals(bb)) {
            throw new BadParameterException("b", "must differ from 'a': '" + b + "'");
        }
        Codes.range(from, to);
        Sql where = new Sql();
        Filters.blocPair(where, ba, bb, direction, statuses);
        Filters.dates(where, from, to);
        SeriesBuilder.Result r = read("compute the series of " + ba + "-" + bb,
                c -> SeriesBuilder.build(SeriesBuilder.rows(c, interval, where), interval, from, to));
        return new BlocSeries(ba, bb, direction.toString(), interval.toString(), str(r.from()), str(r.to()),
                TensionIndex.PRIOR, TensionIndex.WINDOW, r.totals(), r.buckets(), statuses.values(),
                rankedEvents(ba, bb, statuses, from, to), members(ba, bb, statuses), members(bb, ba, statuses));
    }

    /** The events the ranking of bloc pairs ({@link BlocPairs}) counts for the pair of a and b: 0 for a forum. */
    private long rankedEvents(String a, String b, Statuses statuses, LocalDate from, LocalDate to) {
        BlocPairs.Query q = BlocPairs.query(statuses, from, to);
        List<Object> params = new ArrayList<>(q.params());
        params.addAll(List.of(a.compareTo(b) < 0 ? a : b, a.compareTo(b) < 0 ? b : a));
        return read("count the ranked events of " + a + "-" + b, c -> {
            try (PreparedStatement p = c.prepareStatement(q.sql() + " HAVING asg.a = ? AND asg.b = ?")) {
                Sql.bind(p, params);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getLong(3) : 0L;
                }
            }
        });
    }

    /** The blocs: organisations with members, with the number of states holding each status today. */
    public List<Views.BlocInfo> blocs() {
        LocalDate today = LocalDate.now();
        List<Views.BlocInfo> out = new ArrayList<>();
        for (Map.Entry<String, String> b : blocs.entrySet()) {
            long[] n = new long[3];
            for (Membership m : dictionaries.memberships()) {
                if (m.organization().equals(b.getKey()) && m.holdsOn(today)) {
                    switch (m.status()) {
                        case "member" -> n[0]++;
                        case "partner" -> n[1]++;
                        case "observer" -> n[2]++;
                        default -> { }
                    }
                }
            }
            out.add(new Views.BlocInfo(b.getKey(), b.getValue(), n[0], n[1], n[2]));
        }
        return out;
    }

    /**
     * {@code entity} if the dictionaries name it or a stored event has it as source or target; else a bad
     * {@code parameter}: an unknown code would answer an empty page that reads as "no events".
     */
    String known(String parameter, String entity) {
        if (namedEntities.contains(entity) || read("look up entity " + entity, c -> stored(c, entity))) {
            return entity;
        }
        throw new BadParameterException(parameter, "is not an entity the dictionaries or the stored events know"
                + " (ISO alpha-3 such as RUS, or an organisation id such as NATO): '" + entity + "'");
    }

    private static boolean stored(Connection c, String entity) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT 1 FROM events WHERE source_entity = ? OR target_entity = ? LIMIT 1")) {
            p.setString(1, entity);
            p.setString(2, entity);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /** A bloc id, checked against the blocs known, for {@code parameter}. */
    public String bloc(String parameter, String value) {
        String code = Codes.entity(parameter, value);
        if (!blocs.containsKey(code)) {
            throw new BadParameterException(parameter, "must be a bloc (an organisation with members: "
                    + String.join(", ", blocs.keySet()) + "): '" + value + "'");
        }
        return code;
    }

    /** Every status of every state in {@code bloc}, whether it counts, and where {@code other} takes it over. */
    private List<BlocSeries.BlocMember> members(String bloc, String other, Statuses statuses) {
        List<BlocSeries.BlocMember> out = new ArrayList<>();
        for (Membership m : dictionaries.memberships()) {
            if (!m.organization().equals(bloc)) {
                continue;
            }
            boolean counted = statuses.values().contains(m.status());
            List<BlocSeries.Yield> yields = new ArrayList<>();
            for (Membership o : dictionaries.memberships()) {
                if (counted && o.organization().equals(other) && o.member().equals(m.member())
                        && statuses.values().contains(o.status())
                        && Statuses.rank(o.status()) <= Statuses.rank(m.status())) {
                    LocalDate from = later(m.from(), o.from());
                    LocalDate to = earlier(m.to(), o.to());
                    if (from == null || to == null || !from.isAfter(to)) {
                        yields.add(new BlocSeries.Yield(other, o.status(), str(from), str(to),
                                Statuses.rank(o.status()) == Statuses.rank(m.status())));
                    }
                }
            }
            out.add(new BlocSeries.BlocMember(m.member(), m.status(), str(m.from()), str(m.to()), counted, yields));
        }
        return out;
    }

    /** The later of two period starts, null (open) only when both are. */
    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** The earlier of two period ends, null (open) only when both are. */
    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    // ---- overview --------------------------------------------------------------------------------------------

    /** The most tense pairs of entities (both directions pooled), as {@link PairRanking} ranks them. */
    public List<Views.TopPair> topDyads(int limit, int minEvents, LocalDate from, LocalDate to) {
        return new PairRanking(store).tensePairs(limit, minEvents, from, to);
    }

    /** Internal conflict per state, as {@link PairRanking} ranks it. */
    public List<Views.TopPair> internalConflict(int limit, int minEvents, LocalDate from, LocalDate to) {
        return new PairRanking(store).internalConflict(limit, minEvents, from, to);
    }

    /** The entities {@code actor} has the most events with (docs/analytics.md, "Actors"). */
    public List<Views.TopPair> counterparts(String actor, int limit, LocalDate from, LocalDate to) {
        String entity = known("actor", Codes.entity("actor", actor));
        return new PairRanking(store).counterparts(entity, limit, from, to);
    }

    /** The most tense pairs of blocs (both directions pooled), at least {@code minEvents} events each. */
    public List<Views.TopPair> topBlocs(Statuses statuses, int limit, int minEvents, LocalDate from, LocalDate to) {
        Codes.range(from, to);
        BlocPairs.Query q = BlocPairs.query(statuses, from, to);
        String sql = q.sql() + " HAVING count(*) >= ? ORDER BY tension DESC, n DESC, a, b LIMIT ?";
        List<Object> params = new ArrayList<>(q.params());
        params.addAll(List.of(minEvents, limit));
        return read("list the top blocs", c -> PairRanking.read(c, sql, params));
    }

    /**
     * Conflict per state for the world map; with {@code international}, only the events between two different
     * named parties (not a state's police and protesters, its government and opposition, nor the unknown actor).
     */
    public Views.MapView map(LocalDate from, LocalDate to, boolean international) {
        Codes.range(from, to);
        Sql where = new Sql();
        Filters.dates(where, from, to);
        if (international) {
            where.and("e.target_entity IS NOT NULL AND e.source_entity <> e.target_entity"
                    + " AND e.source_entity <> '---' AND e.target_entity <> '---'");
        }
        String sql = "WITH ev AS (SELECT e.id, e.source_entity AS s, e.target_entity AS t, e.quad_class AS q,"
                + " e.goldstein AS g FROM events e" + where.where() + "),"
                + " inv AS (SELECT id, s AS code, q, g FROM ev UNION SELECT id, t AS code, q, g FROM ev WHERE t IS NOT NULL)"
                + " SELECT c.code, c.name, count(*) AS n, count(*) FILTER (WHERE inv.q IN (3, 4)) AS conflict,"
                + " count(*) FILTER (WHERE inv.q = 4), avg(inv.g) FROM inv JOIN " + AnalyticsTables.SCHEMA
                + ".countries c ON c.code = inv.code GROUP BY c.code, c.name ORDER BY conflict DESC, n DESC, c.code";
        return read("compute the map", c -> {
            List<Object[]> rows = new ArrayList<>();
            long max = 0;
            try (PreparedStatement p = c.prepareStatement(sql)) {
                Sql.bind(p, where.params());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        rows.add(new Object[] {r.getString(1), r.getString(2), r.getLong(3), r.getLong(4),
                            r.getLong(5), r.getDouble(6)});
                        max = Math.max(max, r.getLong(4));
                    }
                }
            }
            List<Views.CountryIntensity> out = new ArrayList<>();
            for (Object[] row : rows) {
                long n = (Long) row[2];
                long conflict = (Long) row[3];
                double intensity = max == 0 ? 0 : Math.log1p(conflict) / Math.log1p(max);
                out.add(new Views.CountryIntensity((String) row[0], (String) row[1], n, conflict, (Long) row[4],
                        TensionIndex.round((Double) row[5], 3), TensionIndex.round(TensionIndex.of(conflict, n), 4),
                        TensionIndex.round(intensity, 4)));
            }
            return new Views.MapView(max, out);
        });
    }

    // ---- threat categories -----------------------------------------------------------------------------------

    /** The threat categories, in order. */
    public List<Views.CategoryInfo> categories() {
        List<Views.CategoryInfo> out = new ArrayList<>();
        for (ThreatCategory c : ThreatCategory.values()) {
            out.add(new Views.CategoryInfo(c.key(), c.label(), c.description()));
        }
        return out;
    }

    /** Events per threat category over time; {@code actor} (entity or actor code) may be null. */
    public Views.CategorySeries categorySeries(Interval interval, LocalDate from, LocalDate to, String actor) {
        return categorySeries(interval, from, to, actor, null);
    }

    /**
     * The same, of the events in one category only (null: all): {@code events} and {@code given} are then that
     * category's, and the other keys count its events that are also in them.
     */
    public Views.CategorySeries categorySeries(Interval interval, LocalDate from, LocalDate to, String actor,
                                               ThreatCategory category) {
        EventQuery q = new EventQuery().from(from).to(to).category(category);
        if (actor != null) {
            q.actor(actor);
            known("actor", ActorCodes.split(q.actor)[0]);
        }
        Sql where = q.where().and("e.date IS NOT NULL");
        String bucket = "date_trunc('" + interval.sqlUnit() + "', e.date)::DATE";
        String sql = "WITH ev AS (SELECT e.id, " + bucket + " AS b, " + SeriesBuilder.GIVEN + " AS given"
                + " FROM events e" + where.where() + ")"
                + " SELECT ev.b, NULL, count(*), count(*) FILTER (WHERE ev.given) FROM ev GROUP BY ev.b"
                + " UNION ALL SELECT ev.b, ec.category, count(*), 0 FROM ev JOIN " + AnalyticsTables.EVENT_CATEGORIES
                + " ec ON ec.id = ev.id GROUP BY ev.b, ec.category";
        return read("compute the category series", c -> {
            Map<LocalDate, Map<String, Long>> counts = new TreeMap<>();
            Map<LocalDate, Long> given = new TreeMap<>();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                Sql.bind(p, where.params());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String key = r.getString(2) == null ? "" : r.getString(2);
                        LocalDate start = r.getObject(1, LocalDate.class);
                        counts.computeIfAbsent(start, k -> new LinkedHashMap<>()).put(key, r.getLong(3));
                        if (key.isEmpty()) {
                            given.put(start, r.getLong(4));
                        }
                    }
                }
            }
            return categoryBuckets(counts, given, interval, from, to);
        });
    }

    private static Views.CategorySeries categoryBuckets(Map<LocalDate, Map<String, Long>> counts,
                                                        Map<LocalDate, Long> given, Interval interval,
                                                        LocalDate from, LocalDate to) {
        Map<LocalDate, SeriesBuilder.Row> rows = new TreeMap<>();
        counts.forEach((d, m) -> rows.put(d, new SeriesBuilder.Row(d, m.getOrDefault("", 0L),
                given.getOrDefault(d, 0L), 0, 0, 0, 0, 0)));
        SeriesBuilder.Result dense = SeriesBuilder.build(rows, interval, from, to);
        List<String> keys = new ArrayList<>();
        for (ThreatCategory c : ThreatCategory.values()) {
            keys.add(c.key());
        }
        List<Views.CategoryBucket> buckets = new ArrayList<>();
        for (Bucket b : dense.buckets()) {
            Map<String, Long> m = counts.getOrDefault(LocalDate.parse(b.start()), Map.of());
            Map<String, Long> byKey = new LinkedHashMap<>();
            keys.forEach(k -> byKey.put(k, m.getOrDefault(k, 0L)));
            buckets.add(new Views.CategoryBucket(b.start(), b.events(), b.given(), byKey));
        }
        return new Views.CategorySeries(interval.toString(), str(dense.from()), str(dense.to()), keys, buckets);
    }

    // ---- initiatives and alerts ------------------------------------------------------------------------------

    /** The initiative tracker (docs/analytics.md, "Initiatives"); {@code actor} may be null. */
    public List<Initiatives.Initiative> initiatives(String actor, LocalDate from, LocalDate to, int limit) {
        return initiatives(actor, from, to, null, limit).initiatives();
    }

    /**
     * The same, only the initiatives of one status ({@code answered}: any but open; null: all), with the counts
     * of every status.
     */
    public Initiatives.Tracker initiatives(String actor, LocalDate from, LocalDate to, String status, int limit) {
        String entity = actor == null ? null : known("actor", Codes.entity("actor", actor));
        Codes.range(from, to);
        return read("track initiatives", c -> Initiatives.find(c, entity, from, to, status, limit, nameWords));
    }

    /** Alerts (docs/analytics.md, "Alerts"). */
    public Alerts.Result alerts(Alerts.Settings settings) {
        return read("compute alerts", c -> new Alerts(this, settings).run(c));
    }

    // ---- plumbing --------------------------------------------------------------------------------------------

    /** Work on one reader connection. */
    interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    <T> T read(String what, Work<T> work) {
        try (Connection c = store.newConnection()) {
            refreshCategories(c);
            return work.on(c);
        } catch (SQLException e) {
            throw new StoreException(store.file() + ": cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** Events stored when the categories were last brought up to date; events are only ever added. */
    private long categorizedEvents = -1;

    /** Categorises new events, if the store has any (a count first: cheap when nothing changed). */
    private void refreshCategories(Connection c) throws SQLException {
        long now;
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM events"); ResultSet r = p.executeQuery()) {
            r.next();
            now = r.getLong(1);
        }
        synchronized (this) {
            if (now != categorizedEvents) {
                AnalyticsTables.refreshCategories(c);
                categorizedEvents = now;
            }
        }
    }

    static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
