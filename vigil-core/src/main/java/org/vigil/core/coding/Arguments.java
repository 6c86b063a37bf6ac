package org.vigil.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;
import org.vigil.core.verbs.TriggerPattern;
import org.vigil.core.verbs.TriggerPattern.Option;

/**
 * Finds the heads of a trigger's source and target phrases in the parse (CODER.md §3): subjects, passive
 * agents, objects, marked obliques, and for nouns their possessors, modifiers and marked complements.
 */
final class Arguments {
    /** Verbs whose object, not subject, does what their open clause says: "urged Russia to withdraw". */
    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "call", "order", "force", "persuade",
            "tell", "invite", "encourage", "allow", "authorize", "press", "push", "pressure", "request", "help");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
    /** Prepositions that introduce the target of a nominal event when its pattern names none. */
    private static final Set<String> NOUN_TARGET_CASES = Set.of("on", "against");
    /** Prepositions of an object's complement that name the target of a light-verb phrase. */
    private static final Set<String> OBJECT_TARGET_CASES = Set.of("on", "against", "with", "to", "into", "at", "for");
    /** How a noun's own agent is attached: "Israeli airstrike", "Russia's offensive", "NATO buildup". */
    private static final List<String> NOUN_AGENT_RELATIONS = List.of("nmod:poss", "amod", "compound");

    private final ParsedSentence s;

    Arguments(ParsedSentence sentence) {
        this.s = sentence;
    }

    /** Heads of the source phrases, and whether they were inherited from a governing clause. */
    record Heads(List<Token> tokens, boolean inherited) {
        static final Heads NONE = new Heads(List.of(), false);
    }

    Heads sources(Token trigger, TriggerPattern p) {
        return p.noun() ? nounAgents(trigger) : verbSources(trigger);
    }

    Heads targets(Token trigger, TriggerPattern p) {
        if (p.has(Option.NOTARGET)) {
            return Heads.NONE;
        }
        return p.noun() ? nounTargets(trigger, p) : verbTargets(trigger, p);
    }

    private Heads verbSources(Token verb) {
        boolean passive = Syntax.isPassive(s, verb);
        if (passive) {
            return direct(Syntax.children(s, verb, "obl").stream().filter(o -> "by".equals(Syntax.caseOf(s, o)))
                    .findFirst());
        }
        Optional<Token> subject = Syntax.child(s, verb, "nsubj");
        if (subject.isPresent() && RELATIVE_PRONOUNS.contains(subject.get().lemma())
                && verb.relation().equals("acl:relcl")) {
            return new Heads(Syntax.withConjuncts(s, s.parent(verb)), true);
        }
        if (subject.isPresent()) {
            return direct(subject);
        }
        return inherited(verb, 0);
    }

    private Heads direct(Optional<Token> head) {
        return head.map(h -> new Heads(Syntax.withConjuncts(s, h), false)).orElse(Heads.NONE);
    }

    /** A clause without a subject takes it from the clause it hangs from ("agreed to talk", "... and bombed"). */
    private Heads inherited(Token clause, int depth) {
        Token governor = s.parent(clause);
        if (governor == null || depth > 3) {
            return Heads.NONE;
        }
        String relation = clause.relation();
        if (relation.equals("xcomp") && OBJECT_CONTROL.contains(governor.lemma())) {
            Optional<Token> object = Syntax.child(s, governor, "obj");
            if (object.isPresent()) {
                return new Heads(Syntax.withConjuncts(s, object.get()), true);
            }
        }
        if (relation.startsWith("acl") && governor.isNoun()) {
            return new Heads(Syntax.withConjuncts(s, governor), true);
        }
        if (!relation.equals("xcomp") && !relation.equals("conj") && !relation.startsWith("advcl")) {
            return Heads.NONE;
        }
        Optional<Token> subject = Syntax.child(s, governor, Syntax.isPassive(s, governor) ? "nsubj:pass" : "nsubj");
        if (subject.isPresent() && !Syntax.isPassive(s, governor)) {
            return new Heads(Syntax.withConjuncts(s, subject.get()), true);
        }
        Heads upper = inherited(governor, depth + 1);
        return new Heads(upper.tokens(), true);
    }

    /**
     * The object when the pattern leaves it free ("accused Russia of ..."); else the oblique the pattern marks,
     * on the verb or on its constrained object ("imposed sanctions on Belarus"); else, for a verb that governs an
     * open clause, that clause's object ("threatened to strike Ukrainian airfields").
     */
    private Heads verbTargets(Token verb, TriggerPattern p) {
        boolean passive = Syntax.isPassive(s, verb);
        Optional<Token> object = TriggerMatcher.object(s, verb, passive);
        if (object.isPresent() && p.objects().isEmpty()) {
            return direct(object);
        }
        Optional<Token> marked = markedOblique(verb, p);
        if (marked.isEmpty() && object.isPresent()) {
            marked = markedOblique(object.get(), p);
            if (marked.isEmpty() && p.markers().isEmpty()) {
                marked = obliqueWith(object.get(), OBJECT_TARGET_CASES);
            }
        }
        if (marked.isPresent()) {
            return direct(marked);
        }
        Optional<Token> indirect = Syntax.child(s, verb, "iobj");
        if (indirect.isPresent()) {
            return direct(indirect);
        }
        Optional<Token> clause = Syntax.child(s, verb, "xcomp").filter(Token::isVerb);
        return clause.map(c -> direct(Syntax.child(s, c, "obj").or(() -> obliqueWith(c, OBJECT_TARGET_CASES))))
                .orElse(Heads.NONE);
    }

    private Optional<Token> obliqueWith(Token head, Set<String> prepositions) {
        return s.children(head.index()).stream()
                .filter(c -> Syntax.isOblique(c) && prepositions.contains(Syntax.caseOf(s, c)))
                .findFirst();
    }

    /** An oblique of the token whose preposition is one of the pattern's markers. */
    private Optional<Token> markedOblique(Token head, TriggerPattern p) {
        for (Token c : s.children(head.index())) {
            String preposition = Syntax.isOblique(c) ? Syntax.caseOf(s, c) : null;
            if (preposition != null && !preposition.equals("by")
                    && p.markers().stream().anyMatch(m -> m.contains(preposition))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Candidate agents of a noun, most telling first; the caller keeps the first that names an actor. */
    private Heads nounAgents(Token noun) {
        List<Token> candidates = new ArrayList<>();
        for (String relation : NOUN_AGENT_RELATIONS) {
            candidates.addAll(Syntax.children(s, noun, relation));
        }
        s.children(noun.index()).stream()
                .filter(c -> Syntax.isOblique(c) && "by".equals(Syntax.caseOf(s, c)))
                .forEach(candidates::add);
        return new Heads(candidates, false);
    }

    private Heads nounTargets(Token noun, TriggerPattern p) {
        Optional<Token> marked = markedOblique(noun, p);
        if (marked.isEmpty() && p.markers().isEmpty()) {
            marked = obliqueWith(noun, NOUN_TARGET_CASES);
        }
        return direct(marked);
    }

    /** "talks between Armenia and Azerbaijan": the parties of a reciprocal noun. */
    List<Token> parties(Token noun) {
        List<Token> out = new ArrayList<>();
        for (Token c : s.children(noun.index())) {
            if (Syntax.isOblique(c) && "between".equals(Syntax.caseOf(s, c))) {
                out.addAll(Syntax.withConjuncts(s, c));
            }
        }
        return out;
    }
}
