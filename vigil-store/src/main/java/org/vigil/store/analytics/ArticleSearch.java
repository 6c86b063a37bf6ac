package org.vigil.store.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Full-text search of the stored articles (docs/analytics.md, "Article search"): the articles whose title or text
 * holds every word of the query, case-insensitive, the most occurrences first, each with a snippet around its
 * first match. Plain substring matching in DuckDB, every word a bound parameter.
 */
public final class ArticleSearch {
    static final int MAX_WORDS = 10;
    static final int MAX_LIMIT = 100;
    /** Characters of text kept on each side of the first match. */
    static final int CONTEXT = 80;

    /** One article found: how many times the words occur in it and how many events it reports. */
    public record Hit(String id, String title, String url, String source, String date, long matches, long events,
                      String snippet) {
    }

    /** A page of articles found and how many there are in all. */
    public record Page(String q, List<String> words, long total, int limit, int offset, List<Hit> articles) {
        public Page {
            words = List.copyOf(words);
            articles = List.copyOf(articles);
        }
    }

    private ArticleSearch() {
    }

    /** The distinct lower-cased words of a query: 1 to {@link #MAX_WORDS}. */
    static List<String> words(String q) {
        String v = q == null ? "" : q.strip();
        if (v.isEmpty() || v.length() > 200) {
            throw new BadParameterException("q", "must be 1-200 characters of text");
        }
        LinkedHashSet<String> out = new LinkedHashSet<>(List.of(v.toLowerCase(Locale.ROOT).split("\\s+")));
        if (out.size() > MAX_WORDS) {
            throw new BadParameterException("q", "must have at most " + MAX_WORDS + " words: '" + q + "'");
        }
        return new ArrayList<>(out);
    }

    static Page search(Connection c, String q, LocalDate from, LocalDate to, int limit, int offset)
            throws SQLException {
        List<String> words = words(q);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameterException("limit", "must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw new BadParameterException("offset", "must be at least 0: " + offset);
        }
        Codes.range(from, to);
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("WITH a AS (SELECT id, title, url, source, date, text,"
                + " lower(coalesce(title, '') || ' ' || coalesce(text, '')) AS body FROM articles WHERE true");
        if (from != null) {
            sql.append(" AND date >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" AND date <= ?");
            params.add(to);
        }
        // occurrences of each word: how much shorter the text gets without it
        List<String> counts = new ArrayList<>();
        for (String w : words) {
            counts.add("(length(body) - length(replace(body, ?, ''))) // " + w.length());
            params.add(w);
        }
        sql.append(") SELECT id, title, url, source, date, text, ").append(String.join(" + ", counts))
                .append(" AS matches, (SELECT count(DISTINCT m.event_id) FROM mentions m WHERE m.article_id = a.id),"
                        + " count(*) OVER () FROM a WHERE true");
        for (String w : words) {
            sql.append(" AND strpos(body, ?) > 0");
            params.add(w);
        }
        sql.append(" ORDER BY matches DESC, date DESC NULLS LAST, id LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        List<Hit> hits = new ArrayList<>();
        long total = 0;
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            Sql.bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    hits.add(new Hit(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            EventRows.date(r, 5), r.getLong(7), r.getLong(8), snippet(r.getString(6), words)));
                    total = r.getLong(9);
                }
            }
        }
        if (hits.isEmpty() && offset > 0) {
            total = search(c, q, from, to, 1, 0).total();
        }
        return new Page(q.strip(), words, total, limit, offset, hits);
    }

    /** The text around the first occurrence of the first word found in it; its start when only the title matched. */
    static String snippet(String text, List<String> words) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int at = -1;
        for (String w : words) {
            int i = lower.length() == text.length() ? lower.indexOf(w) : -1;
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        int start = Math.max(0, at < 0 ? 0 : at - CONTEXT);
        int end = Math.min(text.length(), (at < 0 ? 0 : at) + CONTEXT * 2);
        String s = text.substring(start, end).strip().replaceAll("\\s+", " ");
        return (start > 0 ? "…" : "") + s + (end < text.length() ? "…" : "");
    }
}
