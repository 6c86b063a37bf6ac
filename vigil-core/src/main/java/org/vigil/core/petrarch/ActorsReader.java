package org.vigil.core.petrarch;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.core.actors.ActorCodes;
import org.vigil.core.actors.Country;
import org.vigil.core.actors.OfficeTerm;
import org.vigil.core.actors.Organization;
import org.vigil.core.dictionary.Additions;

/**
 * Reads a PETRARCH/TABARI actor dictionary (docs/dictionaries.md, "PETRARCH dictionaries"). An entry is a name
 * line, {@code +} variant lines, and one or more codes in brackets, each with an optional date restriction
 * ({@code [HOB <950601]}, {@code [HOBGOV 19950601-19990815]}, {@code [HOBREB >990816]}). An entry with dated codes
 * becomes office terms (people.tsv); one with a single undated code a state (a bare 3-letter code: countries.tsv)
 * or a named actor (organizations.tsv).
 */
final class ActorsReader {
    static final String KIND = "actors";
    private static final Pattern CODE = Pattern.compile(
            "([^\\s<>\\]]+)\\s*(?:([<>])\\s*(\\d{6}|\\d{8})|(\\d{6}|\\d{8})\\s*-\\s*(\\d{6}|\\d{8}))?");
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\]]*)\\]");

    private record DatedCode(String code, LocalDate from, LocalDate to) {
        boolean dated() {
            return from != null || to != null;
        }
    }

    private final LoadReport report;
    private final Map<String, Set<String>> countries = new LinkedHashMap<>();
    private final List<Organization> organizations = new ArrayList<>();
    private final List<OfficeTerm> people = new ArrayList<>();
    private SourceLines.Line entryLine;
    private List<String> names;
    private List<DatedCode> codes;
    /** PETRARCH's {@code [ELR/GAL]}: one name for several actors at once, which Vigil has no entry for. */
    private boolean severalActors;

    ActorsReader(LoadReport report) {
        this.report = report;
    }

    Additions read(List<SourceLines.Line> lines) {
        for (SourceLines.Line line : lines) {
            String text = line.text();
            if (text.startsWith("[")) {
                if (entryLine == null) {
                    report.problem(line, KIND, "a code with no name before it");
                } else {
                    codes(line, text);
                }
            } else if (text.startsWith("+")) {
                if (entryLine == null) {
                    report.problem(line, KIND, "a variant with no name before it");
                } else {
                    names.addAll(Phrases.names(nameOf(text.substring(1))));
                    codes(line, text);
                }
            } else {
                finish();
                entryLine = line;
                names = new ArrayList<>(Phrases.names(nameOf(text)));
                codes = new ArrayList<>();
                codes(line, text);
            }
        }
        finish();
        List<Country> states = new ArrayList<>();
        countries.forEach((code, n) -> states.add(new Country(code, List.copyOf(n), List.of(), List.of(), List.of())));
        return new Additions(states, organizations, people, List.of(), List.of(), List.of());
    }

    private static String nameOf(String text) {
        int bracket = text.indexOf('[');
        return (bracket < 0 ? text : text.substring(0, bracket)).trim();
    }

    private void codes(SourceLines.Line line, String text) {
        Matcher brackets = BRACKETS.matcher(text);
        while (brackets.find()) {
            Matcher m = CODE.matcher(brackets.group(1).trim());
            if (m.matches() && m.group(1).contains("/")) {
                severalActors = true;
                continue;
            }
            if (!m.matches()) {
                report.problem(line, KIND, "not a code with an optional date ([CODE], [CODE >YYMMDD], "
                        + "[CODE <YYMMDD], [CODE YYMMDD-YYMMDD]): '[" + brackets.group(1) + "]'");
                continue;
            }
            try {
                String code = PetrarchCode.toVigil(m.group(1));
                LocalDate from = null;
                LocalDate to = null;
                if (">".equals(m.group(2))) {
                    from = date(m.group(3));
                } else if ("<".equals(m.group(2))) {
                    to = date(m.group(3)).minusDays(1);
                } else if (m.group(4) != null) {
                    from = date(m.group(4));
                    to = date(m.group(5));
                    if (to.isBefore(from)) {
                        throw new IllegalArgumentException("date range ends before it starts: '" + brackets.group(1) + "'");
                    }
                }
                codes.add(new DatedCode(code, from, to));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                report.problem(line, KIND, e.getMessage());
            }
        }
    }

    /** YYMMDD (as PETRARCH reads them, years from 30 are 19xx) or YYYYMMDD. */
    static LocalDate date(String digits) {
        String full = digits.length() == 8 ? digits
                : (Integer.parseInt(digits.substring(0, 2)) >= 30 ? "19" : "20") + digits;
        return LocalDate.parse(full, DateTimeFormatter.BASIC_ISO_DATE);
    }

    private void finish() {
        if (entryLine == null) {
            return;
        }
        if (names.isEmpty()) {
            report.problem(entryLine, KIND, "an actor with no name");
        } else if (severalActors) {
            report.leaveOut(KIND, "several actors in one code (A/B)");
        } else if (codes.isEmpty()) {
            report.leaveOut(KIND, "no code");
        } else if (codes.stream().anyMatch(DatedCode::dated)) {
            addPerson();
        } else {
            addUndated(codes.get(0).code());
        }
        entryLine = null;
        severalActors = false;
    }

    /** Dated codes first: an undated code is the default for the dates the others leave open. */
    private void addPerson() {
        List<DatedCode> ordered = new ArrayList<>(codes.stream().filter(DatedCode::dated).toList());
        ordered.addAll(codes.stream().filter(c -> !c.dated()).toList());
        for (DatedCode c : ordered) {
            String[] code = ActorCodes.split(c.code());
            people.add(new OfficeTerm(names, code[0], code[1], c.from(), c.to(), "PETRARCH actor"));
        }
        report.take(KIND);
    }

    private void addUndated(String vigilCode) {
        String[] code = ActorCodes.split(vigilCode);
        if (code[1] == null && ActorCodes.isState(code[0])) {
            countries.computeIfAbsent(code[0], k -> new LinkedHashSet<>()).addAll(names);
        } else {
            organizations.add(new Organization(code[0], code[1], names, kind(code), List.of()));
        }
        report.take(KIND);
    }

    private static String kind(String[] code) {
        if (code[0].startsWith("IGO")) {
            return "IGO";
        }
        if (code[0].startsWith("NGO")) {
            return "NGO";
        }
        return code[0].startsWith("IMG") || "REB".equals(code[1]) || "INS".equals(code[1]) ? "ARMED" : "STATE";
    }
}
