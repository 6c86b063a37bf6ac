package org.vigil.store.analytics;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.vigil.core.actors.ActorCodes;
import org.vigil.core.dictionary.DictionaryException;
import org.vigil.core.dictionary.TsvLine;
import org.vigil.core.dictionary.TsvReader;

/** The rules of {@code threat_categories.tsv}: which events belong to which {@link ThreatCategory}. */
public final class ThreatRules {
    /** The shipped rules, on the classpath. */
    public static final String RESOURCE = "/analytics/threat_categories.tsv";

    private static final Pattern CAMEO_PREFIX = Pattern.compile("[0-9]{2,4}");
    private static final Pattern KEYWORD = Pattern.compile("[a-z0-9][a-z0-9 -]*");

    /**
     * One rule; null fields are conditions left out.
     *
     * @param prefix  CAMEO code prefix, or null for any code
     * @param side    {@code any}, {@code source} or {@code target}, or null when there is no role condition
     * @param role    the role that must be on {@code side}, or null
     * @param pattern the RE2 regular expression the lower-cased evidence must match, or null
     */
    public record Rule(ThreatCategory category, String prefix, String side, String role, String pattern) {
    }

    private ThreatRules() {
    }

    /** The shipped rules. */
    public static List<Rule> loadDefault() {
        InputStream in = ThreatRules.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new DictionaryException(RESOURCE, "missing from the classpath", null);
        }
        return load("threat_categories.tsv", in);
    }

    /** Rules from a stream in the format of {@code threat_categories.tsv}; a bad line fails with file:line. */
    public static List<Rule> load(String file, InputStream in) {
        List<Rule> out = new ArrayList<>();
        for (TsvLine line : TsvReader.read(file, in, 5)) {
            out.add(rule(line));
        }
        return List.copyOf(out);
    }

    private static Rule rule(TsvLine line) {
        ThreatCategory category;
        try {
            category = ThreatCategory.parse("category", line.get(0));
        } catch (BadParameterException e) {
            throw line.error("unknown category '" + line.get(0) + "'");
        }
        String prefix = line.get(1).equals("*") ? null : line.get(1);
        if (prefix != null && !CAMEO_PREFIX.matcher(prefix).matches()) {
            throw line.error("cameo must be 2-4 digits or *: '" + prefix + "'");
        }
        String side = null;
        String role = line.optional(2);
        if (role != null) {
            side = "any";
            int colon = role.indexOf(':');
            if (colon >= 0) {
                side = role.substring(0, colon);
                role = role.substring(colon + 1);
                if (!side.equals("source") && !side.equals("target")) {
                    throw line.error("role side must be source or target: '" + line.get(2) + "'");
                }
            }
            if (!ActorCodes.ROLES.contains(role)) {
                throw line.error("unknown role '" + role + "'");
            }
        }
        List<String> keywords = line.list(3);
        for (String k : keywords) {
            if (!KEYWORD.matcher(k).matches()) {
                throw line.error("a keyword has lower-case letters, digits, spaces and hyphens only: '" + k + "'");
            }
        }
        if (prefix == null && role == null && keywords.isEmpty()) {
            throw line.error("a rule needs at least one condition (cameo, role or keywords)");
        }
        String pattern = keywords.isEmpty() ? null : "\\b(?:" + String.join("|", keywords) + ")";
        return new Rule(category, prefix, side, role, pattern);
    }
}
