package org.vigil.core.actors;

import java.time.LocalDate;
import java.util.List;
import org.vigil.core.dictionary.TsvLine;

/** One person in one office for one period: a line of {@code people.tsv}. */
public record OfficeTerm(List<String> names, String entity, String role, LocalDate from, LocalDate to,
                         String office) {
    public OfficeTerm {
        names = List.copyOf(names);
    }

    public boolean holdsOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** From a {@code people.tsv} line: names, actor, from, to, office. */
    public static OfficeTerm fromLine(TsvLine line) {
        String[] code;
        try {
            code = ActorCodes.split(line.get(1));
        } catch (IllegalArgumentException e) {
            throw line.error(e.getMessage());
        }
        LocalDate from = line.date(2);
        LocalDate to = line.date(3);
        if (from != null && to != null && to.isBefore(from)) {
            throw line.error("term ends (" + to + ") before it starts (" + from + ")");
        }
        if (line.list(0).isEmpty()) {
            throw line.error("a person needs at least one name");
        }
        return new OfficeTerm(line.list(0), code[0], code[1], from, to, line.get(4));
    }
}
