package org.vigil.core.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;

/**
 * "Sanders called Biden a decent man", "called the plan a disgrace", "described the vote as illegal": naming what
 * something is judges it, and the judging words (verbs.tsv items {@code =word|word}) say whether it is praise or
 * criticism. The predicate is read where the parser puts it: beside the object (dep, xcomp, appos), as the verb's
 * own small clause, or in an "as" phrase.
 */
final class NamingJudgement {
    private static final Set<String> PREDICATE_RELATIONS = Set.of("dep", "xcomp", "obj", "appos");
    private static final Set<String> MODIFIERS = Set.of("amod", "compound");
    private static final Set<String> AS = Set.of("as");

    private NamingJudgement() {
    }

    /** The lemmas of what the verb calls its object, with their modifiers; empty when it names nothing. */
    static Set<String> words(ParsedSentence s, Token verb, Optional<Token> object) {
        List<Token> predicates = new ArrayList<>();
        object.ifPresent(o -> s.children(o.index()).stream()
                .filter(c -> PREDICATE_RELATIONS.contains(c.relation()) && (c.isNoun() || c.tag().startsWith("JJ")))
                .forEach(predicates::add));
        for (Token c : s.children(verb.index())) {
            boolean smallClause = c.relation().equals("xcomp") && !c.isVerb() && object.map(o -> o != c).orElse(true);
            boolean as = (Syntax.isOblique(c) || c.relation().startsWith("advcl"))
                    && (Syntax.hasChild(s, c, "case", AS) || Syntax.hasChild(s, c, "mark", AS));
            if (smallClause || as) {
                predicates.add(c);
            }
        }
        Set<String> out = new HashSet<>();
        for (Token p : predicates) {
            out.add(p.lemma());
            s.children(p.index()).stream().filter(m -> MODIFIERS.contains(m.relation()))
                    .forEach(m -> out.add(m.lemma()));
        }
        return out;
    }
}
