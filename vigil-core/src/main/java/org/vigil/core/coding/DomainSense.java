package org.vigil.core.coding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigil.core.cameo.CameoCode;
import org.vigil.core.cameo.OtherDomains;
import org.vigil.core.cameo.OtherDomains.Domain;
import org.vigil.core.model.ParsedDocument;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;

/**
 * Sports and market reports use the words of force in another sense: "stormed to gold", "shot his way to a
 * medal", "pulled out of the squad", "Treasury yields hit a high" (domains.tsv). A trigger of a root a domain
 * suppresses is no event in a sentence that names the domain, nor anywhere in a story about it. One instance per
 * document.
 */
final class DomainSense {
    /** How often a document must name a domain to be about it. */
    private static final int STORY_MENTIONS = 3;

    private final List<Domain> domains;
    /** The domains each sentence names, by sentence index; counted once per document. */
    private final Map<Integer, Set<String>> namedIn = new HashMap<>();
    private final Set<String> story;

    DomainSense(OtherDomains domains, ParsedDocument document) {
        this.domains = domains.domains();
        Map<String, Long> total = new HashMap<>();
        for (ParsedSentence sentence : document.sentences()) {
            for (Domain d : this.domains) {
                long n = mentions(d, sentence);
                if (n > 0) {
                    namedIn.computeIfAbsent(sentence.index(), i -> new HashSet<>()).add(d.name());
                    total.merge(d.name(), n, Long::sum);
                }
            }
        }
        this.story = total.entrySet().stream().filter(e -> e.getValue() >= STORY_MENTIONS)
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /** Is this code, in this sentence, a game's or a market's word rather than politics? */
    boolean otherSense(ParsedSentence sentence, CameoCode code) {
        Set<String> here = namedIn.getOrDefault(sentence.index(), Set.of());
        return domains.stream().filter(d -> d.roots().contains(code.root()))
                .anyMatch(d -> story.contains(d.name()) || here.contains(d.name()));
    }

    private static long mentions(Domain domain, ParsedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        long count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> phrase : domain.phrases()) {
                if (startsAt(tokens, i, phrase)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean startsAt(List<Token> tokens, int at, List<String> phrase) {
        if (at + phrase.size() > tokens.size() || !nounOrAdjective(tokens.get(at + phrase.size() - 1))) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(at + k).lemma().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nounOrAdjective(Token t) {
        return t.isNoun() || t.tag().startsWith("JJ");
    }
}
