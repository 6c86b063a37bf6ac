package org.vigil.core.cameo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.core.dictionary.TsvLine;

/**
 * News that is not politics ({@code domains.tsv}): the words that mark a sports or market report and the CAMEO
 * roots whose verbs such reports use in another sense ("stormed to gold", "yields hit a high").
 */
public final class OtherDomains {
    /** One domain: its marking phrases (each a list of lemmas) and the roots it suppresses. */
    public record Domain(String name, List<List<String>> phrases, Set<String> roots) {
        public Domain {
            phrases = List.copyOf(phrases);
            roots = Set.copyOf(roots);
        }
    }

    private final List<Domain> domains;

    private OtherDomains(List<Domain> domains) {
        this.domains = List.copyOf(domains);
    }

    public List<Domain> domains() {
        return domains;
    }

    public static OtherDomains fromLines(List<TsvLine> lines) {
        Map<String, List<List<String>>> phrases = new HashMap<>();
        Map<String, Set<String>> roots = new HashMap<>();
        for (TsvLine line : lines) {
            String domain = line.get(0);
            String value = line.get(2).toLowerCase(Locale.ROOT).trim();
            switch (line.get(1)) {
                case "word" -> phrases.computeIfAbsent(domain, d -> new ArrayList<>())
                        .add(List.of(value.split(" +")));
                case "root" -> {
                    if (!value.matches("\\d{2}")) {
                        throw line.error("root must be two digits: '" + value + "'");
                    }
                    roots.computeIfAbsent(domain, d -> new HashSet<>()).add(value);
                }
                default -> throw line.error("kind must be word or root: '" + line.get(1) + "'");
            }
        }
        List<Domain> out = new ArrayList<>();
        for (String name : phrases.keySet().stream().sorted().toList()) {
            if (!roots.containsKey(name)) {
                throw new IllegalArgumentException("domains.tsv: domain '" + name + "' names no root");
            }
            out.add(new Domain(name, phrases.get(name), roots.get(name)));
        }
        return new OtherDomains(out);
    }
}
