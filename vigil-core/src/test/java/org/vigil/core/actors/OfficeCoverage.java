package org.vigil.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.vigil.core.dictionary.TsvLine;

/**
 * How many years of a span each state's five offices are held by someone people.tsv names: a year counts when a
 * holder is in office on 1 July. The office words of each state come from {@code newsworthy-states.tsv}.
 */
record OfficeCoverage(String state, Office office, List<Integer> missingYears, int years) {
    enum Office { HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN, DEFENCE, INTERIOR }

    private static final Set<String> QUALIFIERS = Set.of("acting", "interim", "caretaker", "transitional");

    int covered() {
        return years - missingYears.size();
    }

    /** One state's office words by office, from a line of newsworthy-states.tsv and the defaults' line. */
    static Map<Office, Set<String>> words(TsvLine line, TsvLine defaults) {
        Map<Office, Set<String>> words = new java.util.EnumMap<>(Office.class);
        for (Office office : Office.values()) {
            TsvLine source = line.get(office.ordinal() + 1).equals("-") ? defaults : line;
            words.put(office, Set.copyOf(source.list(office.ordinal() + 1).stream()
                    .map(w -> w.toLowerCase(Locale.ROOT)).toList()));
        }
        return words;
    }

    static OfficeCoverage of(String state, Office office, Set<String> words, List<OfficeTerm> people,
                             int firstYear, int lastYear) {
        List<OfficeTerm> holders = people.stream()
                .filter(t -> t.entity().equals(state) && names(t.office(), words)).toList();
        List<Integer> missing = new ArrayList<>();
        IntStream.rangeClosed(firstYear, lastYear).forEach(year -> {
            LocalDate midYear = LocalDate.of(year, 7, 1);
            if (holders.stream().noneMatch(t -> t.holdsOn(midYear))) {
                missing.add(year);
            }
        });
        return new OfficeCoverage(state, office, missing, lastYear - firstYear + 1);
    }

    /**
     * Whether an office ("acting foreign minister", "vice-president and defence minister", "junta leader, prime
     * minister from 2014-08-24") is one of the words.
     */
    static boolean names(String office, Set<String> words) {
        String bare = office.replaceAll("\\s*\\(.*?\\)", "").toLowerCase(Locale.ROOT);
        for (String part : bare.split(",\\s*|\\s+and\\s+")) {
            part = part.replaceAll("\\s+(from|until)\\s+\\d{4}-\\d{2}-\\d{2}$", "");
            String[] tokens = part.trim().split("\\s+", 2);
            String unqualified = tokens.length == 2 && QUALIFIERS.contains(tokens[0]) ? tokens[1] : part.trim();
            if (words.contains(unqualified)) {
                return true;
            }
        }
        return false;
    }

    /** The missing years as spans: "1990-2014, 2019". */
    String gaps() {
        List<String> spans = new ArrayList<>();
        for (int i = 0; i < missingYears.size(); i++) {
            int start = missingYears.get(i);
            while (i + 1 < missingYears.size() && missingYears.get(i + 1) == missingYears.get(i) + 1) {
                i++;
            }
            int end = missingYears.get(i);
            spans.add(start == end ? String.valueOf(start) : start + "-" + end);
        }
        return String.join(", ", spans);
    }
}
