package org.vigil.core.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;
import org.vigil.core.verbs.TriggerLexicon;
import org.vigil.core.verbs.TriggerPattern;
import org.vigil.core.verbs.TriggerPattern.Option;

/** Picks the trigger pattern a token satisfies: all of its items present, the most specific first. */
final class TriggerMatcher {
    /** Relations by which a particle, adverb or telling adjective hangs from its trigger ("joint exercises"). */
    private static final Set<String> PARTICLE_RELATIONS = Set.of("compound:prt", "advmod", "case", "mark", "amod",
            "compound");

    private final TriggerLexicon lexicon;

    TriggerMatcher(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** What {@code {@actor}} in a pattern's object set asks: the object names an actor. */
    static final String ANY_ACTOR = "@actor";
    /**
     * Nouns that only measure their "of" complement: "25,000 tons of food aid", "dozens of warplanes", "seven days
     * of mourning".
     */
    private static final Set<String> MEASURES = Set.of("ton", "tonne", "dozen", "hundred", "thousand", "million",
            "billion", "number", "batch", "shipment", "consignment", "kind", "lot", "package", "round", "wave",
            "series", "set", "pair", "couple", "piece", "load", "convoy", "supply", "amount", "quantity", "hour", "day",
            "week", "month", "year");

    /**
     * The pattern this token satisfies, if any.
     *
     * @param namesActor whether a token heads words that name an actor (for {@code {@actor}} objects)
     */
    Optional<TriggerPattern> match(ParsedSentence s, Token t, Predicate<Token> namesActor) {
        List<TriggerPattern> candidates = t.isVerb() ? lexicon.verbPatterns(t.lemma())
                : t.isNoun() ? lexicon.nounPatterns(t.lemma()) : List.of();
        TriggerPattern best = null;
        for (TriggerPattern p : candidates) {
            if (satisfies(s, t, p, namesActor) && (best == null || p.specificity() > best.specificity())) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean satisfies(ParsedSentence s, Token t, TriggerPattern p, Predicate<Token> namesActor) {
        boolean passive = !p.noun() && Syntax.isPassive(s, t);
        if (passive && p.has(Option.ACTIVE_ONLY) || !passive && p.has(Option.PASSIVE_ONLY)) {
            return false;
        }
        if (p.has(Option.INTRANSITIVE) && Syntax.child(s, t, "obj").isPresent()) {
            return false;
        }
        Optional<Token> object = object(s, t, passive);
        if (!p.objects().isEmpty() && object.map(o -> core(s, o))
                .filter(o -> p.objects().contains(o.lemma())
                        || (p.objects().contains(ANY_ACTOR) && namesActor.test(o))).isEmpty()
                && !markedObject(s, t, p)) {
            return false;
        }
        if (!p.judgements().isEmpty() && NamingJudgement.words(s, t, object).stream()
                .noneMatch(p.judgements()::contains)) {
            return false;
        }
        if (!p.clauses().isEmpty() && s.children(t.index()).stream()
                .noneMatch(x -> Syntax.isOpenClause(s, x) && p.clauses().contains(x.lemma()))) {
            return false;
        }
        for (Set<String> marker : p.markers()) {
            if (!hasMarker(s, t, marker) && object.filter(o -> hasMarker(s, o, marker)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** "went on strike": the pattern's noun stands in the oblique its marker introduces. */
    private static boolean markedObject(ParsedSentence s, Token t, TriggerPattern p) {
        return s.children(t.index()).stream().anyMatch(c -> Syntax.isOblique(c) && p.objects().contains(c.lemma())
                && p.markers().stream().anyMatch(m -> m.contains(Syntax.caseOf(s, c))));
    }

    /** What a measure noun measures: "tons of aid" is aid. */
    private static Token core(ParsedSentence s, Token object) {
        if (!MEASURES.contains(object.lemma()) && !object.tag().equals("CD")) {
            return object;
        }
        return s.children(object.index()).stream()
                .filter(c -> c.relation().equals("nmod") && Syntax.caseOf(s, c).equals("of"))
                .findFirst().orElse(object);
    }

    /** The thing acted on: the object, or the passive subject. */
    static Optional<Token> object(ParsedSentence s, Token t, boolean passive) {
        if (passive && Syntax.isReducedPassive(s, t)) {
            return Optional.of(s.parent(t));
        }
        if (passive) {
            return Syntax.child(s, t, "nsubj:pass")
                    .or(() -> Syntax.isUnmarkedPassive(s, t) ? Syntax.child(s, t, "nsubj") : Optional.empty())
                    .or(() -> Syntax.isBareParticipleClause(s, t) ? Syntax.child(s, s.parent(t), "nsubj")
                            .or(() -> Syntax.child(s, s.parent(t), "nsubj:pass")) : Optional.empty());
        }
        return Syntax.child(s, t, "obj").or(() -> smallClauseSubject(s, t));
    }

    /** "shot him dead", "beat them unconscious": the subject of a verbless complement is the verb's object. */
    private static Optional<Token> smallClauseSubject(ParsedSentence s, Token verb) {
        Optional<Token> clause = Syntax.child(s, verb, "xcomp").filter(c -> !c.isVerb());
        return clause.flatMap(c -> Syntax.child(s, c, "nsubj")
                // "called Biden a decent man", parsed with the name as the complement and the noun hung from it
                .or(() -> c.isProperNoun() && Syntax.child(s, c, "dep").isPresent() ? Optional.of(c)
                        : Optional.empty()));
    }

    /** A particle of the token, or the preposition of one of its dependents, among the words. */
    static boolean hasMarker(ParsedSentence s, Token t, Set<String> words) {
        for (Token c : s.children(t.index())) {
            if (PARTICLE_RELATIONS.contains(c.relation()) && words.contains(c.lemma())) {
                return true;
            }
            if ((Syntax.isOblique(c) || c.relation().equals("obj") || c.relation().startsWith("advcl")
                    || c.relation().equals("xcomp") || c.relation().equals("ccomp"))
                    && s.children(c.index()).stream().anyMatch(g -> (g.relation().equals("case")
                    || g.relation().equals("mark")) && words.contains(g.lemma()))) {
                return true;
            }
        }
        return false;
    }
}
