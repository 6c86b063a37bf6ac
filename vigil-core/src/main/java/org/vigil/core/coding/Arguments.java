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
 * Finds where a trigger's source and target phrases are in the parse (CODER.md §3): subjects, passive agents,
 * objects, marked obliques, and for nouns their possessors, modifiers and marked complements. Each answer is a
 * list of candidate phrases, most likely first; the coder keeps the first that names an actor.
 */
final class Arguments {
    /** Verbs whose object, not subject, does what their open clause says: "urged Russia to withdraw". */
    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "call", "order", "force", "persuade",
            "tell", "invite", "encourage", "allow", "authorize", "press", "push", "pressure", "request", "help");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
    /** What an author issues and a participle then says the author does: "issued a statement condemning". */
    private static final Set<String> DOCUMENTS = Set.of("statement", "message", "letter", "tweet", "post",
            "communique", "declaration", "decree", "order", "resolution", "video", "note", "law", "bill", "motion");
    /** Prepositions that introduce the target of a nominal event when its pattern names none. */
    private static final Set<String> NOUN_TARGET_CASES = Set.of("on", "against");
    /** Prepositions of a complement that name the target of a light-verb phrase or of a clause. */
    private static final Set<String> COMPLEMENT_TARGET_CASES = Set.of("on", "against", "with", "to", "into", "at",
            "for", "of", "from");
    /** A governed clause's own obliques may also point where it acts: "threatened to ban voting in East Jerusalem". */
    private static final Set<String> CLAUSE_TARGET_CASES = Set.of("on", "against", "with", "to", "into", "at",
            "for", "of", "in");
    /** Prepositions of the verb's own obliques that point at a target, the last guess: "dropped food over Gaza". */
    private static final Set<String> DIRECTION_CASES = Set.of("over", "into", "to", "against", "at", "on", "toward",
            "towards");
    /** How a noun's own agent is attached: "Israeli airstrike", "Russia's offensive", "NATO buildup". */
    private static final List<String> NOUN_AGENT_RELATIONS = List.of("nmod:poss", "amod", "compound");
    /** Prepositions that introduce a noun's agent: "an airstrike by Israel", "criticism from Beijing". */
    private static final Set<String> NOUN_AGENT_CASES = Set.of("by", "from");

    private static final String THREAT_ROOT = "13";
    private static final Set<String> CONDITION_MARKS = Set.of("if", "unless");
    /**
     * Verbs that pass an event on without taking part in it: "Reuters reported Monday's attack" is not an attack
     * by Reuters.
     */
    private static final Set<String> REPORTING_VERBS = Set.of("report", "say", "describe", "confirm", "call",
            "document", "record", "cite", "mention", "recount", "witness", "film", "see", "count", "note", "cover",
            "blame", "attribute", "investigate", "probe", "remember", "commemorate", "mark", "follow", "survive");
    /** Verbs whose subject is on the receiving end of their object: "drew criticism from Israel". */
    private static final Set<String> REACTION_VERBS = Set.of("draw", "prompt", "provoke", "spark", "trigger",
            "earn", "attract", "face", "receive", "meet", "incur");

    /** Prepositions by which an objection is the background of what its target went on to do. */
    private static final Set<String> CONCESSIVE_CASES = Set.of("despite", "amid");

    /** Participles that give a deed to its doer with "to": "an attack ascribed to the Taliban". */
    private static final Set<String> ATTRIBUTING_VERBS = Set.of("ascribe", "attribute");
    /** "claimed responsibility for", "took credit for": the claim names the deed's doer. */
    private static final Set<String> CLAIMED = Set.of("responsibility", "credit");
    private static final Set<String> CLAIMING_VERBS = Set.of("claim", "take", "accept", "admit", "assume");

    /** Participles that say what a weapon or strike is aimed at. */
    private static final Set<String> AIMING_VERBS = Set.of("target", "aim", "direct");

    private final ParsedSentence s;
    private final Set<Integer> triggers;

    /** @param triggers indices of the tokens that are triggers themselves in this sentence */
    Arguments(ParsedSentence sentence, Set<Integer> triggers) {
        this.s = sentence;
        this.triggers = triggers;
    }

    /**
     * Candidate phrases for one argument, most likely first. {@code inherited}: the phrase belongs to a governing
     * clause, not to the trigger itself.
     */
    record Candidates(List<Phrase> phrases, boolean inherited) {
        static final Candidates NONE = new Candidates(List.of(), false);
    }

    /**
     * A head with its conjuncts. A {@code weak} phrase is a far guess (the owner of an object, the object of a
     * governed clause): it counts only when it names a state or organisation, not a bare role.
     */
    record Phrase(List<Token> tokens, boolean weak) {
    }

    Candidates sources(Token trigger, TriggerPattern p) {
        return p.noun() ? nounAgents(trigger) : verbSources(trigger, 0);
    }

    Candidates targets(Token trigger, TriggerPattern p) {
        if (p.has(Option.NOTARGET)) {
            return Candidates.NONE;
        }
        return p.noun() ? nounTargets(trigger, p) : verbTargets(trigger, p);
    }

    private Candidates verbSources(Token verb, int depth) {
        if (Syntax.isPassive(s, verb)) {
            return one(false, obliqueWith(verb, Set.of("by")));
        }
        Optional<Token> subject = Syntax.child(s, verb, "nsubj");
        if (subject.isPresent() && RELATIVE_PRONOUNS.contains(subject.get().lemma())
                && verb.relation().equals("acl:relcl")) {
            return one(true, Optional.of(s.parent(verb)));
        }
        if (subject.isPresent()) {
            return one(depth > 0, subject);
        }
        return inherited(verb, depth);
    }

    /** A clause without a subject takes it from the clause it hangs from ("agreed to talk", "... and bombed"). */
    private Candidates inherited(Token clause, int depth) {
        Token governor = s.parent(clause);
        if (governor == null || depth > 3) {
            return Candidates.NONE;
        }
        String relation = clause.relation();
        boolean open = Syntax.isOpenClause(s, clause);
        if (open && OBJECT_CONTROL.contains(governor.lemma())) {
            Optional<Token> object = Syntax.child(s, governor, "obj");
            if (object.isPresent()) {
                return one(true, object);
            }
        }
        if (relation.startsWith("acl") && governor.isNoun()) {
            Token carrier = s.parent(governor);
            boolean authored = DOCUMENTS.contains(governor.lemma()) && carrier != null && carrier.isVerb()
                    && governor.relation().equals("obj");
            // "posted a message blaming Iran", "signed a decree banning the niqab": the author acts
            return authored ? verbSources(carrier, depth + 1) : one(true, Optional.of(governor));
        }
        // "dep": the parser's shrug, mostly for a participle clause it could not place (", accusing Doha of ...").
        boolean participle = relation.equals("dep") && clause.isVerb() && governor.isVerb();
        if (!open && !relation.equals("conj") && !relation.startsWith("advcl") && !participle) {
            return Candidates.NONE;
        }
        return verbSources(governor, depth + 1);
    }

    /**
     * In order: the object when the pattern leaves it free ("accused Russia of ..."); the oblique the pattern
     * marks, on the verb or on its object ("imposed sanctions on Belarus"); the object's complement ("carried out
     * killings of civilians"); the indirect object; the owner of a constrained object ("rejected German
     * accusations"); the target of a governed clause ("threatened to strike Ukrainian airfields"); the subject of
     * a that-clause ("demanded that Sweden extradite").
     */
    private Candidates verbTargets(Token verb, TriggerPattern p) {
        boolean passive = Syntax.isPassive(s, verb);
        Optional<Token> object = TriggerMatcher.object(s, verb, passive);
        List<Optional<Token>> strong = new ArrayList<>();
        if (p.objects().isEmpty()) {
            strong.add(object);
        }
        strong.add(markedOblique(verb, p));
        object.ifPresent(o -> strong.add(markedOblique(o, p)));
        object.ifPresent(o -> strong.add(aimedAt(o)));
        strong.add(Syntax.child(s, verb, "iobj"));
        strong.add(verblessComplementSubject(verb));
        List<Optional<Token>> weak = new ArrayList<>();
        object.ifPresent(o -> {
            // "criticised the shelling of Kharkiv by Russia": whoever did what the object names is the target
            weak.add(obliqueWith(o, NOUN_AGENT_CASES));
            weak.add(agentOfParticiple(o));
            weak.add(obliqueWith(o, COMPLEMENT_TARGET_CASES));
        });
        weak.add(object);
        Syntax.openClause(s, verb).ifPresent(clause -> weak.addAll(clauseTargets(clause, 0)));
        Syntax.child(s, verb, "ccomp").ifPresent(clause -> (object.isEmpty() ? strong : weak)
                .add(Syntax.child(s, clause, "nsubj")));
        if (p.code().root().equals(THREAT_ROOT)) {
            weak.addAll(conditionSubjects(verb));
        }
        weak.addAll(obliquesWith(verb, DIRECTION_CASES));
        if (verb.relation().equals("conj") && s.parent(verb).isVerb()) {
            // "demanded that Canada release her and warned of grave consequences": the partner's target
            Token partner = s.parent(verb);
            Optional<Token> partnerObject = Syntax.child(s, partner, "obj");
            partnerObject.ifPresent(o -> weak.add(obliqueWith(o, COMPLEMENT_TARGET_CASES)));
            weak.add(partnerObject);
            Syntax.child(s, partner, "ccomp").ifPresent(clause -> weak.add(Syntax.child(s, clause, "nsubj")));
        }
        List<Phrase> out = phrases(strong, false);
        out.addAll(phrases(weak, true));
        return new Candidates(out, false);
    }

    /**
     * "thanked \"the police, security and emergency services staff\"": a complement clause with no verb is the
     * parser's reading of an object it could not attach; its subject is what the verb acts on.
     */
    private Optional<Token> verblessComplementSubject(Token verb) {
        return Syntax.child(s, verb, "ccomp").filter(c -> c.isNoun() && Syntax.child(s, c, "cop").isEmpty())
                .flatMap(c -> Syntax.child(s, c, "nsubj"));
    }

    /**
     * Where a governed clause points: its indirect object, its object's complement, its own obliques, its object,
     * the subject of a clause it governs in turn ("agreed to let inspectors from the IAEA reinstall cameras").
     */
    private List<Optional<Token>> clauseTargets(Token clause, int depth) {
        List<Optional<Token>> found = new ArrayList<>();
        Optional<Token> clauseObject = Syntax.child(s, clause, "obj");
        found.add(Syntax.child(s, clause, "iobj"));
        clauseObject.ifPresent(o -> found.add(obliqueWith(o, COMPLEMENT_TARGET_CASES)));
        found.add(obliqueWith(clause, CLAUSE_TARGET_CASES));
        found.add(clauseObject);
        if (depth < 1) {
            for (Token inner : s.children(clause.index())) {
                if (inner.isVerb() && (Syntax.isOpenClause(s, inner) || inner.relation().equals("ccomp"))) {
                    found.add(Syntax.child(s, inner, "nsubj"));
                    found.addAll(clauseTargets(inner, depth + 1));
                }
            }
        }
        return found;
    }

    /**
     * "threatened to launch an offensive unless Baghdad accepted": who must meet the condition is whom the threat
     * is aimed at. The subjects of if/unless clauses of the verb and of the clause it governs.
     */
    private List<Optional<Token>> conditionSubjects(Token verb) {
        List<Optional<Token>> found = new ArrayList<>();
        List<Token> clauses = new ArrayList<>(List.of(verb));
        Syntax.openClause(s, verb).ifPresent(clauses::add);
        for (Token clause : clauses) {
            for (Token c : s.children(clause.index())) {
                if (c.relation().startsWith("advcl") && Syntax.hasChild(s, c, "mark", CONDITION_MARKS)) {
                    found.add(Syntax.child(s, c, "nsubj"));
                }
            }
        }
        return found;
    }

    /** An oblique of the token whose preposition is one of the pattern's markers. */
    private Optional<Token> markedOblique(Token head, TriggerPattern p) {
        return markedObliques(head, p).stream().findFirst().flatMap(o -> o);
    }

    /** Every oblique of the token whose preposition is one of the pattern's markers, in sentence order. */
    private List<Optional<Token>> markedObliques(Token head, TriggerPattern p) {
        List<Optional<Token>> out = new ArrayList<>();
        for (Token c : s.children(head.index())) {
            String preposition = Syntax.isOblique(c) ? Syntax.caseOf(s, c) : "";
            if (!preposition.isEmpty() && !preposition.equals("by")
                    && p.markers().stream().anyMatch(m -> m.contains(preposition))) {
                out.add(Optional.of(c));
            }
        }
        return out;
    }

    private List<Optional<Token>> obliquesWith(Token head, Set<String> prepositions) {
        return s.children(head.index()).stream()
                .filter(c -> Syntax.isOblique(c) && prepositions.contains(Syntax.caseOf(s, c)))
                .map(Optional::of).toList();
    }

    /**
     * "launched missiles targeting US troops", "airstrikes aimed at rebel positions": what a weapon or strike is
     * aimed at is what it strikes, whatever place the sentence names after it.
     */
    private Optional<Token> aimedAt(Token thing) {
        return s.children(thing.index()).stream()
                .filter(c -> c.relation().startsWith("acl") && AIMING_VERBS.contains(c.lemma()))
                .findFirst()
                .flatMap(aim -> Syntax.child(s, aim, "obj").or(() -> obliqueWith(aim, Set.of("at", "against"))));
    }

    private Optional<Token> obliqueWith(Token head, Set<String> prepositions) {
        return s.children(head.index()).stream()
                .filter(c -> Syntax.isOblique(c) && prepositions.contains(Syntax.caseOf(s, c)))
                .findFirst();
    }

    /**
     * Candidate agents of a noun, most telling first: its own possessor, modifiers and by-phrase; then the subject
     * of a verb that only carries it ("China's military began drills around Taiwan").
     */
    private Candidates nounAgents(Token noun) {
        List<Optional<Token>> found = new ArrayList<>();
        for (String relation : NOUN_AGENT_RELATIONS) {
            Syntax.children(s, noun, relation).forEach(c -> found.add(Optional.of(c)));
        }
        found.add(obliqueWith(noun, NOUN_AGENT_CASES));
        found.add(agentOfParticiple(noun));
        found.add(claimant(noun));
        Optional<Token> carrier = carrier(noun);
        carrier.filter(v -> REACTION_VERBS.contains(v.lemma()))
                .ifPresent(v -> found.add(obliqueWith(v, NOUN_AGENT_CASES)));
        List<Phrase> phrases = phrases(found, false);
        carrier.filter(v -> !REACTION_VERBS.contains(v.lemma()))
                .ifPresent(v -> phrases.addAll(verbSources(v, 1).phrases()));
        return new Candidates(phrases, false);
    }

    /**
     * "Islamic State claimed responsibility for the attacks": who claims a deed as theirs names its doer.
     */
    private Optional<Token> claimant(Token noun) {
        Token claimed = s.parent(noun);
        Token verb = claimed == null ? null : s.parent(claimed);
        boolean claim = verb != null && verb.isVerb() && CLAIMED.contains(claimed.lemma())
                && CLAIMING_VERBS.contains(verb.lemma()) && Syntax.caseOf(s, noun).equals("for");
        return claim ? Syntax.child(s, verb, "nsubj") : Optional.empty();
    }

    /**
     * "Abqaiq was the target of an Al-Qaeda attack": the subject of the deed's "target" is what it struck.
     */
    private Optional<Token> namedAsTarget(Token noun) {
        Token head = s.parent(noun);
        boolean target = head != null && head.lemma().equals("target") && Syntax.caseOf(s, noun).equals("of");
        return target ? Syntax.child(s, head, "nsubj") : Optional.empty();
    }

    /**
     * "the attack, reportedly carried out by the Taliban", "a bombing ascribed to the Taliban": a participle that
     * says who did the deed names its agent.
     */
    private Optional<Token> agentOfParticiple(Token noun) {
        for (Token participle : Syntax.children(s, noun, "acl")) {
            if (participle.tag().equals("VBN") || participle.tag().equals("VBD")) {
                Optional<Token> agent = ATTRIBUTING_VERBS.contains(participle.lemma())
                        ? obliqueWith(participle, Set.of("to")) : obliqueWith(participle, Set.of("by"));
                if (agent.isPresent()) {
                    return agent;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The noun's marked complements (all of them, in order: the first that names an actor wins), also those of
     * its of-complement ("a suspension of air links with Serbia"); without markers, "on"/"against" phrases; for
     * a noun a reaction verb carries, that verb's subject ("drew criticism from Israel"); last, the subject of
     * its content clause ("accusations that Russia was behind").
     */
    private Candidates nounTargets(Token noun, TriggerPattern p) {
        List<Optional<Token>> marked = new ArrayList<>(markedObliques(noun, p));
        marked.add(aimedAt(noun));
        marked.add(namedAsTarget(noun));
        obliqueWith(noun, Set.of("of")).ifPresent(of -> marked.addAll(markedObliques(of, p)));
        if (p.markers().isEmpty()) {
            marked.add(obliqueWith(noun, NOUN_TARGET_CASES));
        }
        List<Phrase> phrases = phrases(marked, false);
        phrases.addAll(concessiveTargets(noun));
        if (phrases.isEmpty()) {
            Optional<Token> reaction = carrier(noun).filter(v -> REACTION_VERBS.contains(v.lemma()));
            if (reaction.isPresent()) {
                return verbSources(reaction.get(), 1);
            }
        }
        for (Token clause : s.children(noun.index())) {
            if (clause.relation().startsWith("acl") || clause.relation().equals("ccomp")
                    || clause.relation().equals("dep")) {
                phrases.addAll(phrases(List.of(Syntax.child(s, clause, "nsubj")), true));
            }
        }
        return new Candidates(phrases, false);
    }

    /**
     * "He announced the change despite criticism by Greece": an objection its target went on regardless of is
     * aimed at the doer of the clause it qualifies (the nearest verb above it).
     */
    private List<Phrase> concessiveTargets(Token noun) {
        if (!Syntax.isOblique(noun) || !CONCESSIVE_CASES.contains(Syntax.caseOf(s, noun))) {
            return List.of();
        }
        Token clause = s.parent(noun);
        for (int depth = 0; clause != null && !clause.isVerb() && depth < 3; depth++) {
            clause = s.parent(clause);
        }
        return clause == null || !clause.isVerb() ? List.of() : verbSources(clause, 0).phrases();
    }

    /**
     * The verb that carries a nominal event without being a trigger itself: the noun is its object, or the
     * "of" complement of its object ("began two days of drills").
     */
    private Optional<Token> carrier(Token noun) {
        Token head = noun;
        if (head.relation().equals("nmod") && Syntax.caseOf(s, head).equals("of")) {
            head = s.parent(head);
        }
        Token verb = s.parent(head);
        boolean carried = head.relation().equals("obj") || head.relation().equals("nsubj:pass");
        if (verb == null || !carried || !verb.isVerb() || triggers.contains(verb.index())
                || REPORTING_VERBS.contains(verb.lemma())) {
            return Optional.empty();
        }
        return Optional.of(verb);
    }

    /** "talks between Armenia and Azerbaijan": the parties of a reciprocal noun. */
    List<Token> parties(Token noun) {
        return obliqueWith(noun, Set.of("between")).map(c -> Syntax.withConjuncts(s, c)).orElse(List.of());
    }

    private Candidates one(boolean inherited, Optional<Token> head) {
        return new Candidates(phrases(List.of(head), false), inherited);
    }

    private List<Phrase> phrases(List<Optional<Token>> heads, boolean weak) {
        List<Phrase> out = new ArrayList<>();
        for (Optional<Token> head : heads) {
            head.ifPresent(h -> out.add(new Phrase(Syntax.withConjuncts(s, h), weak)));
        }
        return out;
    }
}
