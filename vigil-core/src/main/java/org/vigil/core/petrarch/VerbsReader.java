package org.vigil.core.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.core.cameo.CameoCode;
import org.vigil.core.cameo.CameoOntology;
import org.vigil.core.verbs.TriggerPattern;

/**
 * Reads a PETRARCH verb dictionary: synsets ({@code &NAME} then {@code +WORD} lines), blocks headed
 * {@code --- NAME [CODE] ---} listing verbs ({@code WORD {FORMS} [CODE]}) and patterns ({@code - WORDS * WORDS [CODE]}).
 * Each verb of a block gets the block's code and every pattern of the block. Patterns are written for constituency
 * trees; those with a dependency equivalent ({@link PatternItems}) are taken, the others left out with the reason.
 */
final class VerbsReader {
    static final String VERBS = "verbs";
    static final String PATTERNS = "verb patterns";
    static final String SYNSETS = "synsets";
    static final String TRANSFORMATIONS = "transformations";
    private static final Pattern HEADER = Pattern.compile("---\\s*(.*?)\\s*\\[([^\\]]*)\\]\\s*---");
    private static final Pattern CODED = Pattern.compile("(.*?)\\s*\\[([^\\]]*)\\]\\s*");
    private static final Set<String> SLOTS = Set.of("$", "+", "%");

    private final CameoOntology cameo;
    private final LoadReport report;
    private final Map<String, Set<String>> synsets = new LinkedHashMap<>();
    private final List<TriggerPattern> out = new ArrayList<>();
    private String synset;
    private CameoCode blockCode;
    private final List<String> blockVerbs = new ArrayList<>();

    VerbsReader(CameoOntology cameo, LoadReport report) {
        this.cameo = cameo;
        this.report = report;
    }

    List<TriggerPattern> read(List<SourceLines.Line> lines) {
        for (SourceLines.Line line : lines) {
            String text = line.text();
            Matcher header = HEADER.matcher(text);
            if (header.matches()) {
                synset = null;
                blockVerbs.clear();
                blockCode = code(header.group(2)).orElse(null);
            } else if (text.startsWith("~")) {
                // "~ a (a b ATTACK) SAY = a b 015": rewrites of PETRARCH's constituency-tree events
                report.leaveOut(TRANSFORMATIONS, "rewrite of constituency-tree events");
            } else if (text.startsWith("&")) {
                synset = text.substring(1).replaceAll("_$", "").trim().toUpperCase(Locale.ROOT);
                synsets.put(synset, new LinkedHashSet<>());
                report.take(SYNSETS);
            } else if (text.startsWith("+") && synset != null) {
                synsets.get(synset).addAll(members(text.substring(1).trim()));
            } else if (text.startsWith("-")) {
                synset = null;
                pattern(line, text.substring(1).trim());
            } else {
                synset = null;
                verb(line, text.startsWith("+") ? text.substring(1) : text);
            }
        }
        return out;
    }

    private Set<String> members(String member) {
        if (member.startsWith("&")) {
            return synsets.getOrDefault(member.substring(1).replaceAll("_$", "").toUpperCase(Locale.ROOT), Set.of());
        }
        String[] words = Phrases.lemmas(member).split(" ");
        return Set.of(words[words.length - 1]);
    }

    /** WORD {FORMS} [CODE]: the lemma is the first word; further words must be particles ("call off"). */
    private void verb(SourceLines.Line line, String text) {
        Matcher coded = CODED.matcher(text);
        String words = coded.matches() ? coded.group(1) : text;
        CameoCode code = coded.matches() ? code(coded.group(2)).orElse(null) : blockCode;
        words = words.replaceAll("\\{[^}]*\\}", "").trim();
        String[] parts = Phrases.lemmas(words).split(" ");
        if (parts[0].isEmpty() || !parts[0].matches("[a-z][a-z'-]*")) {
            report.problem(line, VERBS, "not a verb (WORD {FORMS} [CODE]): '" + text + "'");
            return;
        }
        List<Set<String>> particles = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (!PatternItems.PREPOSITIONS.contains(parts[i])) {
                report.leaveOut(VERBS, "multi-word verb");
                return;
            }
            particles.add(Set.of(parts[i]));
        }
        String lemma = parts[0];
        blockVerbs.add(lemma);
        report.take(VERBS);
        if (code != null) {
            out.add(new TriggerPattern(code, false, lemma, particles, Set.of(), Set.of(), Set.of(), line.where()));
        }
    }

    private void pattern(SourceLines.Line line, String text) {
        Matcher coded = CODED.matcher(text);
        if (!coded.matches()) {
            report.problem(line, PATTERNS, "a pattern needs a code in brackets: '" + text + "'");
            return;
        }
        Optional<CameoCode> code = code(coded.group(2));
        if (code.isEmpty()) {
            report.leaveOut(PATTERNS, "not a CAMEO code");
            return;
        }
        if (blockVerbs.isEmpty()) {
            report.problem(line, PATTERNS, "a pattern with no verb before it");
            return;
        }
        List<String> words = List.of(coded.group(1).replaceAll("[(){}]", " ").replace('_', ' ').trim().split("\\s+"));
        int star = words.indexOf("*");
        if (star < 0) {
            report.leaveOut(PATTERNS, "no verb position (*)");
            return;
        }
        if (!SLOTS.containsAll(words.subList(0, star))) {
            report.leaveOut(PATTERNS, "words before the verb");
            return;
        }
        List<Set<String>> after = new ArrayList<>();
        for (String w : words.subList(star + 1, words.size())) {
            if (!SLOTS.contains(w)) {
                after.add(w.startsWith("&") ? members(w) : Set.of(w.toLowerCase(Locale.ROOT)));
            }
        }
        if (after.stream().anyMatch(Set::isEmpty)) {
            report.leaveOut(PATTERNS, "unknown synset");
            return;
        }
        try {
            PatternItems items = PatternItems.of(after);
            for (String verb : blockVerbs) {
                out.add(new TriggerPattern(code.get(), false, verb, items.markers(), items.objects(), items.clauses(),
                        Set.of(), line.where()));
            }
            report.take(PATTERNS);
        } catch (PatternItems.NoEquivalent e) {
            report.leaveOut(PATTERNS, e.getMessage());
        }
    }

    /** A CAMEO code known to the ontology; of a pair "013:012" (PETRARCH's code for the reverse) the first. */
    private Optional<CameoCode> code(String written) {
        String code = written.trim();
        int colon = code.indexOf(':');
        return cameo.find(colon < 0 ? code : code.substring(0, colon));
    }
}
