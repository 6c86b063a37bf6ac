package org.vigil.core.parse;

import org.vigil.core.model.ParsedSentence;

/**
 * Decides, from a sentence's tagged and lemmatised tokens alone, whether it deserves a dependency parse: the
 * parse costs most of the time, and most sentences cannot yield an event.
 */
@FunctionalInterface
public interface SentenceFilter {
    SentenceFilter ALL = sentence -> true;

    /** @param shallow the sentence with tags and lemmas, no dependencies yet */
    boolean needsParse(ParsedSentence shallow);
}
