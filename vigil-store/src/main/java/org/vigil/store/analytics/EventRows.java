package org.vigil.store.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads events with their evidence and categories into {@link EventView}s. */
final class EventRows {
    /** The columns of an event, its report {@code m} and the report's article {@code a}, in {@link #read} order. */
    static final String COLUMNS = """
            e.id, e.date, e.source_code, e.source_entity, e.source_role, e.target_code, e.target_entity,
            e.target_role, e.cameo, e.root, e.quad_class, e.goldstein, e.plover, e.confidence, e.mentions,
            a.id, a.title, a.url, a.date, m.sentence, m.evidence, m.source_text, m.source_start, m.source_end,
            m.trigger_text, m.trigger_start, m.trigger_end, m.target_text, m.target_start, m.target_end,
            (SELECT list(ec.category) FROM vigil_analytics.event_categories ec WHERE ec.id = e.id), e.location,
            (SELECT cn.name FROM vigil_analytics.cameo cn WHERE cn.code = e.cameo),
            coalesce(e.date_origin, (SELECT fa.date_origin FROM articles fa WHERE fa.id = e.first_article_id))""";

    /** Events joined with their first report and its article; add WHERE on {@code e}. */
    static final String FROM_FIRST_REPORT = " FROM events e"
            + " JOIN mentions m ON m.event_id = e.id AND m.article_id = e.first_article_id"
            + " LEFT JOIN articles a ON a.id = m.article_id";

    private static final int IN_CHUNK = 500;

    private EventRows() {
    }

    static EventView read(ResultSet r) throws SQLException {
        EventView.ActorRef source = new EventView.ActorRef(r.getString(3), r.getString(4), r.getString(5));
        EventView.ActorRef target = r.getString(6) == null ? null
                : new EventView.ActorRef(r.getString(6), r.getString(7), r.getString(8));
        EventView.ArticleRef article = new EventView.ArticleRef(r.getString(16), r.getString(17), r.getString(18),
                date(r, 19));
        String sentence = r.getString(21);
        SpanLocator.Stored src = new SpanLocator.Stored(r.getString(22), integer(r, 23), integer(r, 24));
        SpanLocator.Stored trg = new SpanLocator.Stored(r.getString(25), integer(r, 26), integer(r, 27));
        SpanLocator.Stored tgt = r.getString(28) == null ? null
                : new SpanLocator.Stored(r.getString(28), integer(r, 29), integer(r, 30));
        int start = SpanLocator.sentenceStart(sentence, trg, src, tgt);
        EventView.Evidence evidence = new EventView.Evidence(r.getInt(20), sentence,
                SpanLocator.view(sentence, start, src), SpanLocator.view(sentence, start, trg),
                SpanLocator.view(sentence, start, tgt));
        return new EventView(r.getString(1), date(r, 2), source, target, r.getString(9), r.getString(33),
                r.getString(10),
                r.getInt(11), r.getDouble(12), r.getString(13), r.getDouble(14), r.getInt(15), categories(r, 31),
                article, evidence, r.getString(32), r.getString(34));
    }

    /** Runs a query whose select list is {@link #COLUMNS} and returns its events with their categories. */
    static List<EventView> query(Connection c, String sql, List<Object> params) throws SQLException {
        List<EventView> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            Sql.bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(read(r));
                }
            }
        }
        return out;
    }

    /** The category keys of a list column, in the order of {@link ThreatCategory}. */
    private static List<String> categories(ResultSet r, int column) throws SQLException {
        java.sql.Array a = r.getArray(column);
        if (a == null) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (Object o : (Object[]) a.getArray()) {
            keys.add(o.toString());
        }
        keys.sort(ORDER);
        return keys;
    }

    private static final Comparator<String> ORDER =
            Comparator.comparingInt(k -> ThreatCategory.parse("category", k).ordinal());

    static String date(ResultSet r, int column) throws SQLException {
        LocalDate d = r.getObject(column, LocalDate.class);
        return d == null ? null : d.toString();
    }

    private static Integer integer(ResultSet r, int column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }
}
