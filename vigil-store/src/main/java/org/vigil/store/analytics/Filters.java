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
     * Events between blocs a and b (docs/analytics.md, "Blocs"): the source sides with one bloc and the target
     * with the other on the event's date. A state sides with a bloc when it holds one of the statuses asked in
     * it, and no stronger one in the other (self > member > partner > observer > candidate > suspended); equal
     * standing in both leaves it with neither. Undated events never count.
     */
    static void blocPair(Sql sql, String a, String b, Direction d, Statuses statuses) {
        String list = statuses.sqlList();
        // source sides with the first bloc, target with the second
        String ab = rank("source") + " < " + rank("source") + " AND " + rank("target") + " < " + rank("target");
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

    /** The side's strongest standing (lowest rank) in bloc ? with statuses ? on the event's date; 99 for none. */
    private static String rank(String side) {
        return "coalesce((SELECT min(bm.rank) FROM " + AnalyticsTables.SCHEMA + ".bloc_members bm WHERE bm.bloc = ?"
                + " AND bm.entity = e." + side + "_entity AND list_contains(string_split(?, ','), bm.status)"
                + " AND (bm.date_from IS NULL OR bm.date_from <= e.date) AND (bm.date_to IS NULL OR bm.date_to >= e.date)), 99)";
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
