package org.vigil.core.actors;

import java.time.LocalDate;
import java.util.Set;
import org.vigil.core.dictionary.TsvLine;

/** A state's status in an organisation over a period; {@code from}/{@code to} null when open. */
public record Membership(String organization, String member, String status, LocalDate from, LocalDate to) {
    public static final Set<String> STATUSES = Set.of("member", "partner", "observer", "candidate", "suspended");

    public boolean holdsOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** From a {@code memberships.tsv} line: organization, member, status, from, to. */
    public static Membership fromLine(TsvLine line) {
        String status = line.get(2);
        if (!STATUSES.contains(status)) {
            throw line.error("status must be one of " + STATUSES + ": '" + status + "'");
        }
        if (!ActorCodes.isState(line.get(1))) {
            throw line.error("member is not an ISO 3166-1 alpha-3 code: '" + line.get(1) + "'");
        }
        LocalDate from = line.date(3);
        LocalDate to = line.date(4);
        if (from != null && to != null && to.isBefore(from)) {
            throw line.error("ends (" + to + ") before it starts (" + from + ")");
        }
        return new Membership(line.get(0), line.get(1), status, from, to);
    }
}
