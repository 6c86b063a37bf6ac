package org.vigil.store.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Events counted for every pair of blocs at once, for the overview and the alerts: an event counts for the
 * unordered pair (X, Y) when its source sides with X and its target with Y (or the reverse) on the event's date:
 * the same rule as {@link Filters#blocPair}, which asks it of one pair at a time.
 */
final class BlocPairs {
    /** A query whose rows are (a, b, [week,] n, c, q4, mean goldstein, last date), grouped; params in order. */
    record Query(String sql, List<Object> params) {
    }

    /**
     * Forums rather than blocs: their members sit on both sides of most conflicts (Russia and the United States in
     * the G20 and the OSCE), so pairs with them say little. Left out of the overview and the alerts; their series
     * can still be asked for by name.
     */
    static final java.util.Set<String> FORUMS = java.util.Set.of("G20", "G8", "OSCE", "COE");

    private BlocPairs() {
    }

    static Query query(Statuses statuses, LocalDate from, LocalDate to, boolean weekly) {
        Sql where = new Sql().and("e.date IS NOT NULL AND e.target_entity IS NOT NULL"
                + " AND e.source_entity <> e.target_entity");
        Filters.dates(where, from, to);
        List<Object> params = new ArrayList<>(where.params());
        params.add(statuses.sqlList());
        params.add(String.join(",", FORUMS));
        String week = weekly ? " date_trunc('week', ev.date)::DATE AS week," : "";
        String sql = "WITH ev AS (SELECT e.id, e.date, e.source_entity, e.target_entity, e.quad_class, e.goldstein"
                + " FROM events e" + where.where() + "),"
                + " mem AS (SELECT bloc, entity, rank, date_from, date_to FROM " + AnalyticsTables.SCHEMA + ".bloc_members"
                + " WHERE list_contains(string_split(?, ','), status) AND NOT list_contains(string_split(?, ','), bloc)),"
                + " sb AS (SELECT ev.id, mem.bloc, min(mem.rank) AS r FROM ev JOIN mem ON mem.entity = ev.source_entity"
                + " AND (mem.date_from IS NULL OR mem.date_from <= ev.date) AND (mem.date_to IS NULL OR mem.date_to >= ev.date)"
                + " GROUP BY ev.id, mem.bloc),"
                + " tb AS (SELECT ev.id, mem.bloc, min(mem.rank) AS r FROM ev JOIN mem ON mem.entity = ev.target_entity"
                + " AND (mem.date_from IS NULL OR mem.date_from <= ev.date) AND (mem.date_to IS NULL OR mem.date_to >= ev.date)"
                + " GROUP BY ev.id, mem.bloc),"
                // the source sides with x (no standing in y as strong), the target with y (no standing in x as strong)
                + " pairs AS (SELECT sb.id, sb.bloc AS x, tb.bloc AS y FROM sb JOIN tb ON tb.id = sb.id AND tb.bloc <> sb.bloc"
                + " LEFT JOIN sb s2 ON s2.id = sb.id AND s2.bloc = tb.bloc LEFT JOIN tb t2 ON t2.id = sb.id AND t2.bloc = sb.bloc"
                + " WHERE (s2.r IS NULL OR s2.r > sb.r) AND (t2.r IS NULL OR t2.r > tb.r))"
                + " SELECT least(x, y) AS a, greatest(x, y) AS b," + week + " count(*) AS n,"
                + " count(*) FILTER (WHERE ev.quad_class IN (3, 4)) AS c, count(*) FILTER (WHERE ev.quad_class = 4),"
                + " avg(ev.goldstein), max(ev.date), (count(*) FILTER (WHERE ev.quad_class IN (3, 4)) + "
                + TensionIndex.PRIOR + ") / (count(*) + " + 2 * TensionIndex.PRIOR + ") AS tension"
                + " FROM pairs JOIN ev ON ev.id = pairs.id GROUP BY a, b" + (weekly ? ", week" : "");
        return new Query(sql, params);
    }
}
