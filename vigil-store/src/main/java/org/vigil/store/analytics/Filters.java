package org.vigil.store.analytics;

import java.time.LocalDate;

/** The conditions shared by the analytics: a dyad, a pair of blocs, a date range (all on the events alias e). */
final class Filters {
    private Filters() {
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
     * Events between blocs a and b: the source in one bloc and not the other, the target in the other and not
     * the first, on the event's date (docs/analytics.md, "Blocs"). Undated events never count.
     */
    static void blocPair(Sql sql, String a, String b, Direction d, Statuses statuses) {
        String list = statuses.sqlList();
        String ab = in("source") + " AND NOT " + in("source") + " AND " + in("target") + " AND NOT " + in("target");
        Object[] abParams = {a, list, b, list, b, list, a, list};
        Object[] baParams = {b, list, a, list, a, list, b, list};
        sql.and("e.date IS NOT NULL AND e.target_entity IS NOT NULL AND e.source_entity <> e.target_entity");
        switch (d) {
            case AB -> sql.and(ab, abParams);
            case BA -> sql.and(ab, baParams);
            case BOTH -> {
                Object[] both = new Object[16];
                System.arraycopy(abParams, 0, both, 0, 8);
                System.arraycopy(baParams, 0, both, 8, 8);
                sql.and("(" + ab + ") OR (" + ab + ")", both);
            }
        }
    }

    /** Whether the side's entity belongs (bloc ?, statuses ?) on the event's date. */
    private static String in(String side) {
        return "EXISTS (SELECT 1 FROM " + AnalyticsTables.SCHEMA + ".bloc_members bm WHERE bm.bloc = ?"
                + " AND bm.entity = e." + side + "_entity AND list_contains(string_split(?, ','), bm.status)"
                + " AND (bm.date_from IS NULL OR bm.date_from <= e.date) AND (bm.date_to IS NULL OR bm.date_to >= e.date))";
    }

    static void dates(Sql sql, LocalDate from, LocalDate to) {
        if (from != null) {
            sql.and("e.date >= ?", from);
        }
        if (to != null) {
            sql.and("e.date <= ?", to);
        }
    }
}
