package org.vigil.store.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For the events of a bloc pair's page, the bloc each side counted for and its status there on the event's date
 * ("ARM: CSTO member" on 2024-02-06, "ARM: NATO partner" on 2024-03-11), by the rule of {@link Filters#blocPair}: a
 * side counts for the bloc where it stands stronger. Shown on each event card, so that no one has to work out from
 * the membership list which status a state had that day.
 */
public final class BlocSides {
    /** The bloc a side counted for and its status there ({@code self} for the organisation itself). */
    public record Side(String bloc, String status) {
    }

    /** Both sides of one event. */
    public record Sides(Side source, Side target) {
    }

    private record Standing(String entity, String bloc, String status, int rank, LocalDate from, LocalDate to) {
        boolean holdsOn(LocalDate day) {
            return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
        }
    }

    private BlocSides() {
    }

    /** By event id, for the dated events between two parties; events that fit neither bloc are left out. */
    static Map<String, Sides> of(Connection c, List<EventView> events, String a, String b, Statuses statuses)
            throws SQLException {
        Set<String> entities = new LinkedHashSet<>();
        for (EventView e : events) {
            entities.add(e.source().entity());
            if (e.target() != null) {
                entities.add(e.target().entity());
            }
        }
        Map<String, Sides> out = new LinkedHashMap<>();
        if (entities.isEmpty()) {
            return out;
        }
        List<Standing> standings = standings(c, entities, a, b, statuses);
        for (EventView e : events) {
            if (e.date() == null || e.target() == null) {
                continue;
            }
            LocalDate day = LocalDate.parse(e.date());
            Side source = side(standings, e.source().entity(), day, a, b);
            Side target = side(standings, e.target().entity(), day, a, b);
            if (source != null && target != null) {
                out.put(e.id(), new Sides(source, target));
            }
        }
        return out;
    }

    private static List<Standing> standings(Connection c, Set<String> entities, String a, String b,
                                            Statuses statuses) throws SQLException {
        List<Standing> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT entity, bloc, status, rank, date_from, date_to FROM "
                + AnalyticsTables.SCHEMA + ".bloc_members WHERE (bloc = ? OR bloc = ?)"
                + " AND list_contains(string_split(?, ','), status) AND list_contains(string_split(?, ','), entity)")) {
            Sql.bind(p, List.of(a, b, statuses.sqlList(), String.join(",", entities)));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Standing(r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
                            r.getObject(5, LocalDate.class), r.getObject(6, LocalDate.class)));
                }
            }
        }
        return out;
    }

    /** The bloc where the entity stands strictly stronger on the day, or null (in neither, or as strong in both). */
    private static Side side(List<Standing> standings, String entity, LocalDate day, String a, String b) {
        Standing inA = strongest(standings, entity, day, a);
        Standing inB = strongest(standings, entity, day, b);
        int ra = inA == null ? Integer.MAX_VALUE : inA.rank();
        int rb = inB == null ? Integer.MAX_VALUE : inB.rank();
        if (ra == rb) {
            return null;
        }
        Standing s = ra < rb ? inA : inB;
        return new Side(s.bloc(), s.status());
    }

    private static Standing strongest(List<Standing> standings, String entity, LocalDate day, String bloc) {
        Standing best = null;
        for (Standing s : standings) {
            if (s.entity().equals(entity) && s.bloc().equals(bloc) && s.holdsOn(day)
                    && (best == null || s.rank() < best.rank())) {
                best = s;
            }
        }
        return best;
    }
}
