package org.vigil.store.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Events counted for every pair of blocs at once, for the overview and the alerts: an event counts for the
 * unordered pair (X, Y) when its source sides with X and its target with Y (or the reverse) on the event's date. Blocs overlap (Poland is in NATO
 * and the EU, Russia in the CSTO, the CIS, the EAEU...), so an event usually fits several pairs; here it counts
 * once: each side stands only in the blocs of its best standing ({@link #BEST}), and of the pairs left the event
 * counts for the one with the most military alliances ({@link #ALLIANCES}), then the smallest blocs (the most
 * specific), then by code. The page of one pair ({@link Filters#blocPair}) still shows every event between them.
 */
final class BlocPairs {
    /** A query and its parameters in order. */
    record Query(String sql, List<Object> params) {
    }

    /**
     * Forums rather than blocs: their members sit on both sides of most conflicts (Russia and the United States in
     * the G20 and the OSCE), so pairs with them say little. Left out of the overview and the alerts; their series
     * can still be asked for by name.
     */
    static final Set<String> FORUMS = Set.of("G20", "G8", "OSCE", "COE");

    /** Collective-defence alliances: an event between their members counts for them before any other bloc. */
    static final Set<String> ALLIANCES = Set.of("NATO", "CSTO");

    /**
     * A side stands only in the blocs of its best standing on the date: Belarus (a CSTO member and, on paper, a NATO
     * partner) sides with the CSTO, never with NATO, so a state is never on both sides of the ranking.
     */
    private static final String BEST = " QUALIFY min(mem.rank) = min(min(mem.rank)) OVER (PARTITION BY ev.id)";

    private BlocPairs() {
    }

    /** Counts per pair of blocs, each event counted for one pair only. */
    static Query query(Statuses statuses, LocalDate from, LocalDate to) {
        Query assigned = assigned(statuses, from, to);
        String sql = assigned.sql()
                + " SELECT asg.a, asg.b, count(*) AS n,"
                + " count(*) FILTER (WHERE ev.quad_class IN (3, 4)) AS c, count(*) FILTER (WHERE ev.quad_class = 4),"
                + " avg(ev.goldstein), max(ev.date), (count(*) FILTER (WHERE ev.quad_class IN (3, 4)) + "
                + TensionIndex.PRIOR + ") / (count(*) + " + 2 * TensionIndex.PRIOR + ") AS tension"
                + " FROM asg JOIN ev ON ev.id = asg.id GROUP BY asg.a, asg.b";
        return new Query(sql, assigned.params());
    }

    /**
     * The rows of {@link PairBuckets#read}: each event in range with its one pair of blocs; not the events dated
     * only by the date given for their corpus (see {@link PairBuckets#dyads}).
     */
    static Query events(Statuses statuses, LocalDate from, LocalDate to) {
        Query assigned = assigned(statuses, from, to);
        String sql = assigned.sql() + " SELECT asg.a, asg.b, ev.date, ev.id,"
                + " least(ev.source_entity, ev.target_entity), greatest(ev.source_entity, ev.target_entity),"
                + " ev.quad_class IN (3, 4) FROM asg JOIN ev ON ev.id = asg.id"
                + " WHERE ev.id NOT IN (SELECT e.id FROM events e WHERE " + SeriesBuilder.GIVEN + ")";
        return new Query(sql, assigned.params());
    }

    /** The CTEs {@code ev} (the events in range) and {@code asg} (id, a, b: each event's one pair, a < b). */
    private static Query assigned(Statuses statuses, LocalDate from, LocalDate to) {
        Sql where = new Sql().and("e.date IS NOT NULL AND e.target_entity IS NOT NULL"
                + " AND e.source_entity <> e.target_entity");
        Filters.sourceActsForItsState(where);
        Filters.dates(where, from, to);
        List<Object> params = new ArrayList<>(where.params());
        params.add(statuses.sqlList());
        params.add(String.join(",", FORUMS));
        params.add(String.join(",", ALLIANCES));
        String dated = "(mem.date_from IS NULL OR mem.date_from <= ev.date) AND (mem.date_to IS NULL OR mem.date_to >= ev.date)";
        String sql = "WITH ev AS (SELECT e.id, e.date, e.source_entity, e.target_entity, e.quad_class, e.goldstein"
                + " FROM events e" + where.where() + "),"
                + " mem AS (SELECT bloc, entity, rank, date_from, date_to FROM " + AnalyticsTables.SCHEMA + ".bloc_members"
                + " WHERE list_contains(string_split(?, ','), status) AND NOT list_contains(string_split(?, ','), bloc)),"
                + " size AS (SELECT bloc, count(*) FILTER (WHERE status = 'member') AS n,"
                + " list_contains(string_split(?, ','), bloc)::INTEGER AS alliance FROM " + AnalyticsTables.SCHEMA
                + ".bloc_members GROUP BY bloc),"
                + " sb AS (SELECT ev.id, mem.bloc, min(mem.rank) AS r FROM ev JOIN mem ON mem.entity = ev.source_entity"
                + " AND " + dated + " GROUP BY ev.id, mem.bloc" + BEST + "),"
                + " tb AS (SELECT ev.id, mem.bloc, min(mem.rank) AS r FROM ev JOIN mem ON mem.entity = ev.target_entity"
                + " AND " + dated + " GROUP BY ev.id, mem.bloc" + BEST + "),"
                // the source sides with x (no standing in y as strong), the target with y (no standing in x as strong)
                + " pairs AS (SELECT sb.id, sb.bloc AS x, tb.bloc AS y"
                + " FROM sb JOIN tb ON tb.id = sb.id AND tb.bloc <> sb.bloc"
                + " LEFT JOIN sb s2 ON s2.id = sb.id AND s2.bloc = tb.bloc LEFT JOIN tb t2 ON t2.id = sb.id AND t2.bloc = sb.bloc"
                + " WHERE (s2.r IS NULL OR s2.r > sb.r) AND (t2.r IS NULL OR t2.r > tb.r)),"
                + " asg AS (SELECT pairs.id, least(x, y) AS a, greatest(x, y) AS b FROM pairs"
                + " JOIN size sx ON sx.bloc = pairs.x JOIN size sy ON sy.bloc = pairs.y"
                + " QUALIFY row_number() OVER (PARTITION BY pairs.id ORDER BY sx.alliance + sy.alliance DESC,"
                + " sx.n + sy.n, least(x, y), greatest(x, y)) = 1)";
        return new Query(sql, params);
    }
}
