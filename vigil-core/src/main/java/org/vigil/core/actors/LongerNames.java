package org.vigil.core.actors;

import java.util.Set;
import java.util.function.IntPredicate;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;

/**
 * A state's name, capital or adjective that is one word of a longer proper name names a person or a company, not
 * the state: "Sudesh Amman" and "Paris Hilton" are people, "Air France" and "Canadian Solar" companies. The other
 * word is a capitalised noun the dictionaries do not know (the tagger may call "Solar" a common noun), joined to the
 * state's word as a compound or modifier. A day, a month, a compass word or a body of the state ("Iran Sunday
 * said", "Northern Iraq", "the Montenegro Assembly") leaves the state as it is, and so does an agent noun
 * ("Canadian Police", "Japanese carmaker Toyota").
 */
public final class LongerNames {
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "upper", "lower", "greater", "new", "old",
            // a body of the state keeps it ("the Montenegro Assembly", "Radio Tehran")
            "assembly", "parliament", "council", "court", "commission", "committee", "ministry", "municipality",
            "agency", "radio", "television", "tv", "army", "navy", "police", "republic", "federation", "state");

    private LongerNames() {
    }

    /**
     * Whether tokens first..last (a state's word) are part of a longer proper name.
     *
     * @param known whether the token at an index starts a name or agent noun of the dictionaries
     */
    public static boolean inside(ParsedSentence sentence, int first, int last, IntPredicate known) {
        return joined(sentence, first - 1, first, last, known) || joined(sentence, last + 1, first, last, known);
    }

    private static boolean joined(ParsedSentence sentence, int k, int first, int last, IntPredicate known) {
        if (k < 0 || k >= sentence.size()) {
            return false;
        }
        Token neighbour = sentence.token(k);
        boolean capitalisedNoun = neighbour.isNoun() && Character.isUpperCase(neighbour.word().charAt(0));
        if (!capitalisedNoun || NOT_NAMES.contains(neighbour.lemma()) || known.test(k)) {
            return false;
        }
        if (within(neighbour.head(), first, last) && namePart(neighbour.relation())) {
            return true;
        }
        for (int i = first; i <= last; i++) {
            Token word = sentence.token(i);
            if (word.head() == k && namePart(word.relation())) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(int index, int first, int last) {
        return index >= first && index <= last;
    }

    private static boolean namePart(String relation) {
        return relation.startsWith("compound") || relation.startsWith("flat") || relation.equals("amod");
    }
}
