package org.vigil.core.verbs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.core.cameo.CameoCode;
import org.vigil.core.actors.ActorCodes;
import org.vigil.core.cameo.CameoOntology;
import org.vigil.core.dictionary.TsvLine;

/**
 * One line of {@code verbs.tsv}: a trigger lemma, the words that must hang from it, and the code it gives.
 *
 * @param markers   particles or prepositions that must attach to the trigger; each is a set of alternatives
 * @param objects   lemmas the trigger's object must have; empty when unconstrained
 * @param clauses   lemmas of the open clause (xcomp) the trigger must govern; empty when unconstrained
 * @param impliedAgent the role that performs the act when the sentence names no doer ("was arrested": COP), or null
 * @param judgements words one of which must name what the trigger calls its object ("called the plan a disgrace",
 *                   "described him as a hero"); empty when unconstrained
 */
public record TriggerPattern(CameoCode code, boolean noun, String lemma, List<Set<String>> markers,
                             Set<String> objects, Set<String> clauses, Set<Option> options, String impliedAgent,
                             String source, Set<String> judgements) {

    public enum Option { RECIP, NOTARGET, UNADDRESSED, INTRANSITIVE, PASSIVE_ONLY, ACTIVE_ONLY }

    private static final String AGENT = "agent=";

    public TriggerPattern {
        markers = List.copyOf(markers);
        objects = Set.copyOf(objects);
        clauses = Set.copyOf(clauses);
        judgements = Set.copyOf(judgements);
        options = options.isEmpty() ? Set.of() : Set.copyOf(options);
    }

    /** A pattern that asks no judgement of its object. */
    public TriggerPattern(CameoCode code, boolean noun, String lemma, List<Set<String>> markers, Set<String> objects,
                          Set<String> clauses, Set<Option> options, String impliedAgent, String source) {
        this(code, noun, lemma, markers, objects, clauses, options, impliedAgent, source, Set.of());
    }

    /** A pattern whose act has no implied doer. */
    public TriggerPattern(CameoCode code, boolean noun, String lemma, List<Set<String>> markers, Set<String> objects,
                          Set<String> clauses, Set<Option> options, String source) {
        this(code, noun, lemma, markers, objects, clauses, options, null, source);
    }

    public boolean has(Option option) {
        return options.contains(option);
    }

    /** How specific the pattern is: the more it demands, the more it wins over looser ones. */
    public int specificity() {
        return markers.size() + (objects.isEmpty() ? 0 : 1) + (clauses.isEmpty() ? 0 : 1)
                + (judgements.isEmpty() ? 0 : 1);
    }

    /** From a {@code verbs.tsv} line: code, pos, pattern, options. */
    public static TriggerPattern fromLine(TsvLine line, CameoOntology cameo) {
        CameoCode code = cameo.find(line.get(0))
                .orElseThrow(() -> line.error("unknown CAMEO code '" + line.get(0) + "'"));
        String pos = line.get(1);
        if (!pos.equals("V") && !pos.equals("N")) {
            throw line.error("pos must be V or N: '" + pos + "'");
        }
        String[] items = line.get(2).toLowerCase(Locale.ROOT).trim().split(" +");
        List<Set<String>> markers = new ArrayList<>();
        Set<String> objects = Set.of();
        Set<String> clauses = Set.of();
        Set<String> judgements = Set.of();
        for (int i = 1; i < items.length; i++) {
            String item = items[i];
            if (item.startsWith("{")) {
                if (!item.endsWith("}") || item.length() < 3) {
                    throw line.error("object set must be written {noun|noun}: '" + item + "'");
                }
                objects = alternatives(line, item.substring(1, item.length() - 1));
            } else if (item.startsWith(">")) {
                clauses = alternatives(line, item.substring(1));
            } else if (item.startsWith("=")) {
                judgements = alternatives(line, item.substring(1));
            } else {
                markers.add(alternatives(line, item));
            }
        }
        return new TriggerPattern(code, pos.equals("N"), items[0], markers, objects, clauses,
                options(line), impliedAgent(line), line.file() + ":" + line.number(), judgements);
    }

    private static Set<String> alternatives(TsvLine line, String item) {
        Set<String> words = Set.of(item.split("\\|"));
        if (words.isEmpty() || words.contains("")) {
            throw line.error("empty alternative in '" + item + "'");
        }
        return words;
    }

    private static Set<Option> options(TsvLine line) {
        Set<Option> options = new java.util.HashSet<>();
        for (String word : optionWords(line)) {
            if (word.startsWith(AGENT)) {
                continue;
            }
            switch (word) {
                case "recip" -> options.add(Option.RECIP);
                case "notarget" -> options.add(Option.NOTARGET);
                case "unaddressed" -> options.add(Option.UNADDRESSED);
                case "intransitive" -> options.add(Option.INTRANSITIVE);
                case "passive-only" -> options.add(Option.PASSIVE_ONLY);
                case "active-only" -> options.add(Option.ACTIVE_ONLY);
                default -> throw line.error("unknown option '" + word
                        + "' (recip, notarget, unaddressed, intransitive, passive-only, active-only, agent=ROLE)");
            }
        }
        return options;
    }

    /** {@code agent=COP}: who does the act when no doer is named. */
    private static String impliedAgent(TsvLine line) {
        for (String word : optionWords(line)) {
            if (word.startsWith(AGENT)) {
                String role = word.substring(AGENT.length());
                if (!ActorCodes.ROLES.contains(role)) {
                    throw line.error("unknown role in '" + word + "'");
                }
                return role;
            }
        }
        return null;
    }

    private static List<String> optionWords(TsvLine line) {
        if (line.list(3).isEmpty()) {
            return List.of();
        }
        return Arrays.stream(line.get(3).split(",")).map(String::trim).toList();
    }
}
