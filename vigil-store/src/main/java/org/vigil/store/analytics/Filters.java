package org.vigil.store.analytics;

import java.time.LocalDate;

/** The conditions shared by the analytics: a dyad, a pair of blocs, a date range (all on the events alias e). */
final class Filters {
    /**
     * Roles of a state's actors that speak for no state: business, civilians, media, refugees (roles.tsv). As a
     * source they propose no initiative, answer none, and act for no bloc (on the real corpora "a bank in Belarus
     * denied US charges" counted as CSTO-NATO); as a target they stay: a state acting on another's people counts.
     */
    static final String NOT_FOR_A_STATE = "('BUS', 'CVL', 'MED', 'REF')";

    private Filters() {
    }

    /** The source acts for its state (or organisation): it has none of the roles of {@link #NOT_FOR_A_STATE}. */
    static void sourceActsForItsState(Sql sql) {
        sql.and("coalesce(e.source_role, '') NOT IN " + NOT_FOR_A_STATE);
    }

    /** Events between entities a and b in the direction asked. */
    static void pair(Sql sql, String a, String b, Direction d) {
        switch (d) {
            case AB -> sql.and("e.source_entity = ? AND e.target_entity = ?", a, b);
            case BA -> sql.and("e.source_entity = ? AND e.target_entity = ?", b, a);
            case BOTH -> sql.and("(e.source_entity = ? AND e.target_entity = ?)"
                    + " OR (e.source_entity = ? AND e.target_entity = ?)", a, b, b, a);
        }
    }

    /**
     * Events between blocs a and b (docs/analytics.md, "Blocs"): the source sides with one bloc and the target
     * with the other on the event's date. A state sides with a bloc when it holds one of the statuses asked in
     * it, and no stronger one in the other (self > member > partner > observer > candidate > suspended); equal
     * standing in both leaves it with neither. Undated events never count, nor do a state's companies, civilians,
     * media or refugees acting ({@link #NOT_FOR_A_STATE}).
     */
    static void blocPair(Sql sql, String a, String b, Direction d, Statuses statuses) {
        String cond = switch (d) {
            case AB -> SIDES_AB;
            case BA -> SIDES_BA;
            case BOTH -> "(" + SIDES_AB + ") OR (" + SIDES_BA + ")";
        };
        String dated = "(m.date_from IS NULL OR m.date_from <= ev.date) AND (m.date_to IS NULL OR m.date_to >= ev.date)";
        sql.and("e.date IS NOT NULL AND e.target_entity IS NOT NULL AND e.source_entity <> e.target_entity");
        sourceActsForItsState(sql);
        // each side's strongest standing in each bloc on the event's date, by joins (no correlated look-ups)
        sql.and("e.id IN (WITH m AS (SELECT bloc, entity, rank, date_from, date_to FROM " + AnalyticsTables.SCHEMA
                + ".bloc_members WHERE (bloc = ? OR bloc = ?) AND list_contains(string_split(?, ','), status)),"
                + " ev AS (SELECT id, date, source_entity, target_entity FROM events WHERE date IS NOT NULL"
                + " AND target_entity IS NOT NULL AND source_entity <> target_entity),"
                + " s AS (SELECT ev.id, m.bloc, min(m.rank) AS r FROM ev JOIN m ON m.entity = ev.source_entity AND "
                + dated + " GROUP BY ev.id, m.bloc),"
                + " t AS (SELECT ev.id, m.bloc, min(m.rank) AS r FROM ev JOIN m ON m.entity = ev.target_entity AND "
                + dated + " GROUP BY ev.id, m.bloc)"
                + " SELECT ev.id FROM ev LEFT JOIN s sa ON sa.id = ev.id AND sa.bloc = ?"
                + " LEFT JOIN s sb ON sb.id = ev.id AND sb.bloc = ? LEFT JOIN t ta ON ta.id = ev.id AND ta.bloc = ?"
                + " LEFT JOIN t tb ON tb.id = ev.id AND tb.bloc = ? WHERE " + cond + ")",
                a, b, statuses.sqlList(), a, b, a, b);
    }

    /** The source sides with bloc A (stronger standing there than in B), the target with B. */
    private static final String SIDES_AB =
            "coalesce(sa.r, 99) < coalesce(sb.r, 99) AND coalesce(tb.r, 99) < coalesce(ta.r, 99)";
    /** The source sides with bloc B, the target with A. */
    private static final String SIDES_BA =
            "coalesce(sb.r, 99) < coalesce(sa.r, 99) AND coalesce(ta.r, 99) < coalesce(tb.r, 99)";

    static void dates(Sql sql, LocalDate from, LocalDate to) {
        if (from != null) {
            sql.and("e.date >= ?", from);
        }
        if (to != null) {
            sql.and("e.date <= ?", to);
        }
    }
}
