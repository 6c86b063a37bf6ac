package org.vigil.core.coding;

import java.util.Set;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;
import org.vigil.core.parse.SentenceFilter;
import org.vigil.core.verbs.TriggerLexicon;

/**
 * The pre-filter (CODER.md §1): a sentence can yield an event only if it holds a trigger lemma and something that
 * can be an actor (a dictionary name, an agent noun, or a pronoun that may point back to one). Everything else
 * skips the dependency parse.
 */
public final class CandidateFilter implements SentenceFilter {
    private static final Set<String> REFERRING = Set.of("PRP", "PRP$");

    private final MentionFinder mentions;
    private final TriggerLexicon triggers;

    public CandidateFilter(Dictionaries dictionaries) {
        this.mentions = new MentionFinder(dictionaries);
        this.triggers = dictionaries.triggers();
    }

    @Override
    public boolean needsParse(ParsedSentence shallow) {
        boolean trigger = false;
        boolean pronoun = false;
        for (Token t : shallow.tokens()) {
            // a trigger lemma counts in the part of speech its patterns are written for ("strike" the verb or noun)
            trigger |= (t.isVerb() && !triggers.verbPatterns(t.lemma()).isEmpty())
                    || (t.isNoun() && !triggers.nounPatterns(t.lemma()).isEmpty());
            pronoun |= REFERRING.contains(t.tag());
        }
        return trigger && (pronoun || !mentions.find(shallow, null).isEmpty());
    }
}
