package org.vigil.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigil.core.actors.OfficeCoverage.Office;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.dictionary.TsvLine;
import org.vigil.core.dictionary.TsvReader;

/**
 * people.tsv's coverage of the five offices of the 60 most newsworthy states, 1990-2026, as a number: the share of
 * state-office-years with a named holder is pinned as a floor (raise it as the file grows), and the gaps are written
 * to target/office-coverage.tsv, largest first.
 */
class OfficeCoverageTest {
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2026;
    /** Measured on the people.tsv of this commit; a fall means office terms were lost. */
    private static final double FLOOR = 0.828;

    @Test
    void aYearCountsWhenSomeoneHoldsTheOfficeOnFirstJuly() {
        List<OfficeTerm> people = List.of(
                term("ABC", "foreign minister", "1989-05-01", "1992-08-01"),
                term("ABC", "acting foreign minister", "1992-08-01", "1993-03-01"),
                term("ABC", "vice-president and foreign minister (approx.)", "1995-01-01", "1996-12-31"),
                term("XYZ", "foreign minister", "1993-01-01", "1994-12-31"),
                term("ABC", "junta leader, foreign minister from 1997-06-01", "1997-01-01", "1997-12-31"),
                term("ABC", "deputy foreign minister", "1993-01-01", "1994-12-31"));
        OfficeCoverage coverage = OfficeCoverage.of("ABC", Office.FOREIGN, Set.of("foreign minister"), people,
                1990, 1998);

        assertThat(coverage.missingYears()).containsExactly(1993, 1994, 1998);
        assertThat(coverage.covered()).isEqualTo(6);
        assertThat(coverage.gaps()).isEqualTo("1993-1994, 1998");
    }

    @Test
    void openTermsRunToTheEndOfTheSpan() {
        List<OfficeTerm> people = List.of(term("ABC", "president", "2020-01-01", null));
        assertThat(OfficeCoverage.of("ABC", Office.HEAD_OF_STATE, Set.of("president"), people, 2019, 2026)
                .gaps()).isEqualTo("2019");
    }

    @Test
    void sixtyNewsworthyStatesAreCoveredAtLeastAsWellAsBefore() throws IOException {
        List<TsvLine> lines = states();
        TsvLine defaults = lines.get(0);
        assertThat(defaults.get(0)).isEqualTo("*");
        Dictionaries dictionaries = Dictionaries.loadDefault();
        Set<String> known = dictionaries.countries().stream().map(Country::code).collect(Collectors.toSet());
        List<TsvLine> stateLines = lines.subList(1, lines.size());
        assertThat(stateLines.stream().map(l -> l.get(0)).distinct().count()).isEqualTo(60);
        assertThat(known).containsAll(stateLines.stream().map(l -> l.get(0)).toList());

        List<OfficeCoverage> coverage = new ArrayList<>();
        for (TsvLine line : stateLines) {
            Map<Office, Set<String>> words = OfficeCoverage.words(line, defaults);
            for (Office office : Office.values()) {
                coverage.add(OfficeCoverage.of(line.get(0), office, words.get(office), dictionaries.people(),
                        FIRST_YEAR, LAST_YEAR));
            }
        }
        double share = coverage.stream().mapToInt(OfficeCoverage::covered).sum()
                / (double) coverage.stream().mapToInt(OfficeCoverage::years).sum();
        Path report = write(coverage);
        System.out.printf("people.tsv covers %.5f of the state-office-years %d-%d (gaps in %s)%n", share,
                FIRST_YEAR, LAST_YEAR, report);
        assertThat(share).isGreaterThanOrEqualTo(FLOOR);
    }

    private static Path write(List<OfficeCoverage> coverage) throws IOException {
        List<String> rows = new ArrayList<>(List.of("# state\toffice\tyears covered\tmissing years"));
        coverage.stream().filter(c -> !c.missingYears().isEmpty())
                .sorted(Comparator.comparingInt((OfficeCoverage c) -> c.missingYears().size()).reversed()
                        .thenComparing(OfficeCoverage::state))
                .forEach(c -> rows.add(c.state() + "\t" + c.office().name().toLowerCase() + "\t"
                        + c.covered() + "/" + c.years() + "\t" + c.gaps()));
        Path report = Path.of("target", "office-coverage.tsv");
        Files.createDirectories(report.getParent());
        Files.write(report, rows);
        return report;
    }

    private static List<TsvLine> states() throws IOException {
        try (InputStream in = OfficeCoverageTest.class.getResourceAsStream("/coverage/newsworthy-states.tsv")) {
            return TsvReader.read("newsworthy-states.tsv", in, 6);
        }
    }

    private static OfficeTerm term(String state, String office, String from, String to) {
        return new OfficeTerm(List.of("Someone"), state, "GOV", LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), office);
    }
}
