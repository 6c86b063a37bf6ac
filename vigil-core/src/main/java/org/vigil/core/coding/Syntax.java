package org.vigil.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;

/** Small questions about a UD parse that the coder asks again and again. */
final class Syntax {
    private Syntax() {
    }

    static List<Token> children(ParsedSentence s, Token t, String relation) {
        List<Token> out = new ArrayList<>();
        for (Token c : s.children(t.index())) {
            if (c.relation().equals(relation)) {
                out.add(c);
            }
        }
        return out;
    }

    static Optional<Token> child(ParsedSentence s, Token t, String relation) {
        return s.children(t.index()).stream().filter(c -> c.relation().equals(relation)).findFirst();
    }

    static boolean hasChild(ParsedSentence s, Token t, String relation, Set<String> lemmas) {
        return s.children(t.index()).stream()
                .anyMatch(c -> c.relation().equals(relation) && lemmas.contains(c.lemma()));
    }

    /** The preposition ("case") of an oblique or nominal modifier, or "" when it has none. */
    static String caseOf(ParsedSentence s, Token t) {
        return s.children(t.index()).stream().filter(c -> c.relation().equals("case"))
                .map(Token::lemma).findFirst().orElse("");
    }

    static boolean isPassive(ParsedSentence s, Token verb) {
        return isReducedPassive(s, verb) || isUnmarkedPassive(s, verb) || isBareParticipleClause(s, verb)
                || s.children(verb.index()).stream()
                .anyMatch(c -> c.relation().equals("nsubj:pass") || c.relation().equals("aux:pass"));
    }

    /**
     * A past participle that modifies a noun ("soldiers killed in the attack", "a convoy hit by a drone"): the
     * noun undergoes the action, it does not do it.
     */
    static boolean isReducedPassive(ParsedSentence s, Token verb) {
        Token noun = s.parent(verb);
        return verb.tag().equals("VBN") && verb.relation().equals("acl") && noun != null && noun.isNoun();
    }

    /**
     * "with officials reporting 150 soldiers and 95 civilians killed": a verb that cannot go without an object,
     * with neither object nor auxiliary, is a participle the parser gave a subject; that subject undergoes it.
     */
    static boolean isUnmarkedPassive(ParsedSentence s, Token verb) {
        return OBJECT_REQUIRED.contains(verb.lemma()) && (verb.tag().equals("VBD") || verb.tag().equals("VBN"))
                && child(s, verb, "nsubj").isPresent() && s.children(verb.index()).stream().noneMatch(c ->
                c.relation().equals("obj") || c.relation().startsWith("aux") || c.relation().equals("ccomp")
                        || c.relation().equals("xcomp"));
    }

    /**
     * "Quirin wept when convicted", "arrested in March, he was released": a past participle heading an adverbial
     * clause with neither subject, auxiliary nor object is passive; the main clause's subject undergoes it.
     */
    static boolean isBareParticipleClause(ParsedSentence s, Token verb) {
        return verb.tag().equals("VBN") && (verb.relation().startsWith("advcl") || verb.relation().equals("dep"))
                && s.parent(verb) != null && s.children(verb.index()).stream()
                .noneMatch(c -> c.relation().startsWith("nsubj") || c.relation().startsWith("aux")
                        || c.relation().equals("obj"));
    }

    /** Verbs of violence that always take what they strike as an object in the active voice. */
    private static final Set<String> OBJECT_REQUIRED = Set.of("kill", "wound", "injure", "murder", "behead",
            "kidnap", "abduct", "massacre", "slaughter");

    static boolean isOblique(Token t) {
        String r = t.relation();
        return r.equals("obl") || r.equals("nmod")
                || (r.startsWith("obl:") && !r.equals("obl:tmod") && !r.equals("obl:npmod"));
    }

    /**
     * An open clause of its governor: an xcomp, or a to-clause the parser attached as advcl when a phrase such
     * as "on Thursday" came between ("refused on Thursday to lift").
     */
    static boolean isOpenClause(ParsedSentence s, Token t) {
        return t.relation().equals("xcomp")
                || (t.relation().startsWith("advcl") && hasChild(s, t, "mark", Set.of("to")));
    }

    static Optional<Token> openClause(ParsedSentence s, Token verb) {
        return s.children(verb.index()).stream().filter(c -> c.isVerb() && isOpenClause(s, c)).findFirst();
    }

    /** A token and the tokens conjoined to it ("France and Germany"), in order. */
    static List<Token> withConjuncts(ParsedSentence s, Token head) {
        List<Token> out = new ArrayList<>();
        out.add(head);
        for (int i = 0; i < out.size(); i++) {
            for (Token c : children(s, out.get(i), "conj")) {
                if (c.isNoun() || c.isPronoun()) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
