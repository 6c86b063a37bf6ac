package org.vigil.core.petrarch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dependency reading of one PETRARCH verb pattern's words after the verb ({@code *}): prepositions and
 * particles become markers, {@code TO verb} an open clause, a noun group the object (its head, the last word).
 * A pattern that needs more than that (a noun inside a prepositional phrase, a second object) is left out with
 * the reason.
 */
record PatternItems(List<Set<String>> markers, Set<String> objects, Set<String> clauses) {
    static final Set<String> PREPOSITIONS = Set.of("about", "above", "across", "after", "against", "along", "among",
            "around", "as", "at", "away", "back", "before", "behind", "below", "beside", "between", "beyond", "by",
            "down", "during", "for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto", "out",
            "outside", "over", "past", "since", "through", "throughout", "to", "toward", "towards", "under", "until",
            "up", "upon", "with", "within", "without");

    /** Thrown when a pattern has no clear dependency equivalent; the message is the reason, for the summary. */
    static final class NoEquivalent extends Exception {
        NoEquivalent(String reason) {
            super(reason);
        }
    }

    /** @param words the pattern's words after {@code *}, actor slots removed, synset references expanded */
    static PatternItems of(List<Set<String>> words) throws NoEquivalent {
        List<Set<String>> markers = new java.util.ArrayList<>();
        Set<String> objects = Set.of();
        Set<String> clauses = Set.of();
        Set<String> group = null;
        for (int i = 0; i < words.size(); i++) {
            Set<String> word = words.get(i);
            if (word.equals(Set.of("to")) && i + 1 < words.size() && !PREPOSITIONS.containsAll(words.get(i + 1))
                    && clauses.isEmpty() && objects.isEmpty() && group == null) {
                clauses = words.get(++i);
            } else if (PREPOSITIONS.containsAll(word)) {
                if (group != null) {
                    objects = nouns(group);
                    group = null;
                }
                markers.add(word);
            } else if (!markers.isEmpty() || !objects.isEmpty() || !clauses.isEmpty()) {
                throw new NoEquivalent(!markers.isEmpty() ? "noun after a preposition" : "words after the object");
            } else {
                group = word;
            }
        }
        if (group != null) {
            objects = nouns(group);
        }
        return new PatternItems(markers, objects, clauses);
    }

    /** The object's lemmas: each word as written and, for a plural, its singular (Vigil matches lemmas). */
    private static Set<String> nouns(Set<String> heads) {
        Set<String> out = new LinkedHashSet<>();
        for (String head : heads) {
            String w = head.toLowerCase(Locale.ROOT);
            out.add(w);
            if (w.endsWith("ies") && w.length() > 4) {
                out.add(w.substring(0, w.length() - 3) + "y");
            } else if (w.matches(".*(ss|x|ch|sh)es")) {
                out.add(w.substring(0, w.length() - 2));
            } else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
                out.add(w.substring(0, w.length() - 1));
            }
        }
        return out;
    }
}
