package org.vigil.core.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.core.actors.ActorCodes;
import org.vigil.core.actors.RoleNoun;

/**
 * Reads a PETRARCH agents dictionary: {@code PHRASE {PLURALS} [~CODE]} lines and {@code !NAME! = A, B} substitution
 * sets. Vigil matches agent nouns on lemmas, so PETRARCH's plurals ({@code ~} regular, {@code {...}} irregular) are
 * not needed; a code is taken when its first role is one of Vigil's (roles.tsv) and left out otherwise.
 */
final class AgentsReader {
    static final String KIND = "agents";
    private static final Pattern SUBSTITUTION = Pattern.compile("!([A-Z0-9_]+)!\\s*=\\s*(.+)");
    private static final Pattern ENTRY = Pattern.compile("([^\\[{]+?)\\s*(\\{[^}]*\\})?\\s*\\[\\s*([^\\]]*?)\\s*\\]");

    private final LoadReport report;
    private final Map<String, List<String>> substitutions = new LinkedHashMap<>();

    AgentsReader(LoadReport report) {
        this.report = report;
    }

    List<RoleNoun> read(List<SourceLines.Line> lines) {
        List<RoleNoun> roles = new ArrayList<>();
        for (SourceLines.Line line : lines) {
            Matcher sub = SUBSTITUTION.matcher(line.text());
            if (sub.matches()) {
                substitutions.put("!" + sub.group(1) + "!",
                        List.of(sub.group(2).trim().split("\\s*,\\s*")));
                continue;
            }
            Matcher entry = ENTRY.matcher(line.text());
            if (!entry.matches()) {
                report.problem(line, KIND, "not an agent (PHRASE [~CODE] or PHRASE {PLURALS} [~CODE]): '"
                        + line.text() + "'");
                continue;
            }
            String code = entry.group(3);
            if (!code.startsWith("~") || code.length() < 4) {
                report.leaveOut(KIND, code.endsWith("~") ? "code before the actor (XXX~)" : "not a ~ROLE code");
                continue;
            }
            String role = code.substring(1, 4).toUpperCase(java.util.Locale.ROOT);
            if (!ActorCodes.ROLES.contains(role)) {
                report.leaveOut(KIND, "role not among Vigil's (" + role + ")");
                continue;
            }
            for (String phrase : expanded(entry.group(1))) {
                roles.add(new RoleNoun(List.of(Phrases.lemmas(phrase).split(" ")), role, false));
            }
            report.take(KIND);
        }
        return roles;
    }

    /** CONGRESS!PERSON! with !PERSON! = MAN, WOMAN: CONGRESSMAN, CONGRESSWOMAN. */
    private List<String> expanded(String phrase) {
        for (Map.Entry<String, List<String>> s : substitutions.entrySet()) {
            if (phrase.contains(s.getKey())) {
                List<String> out = new ArrayList<>();
                for (String value : s.getValue()) {
                    out.addAll(expanded(phrase.replace(s.getKey(), value)));
                }
                return out;
            }
        }
        return List.of(phrase);
    }
}
