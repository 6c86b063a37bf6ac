package org.vigil.store.analytics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.core.actors.Membership;

/**
 * Which membership statuses make a state part of a bloc: {@code member} (the default), {@code all} (member,
 * partner, observer) or a comma list of statuses from {@code memberships.tsv}.
 */
public record Statuses(List<String> values) {
    public static final Statuses MEMBERS = new Statuses(List.of("member"));
    public static final Statuses ALL = new Statuses(List.of("member", "partner", "observer"));

    /** The status the organisation itself has in its own bloc, in {@code vigil_analytics.bloc_members}. */
    static final String SELF = "self";

    /** Status strength, strongest first: a state in both blocs of a pair sides with its stronger status. */
    private static final List<String> STRENGTH = List.of(SELF, "member", "partner", "observer", "candidate",
            "suspended");

    /** 0 for the organisation itself, 1 member, 2 partner, 3 observer, 4 candidate, 5 suspended. */
    static int rank(String status) {
        int r = STRENGTH.indexOf(status);
        if (r < 0) {
            throw new IllegalArgumentException("unknown membership status: " + status);
        }
        return r;
    }

    public Statuses {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no statuses");
        }
    }

    public static Statuses parse(String parameter, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("all")) {
            return ALL;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : v.split(",")) {
            String status = s.trim();
            if (!Membership.STATUSES.contains(status)) {
                throw new BadParameterException(parameter, "must be member, all, or a comma list of "
                        + new ArrayList<>(new java.util.TreeSet<>(Membership.STATUSES)) + ": '" + value + "'");
            }
            out.add(status);
        }
        return new Statuses(new ArrayList<>(out));
    }

    /** The statuses as one comma-separated SQL parameter (with the organisation's own {@code self}). */
    String sqlList() {
        return String.join(",", values) + "," + SELF;
    }
}
