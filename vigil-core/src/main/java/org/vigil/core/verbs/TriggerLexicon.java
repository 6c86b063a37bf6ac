package org.vigil.core.verbs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The trigger patterns, indexed by lemma and part of speech, in file order. */
public final class TriggerLexicon {
    private final Map<String, List<TriggerPattern>> verbs = new HashMap<>();
    private final Map<String, List<TriggerPattern>> nouns = new HashMap<>();
    private final List<TriggerPattern> patterns;

    public TriggerLexicon(List<TriggerPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        for (TriggerPattern p : patterns) {
            // "call|describe|label =disgrace|...": one line for verbs that take the same items
            for (String lemma : p.lemma().split("\\|")) {
                (p.noun() ? nouns : verbs).computeIfAbsent(lemma, k -> new ArrayList<>()).add(p);
            }
        }
        verbs.replaceAll((k, v) -> List.copyOf(v));
        nouns.replaceAll((k, v) -> List.copyOf(v));
    }

    public List<TriggerPattern> verbPatterns(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    public List<TriggerPattern> nounPatterns(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    /** All patterns, in file order. */
    public List<TriggerPattern> patterns() {
        return patterns;
    }

    public boolean isTriggerLemma(String lemma) {
        return verbs.containsKey(lemma) || nouns.containsKey(lemma);
    }

    public int size() {
        return verbs.values().stream().mapToInt(List::size).sum() + nouns.values().stream().mapToInt(List::size).sum();
    }
}
