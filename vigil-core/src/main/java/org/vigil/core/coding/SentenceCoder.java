package org.vigil.core.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.actors.ActorCodes;
import org.vigil.core.cameo.AnnouncedActions;
import org.vigil.core.cameo.CameoCode;
import org.vigil.core.cameo.CameoOntology;
import org.vigil.core.coding.ActorResolver.Resolved;
import org.vigil.core.dates.EventDate;
import org.vigil.core.dates.EventDates;
import org.vigil.core.model.Actor;
import org.vigil.core.model.Article;
import org.vigil.core.model.Event;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Span;
import org.vigil.core.model.Token;
import org.vigil.core.verbs.TriggerPattern;
import org.vigil.core.verbs.TriggerPattern.Option;

/** Codes the events of one sentence: triggers, their arguments, and the records with their evidence. */
final class SentenceCoder {
    /** "accused X of torturing", "condemned X for shelling": the clause is the charge, not a second event. */
    private static final Set<String> CHARGE_MARKERS = Set.of("of", "for");
    /** Roles that act at home: with no state named, they take the state where the event happens. */
    private static final Set<String> DOMESTIC_ROLES = Set.of("GOV", "COP", "CVL", "JUD", "LEG", "OPP", "PTY",
            "BUS", "MED", "REF", "HRI");
    /** Armed groups keep "---" when no state is named (GUIDELINES convention 6). */
    private static final Set<String> UNAFFILIATED_ROLES = Set.of("REB", "INS");
    /** Roots where a struck capital is a place, not a government: protest, assault, fight, mass violence. */
    private static final Set<String> PHYSICAL_ROOTS = Set.of("14", "18", "19", "20");
    /** Roots whose events always strike something: assault, fight, mass violence. */
    private static final Set<String> ATTACK_ROOTS = Set.of("18", "19", "20");
    /** Civilians who fight are rioting: CAMEO codes their clashes as violent protest. */
    private static final String VIOLENT_PROTEST = "145";
    private static final String LABOUR_STRIKE = "143";
    /** Police who use force on civilians repress them. */
    private static final String VIOLENT_REPRESSION = "175";
    /** Civilians who attacked: police force used on them is not repression. */
    private static final Set<String> ATTACKERS = Set.of("attacker", "assailant", "perpetrator", "gunman", "accused",
            "suspect");
    /**
     * Conventional military force (190) is an army's; the same deed by insurgents, attackers or someone no state
     * or group is named for is unconventional violence (180, CAMEO's ASSAULT).
     */
    private static final String MILITARY_FORCE = "190";
    private static final String UNCONVENTIONAL_VIOLENCE = "180";
    /** Support, and the aid that support means when an armed group receives it. */
    private static final String ENDORSEMENT = "051";
    private static final String AID = "070";
    /** What an accusation charges is not coded on its own (GUIDELINES convention 4). */
    private static final String ACCUSATION = "112";
    /** A verbal attack is criticism. */
    private static final String CRITICISM = "111";
    private static final Set<String> DEFINITE = Set.of("the", "this", "these", "those");

    private final ParsedSentence s;
    private final ActorResolver resolver;
    private final TriggerMatcher matcher;
    private final CameoOntology cameo;
    private final AnnouncedActions announced;
    private final DomainSense sense;
    private final Article article;
    private final List<Event> earlier;
    private final String coderVersion;
    private final VerbalAttack verbalAttack;
    private final AuthorityAct authorityAct;
    private final UnnamedPerson unnamedPerson;
    private final ReactionToADeed reaction;
    private final RestrictionAtHome restriction;

    SentenceCoder(ParsedSentence sentence, ActorResolver resolver, TriggerMatcher matcher, CameoOntology cameo,
                  AnnouncedActions announced, DomainSense sense, Article article, List<Event> earlier,
                  String coderVersion) {
        this.s = sentence;
        this.resolver = resolver;
        this.matcher = matcher;
        this.cameo = cameo;
        this.announced = announced;
        this.sense = sense;
        this.article = article;
        this.earlier = earlier;
        this.coderVersion = coderVersion;
        this.verbalAttack = new VerbalAttack(sentence, resolver);
        this.authorityAct = new AuthorityAct(sentence, resolver);
        this.unnamedPerson = new UnnamedPerson(sentence, resolver);
        this.reaction = new ReactionToADeed(sentence, resolver, earlier);
        this.restriction = new RestrictionAtHome(sentence, resolver);
    }

    List<Event> code() {
        Map<Integer, TriggerPattern> matches = new LinkedHashMap<>();
        for (Token t : s.tokens()) {
            matcher.match(s, t, this::namesActor).ifPresent(p -> matches.put(t.index(), p));
        }
        Arguments arguments = new Arguments(s, matches.keySet());
        Map<String, Event> events = new LinkedHashMap<>();
        matches.forEach((index, pattern) -> {
            Token trigger = s.token(index);
            Mood mood = ClauseFilter.mood(s, trigger);
            if (!governed(trigger, matches) && mood != Mood.UNREAL && !sense.otherSense(s, pattern.code())) {
                CameoCode code = mood == Mood.FUTURE ? announced.announced(pattern.code()) : pattern.code();
                eventsFor(trigger, pattern, code, arguments).forEach(e -> events.putIfAbsent(e.id(), e));
            }
        });
        return List.copyOf(events.values());
    }

    /** A trigger whose meaning is already carried by the trigger it hangs from. */
    private boolean governed(Token t, Map<Integer, TriggerPattern> matches) {
        if (consequence(t, matches) || charged(t, matches)) {
            return true;
        }
        Token parent = s.parent(t);
        if (parent == null || !matches.containsKey(parent.index())) {
            return false;
        }
        TriggerPattern governing = matches.get(parent.index());
        if (Syntax.isOpenClause(s, t)) {
            return true;
        }
        boolean object = t.relation().equals("obj") || t.relation().equals("nsubj:pass");
        if (object && governing.objects().contains(t.lemma()) && !hasOwnAgent(t)) {
            return true; // "held talks": the verb's event; "rejected German accusations" codes both
        }
        return Syntax.hasChild(s, t, "mark", CHARGE_MARKERS) || Syntax.hasChild(s, t, "case", CHARGE_MARKERS);
    }

    /**
     * "Police alleged the accused performed two attacks": what an accusation charges, in its complement clause,
     * is not coded on its own (GUIDELINES convention 4).
     */
    private boolean charged(Token t, Map<Integer, TriggerPattern> matches) {
        Token x = t;
        for (int depth = 0; x != null && depth < 3; depth++, x = s.parent(x)) {
            Token governor = s.parent(x);
            TriggerPattern governing = governor == null ? null : matches.get(governor.index());
            if (x.relation().equals("ccomp") && governing != null && governing.code().code().equals(ACCUSATION)) {
                return true;
            }
        }
        return false;
    }

    private boolean namesActor(Token t) {
        return !resolver.actorsAt(t.index()).isEmpty();
    }

    /** A noun names its own agent when a state, organisation or person modifies it ("German accusations"). */
    private boolean hasOwnAgent(Token noun) {
        return s.children(noun.index()).stream()
                .filter(c -> Set.of("amod", "compound", "nmod:poss").contains(c.relation())
                        || (Syntax.isOblique(c) && Syntax.caseOf(s, c).equals("by")))
                .anyMatch(c -> resolver.mentionAt(c.index()).filter(Mention::givesEntity).isPresent());
    }

    /**
     * "opened fire on the crowd, killing five", "attacked a police station, killing five officers": a participle
     * that tells what an attack did is the same attack, not a second one.
     */
    private boolean consequence(Token t, Map<Integer, TriggerPattern> matches) {
        TriggerPattern own = matches.get(t.index());
        boolean participle = t.tag().equals("VBG") && Syntax.child(s, t, "nsubj").isEmpty()
                && Syntax.child(s, t, "mark").isEmpty();
        if (!participle || own == null || !ATTACK_ROOTS.contains(own.code().root())) {
            return false;
        }
        Token host = s.parent(t);
        for (int depth = 0; host != null && depth < 3; depth++, host = s.parent(host)) {
            TriggerPattern governing = matches.get(host.index());
            if (governing != null) {
                return ATTACK_ROOTS.contains(governing.code().root());
            }
        }
        return false;
    }

    private List<Event> eventsFor(Token trigger, TriggerPattern p, CameoCode code, Arguments arguments) {
        Arguments.Candidates sourcePhrases = arguments.sources(trigger, p);
        List<Resolved> sources = firstResolved(sourcePhrases, p.noun());
        Arguments.Candidates targetPhrases = arguments.targets(trigger, p);
        List<Resolved> targets = firstResolved(targetPhrases, false);
        if (targets.isEmpty() && !targetPhrases.phrases().isEmpty()) {
            Token acted = targetPhrases.phrases().get(0).tokens().get(0);
            targets = authorityAct.impliedSubject(acted, p);
            if (targets.isEmpty()) {
                targets = unnamedPerson.struck(acted, code);
            }
        }
        if (p.noun() && PHYSICAL_ROOTS.contains(code.root())) {
            // "a Kabul car bombing": a capital beside a deed of force says where it was, not who did it
            sources = sources.stream().filter(r -> !r.capital()).toList();
        }
        if (sources.isEmpty() && p.noun() && p.has(Option.RECIP)) {
            sources = resolveAll(arguments.parties(trigger));
        }
        if (sources.isEmpty()) {
            sources = authorityAct.impliedDoer(trigger, p);
        }
        if (targets.isEmpty() && !targetPhrases.phrases().isEmpty()) {
            targets = reaction.doer(targetPhrases.phrases().get(0).tokens().get(0), sources);
        }
        Optional<String> place = resolver.places().placeOf(trigger);
        boolean attack = ATTACK_ROOTS.contains(code.root());
        boolean ban = targets.isEmpty() && restriction.forbids(trigger);
        if (targets.isEmpty() && !ban && code.quadClass() == 4 && (attack || !targetPhrases.phrases().isEmpty())) {
            // GUIDELINES convention 2: the target of an attack on a place is the place's state
            Token struck = targetPhrases.phrases().isEmpty() ? trigger : targetPhrases.phrases().get(0).tokens().get(0);
            Optional<String> where = place.or(() -> resolver.places().stateOfPlace(struck.index()))
                    .or(() -> attack ? resolver.places().placeAfter(trigger) : Optional.empty());
            if (where.isPresent()) {
                targets = List.of(new Resolved(new Actor(where.get(), null, resolver.spanOf(struck.index(),
                        struck.index())), false));
            }
        }
        List<Event> out = new ArrayList<>();
        double certainty = certainty(p, sourcePhrases.inherited());
        boolean mutual = p.has(Option.RECIP) || eachOther(targetPhrases);
        if (mutual && targets.isEmpty() && sources.size() >= 2) {
            for (Resolved a : sources) {
                for (Resolved b : sources) {
                    if (a != b) {
                        event(trigger, p, code, a, b, place, certainty).ifPresent(out::add);
                    }
                }
            }
            return out;
        }
        for (Resolved source : sources) {
            List<Resolved> bearers = ban ? restriction.bearers(trigger, placed(source, place, null, true).entity())
                    : List.of();
            for (Resolved bearer : bearers) {
                CameoCode administrative = code.code().startsWith(RestrictionAtHome.ADMINISTRATIVE_SANCTION) ? code
                        : cameo.get(RestrictionAtHome.ADMINISTRATIVE_SANCTION);
                event(trigger, p, administrative, source, bearer, place, certainty).ifPresent(out::add);
            }
            if (targets.isEmpty() && bearers.isEmpty()) {
                event(trigger, p, code, source, null, place, certainty).ifPresent(out::add);
            }
            for (Resolved target : targets) {
                event(trigger, p, code, source, target, place, certainty).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "Athens and Ankara accused each other": the parties act on one another, each way. */
    private boolean eachOther(Arguments.Candidates targets) {
        return targets.phrases().stream().map(phrase -> phrase.tokens().get(0)).anyMatch(t ->
                (t.lemma().equals("other") && Syntax.hasChild(s, t, "det", Set.of("each")))
                        || (t.lemma().equals("another") && Syntax.hasChild(s, t, "det", Set.of("one"))));
    }

    /**
     * "Damascus condemned the strikes": a definite noun naming an event the text reported before stands for the
     * latest such event, and its target is whoever did it (all the doers of that one trigger, no others).
     */
    private List<Resolved> earlierAgents(Token noun) {
        if (!noun.isNoun() || !Syntax.hasChild(s, noun, "det", DEFINITE)) {
            return List.of();
        }
        Optional<CameoCode> named = matcher.match(s, noun, this::namesActor).map(TriggerPattern::code);
        Optional<Event> latest = named.flatMap(code -> earlier.stream()
                .filter(e -> sameKind(e.code(), code)).reduce((first, second) -> second));
        if (latest.isEmpty()) {
            return List.of();
        }
        List<Resolved> out = new ArrayList<>();
        for (Event e : earlier) {
            boolean sameDeed = e.sentenceIndex() == latest.get().sentenceIndex()
                    && e.trigger().equals(latest.get().trigger()) && sameKind(e.code(), named.get());
            if (sameDeed && out.stream().noneMatch(r -> r.actor().code().equals(e.source().code()))) {
                out.add(new Resolved(e.source().withSpan(resolver.spanOf(noun.index(), noun.index())), true));
            }
        }
        return out;
    }

    /** Two codes for one happening: the same root, or both violence ("the killing" of an assassination). */
    private static boolean sameKind(CameoCode a, CameoCode b) {
        return a.root().equals(b.root()) || (ATTACK_ROOTS.contains(a.root()) && ATTACK_ROOTS.contains(b.root()));
    }

    /**
     * The actors of the first candidate phrase that names any (a weak one must name a state or organisation);
     * for nouns, a phrase that names a state or organisation is preferred to one that names only a role.
     */
    private List<Resolved> firstResolved(Arguments.Candidates candidates, boolean preferNamed) {
        if (preferNamed) {
            for (Arguments.Phrase phrase : candidates.phrases()) {
                List<Resolved> actors = resolveAll(phrase.tokens());
                if (actors.stream().anyMatch(SentenceCoder::named)) {
                    return actors;
                }
            }
        }
        for (Arguments.Phrase phrase : candidates.phrases()) {
            List<Resolved> actors = resolveAll(phrase.tokens());
            if (actors.isEmpty()) {
                actors = earlierAgents(phrase.tokens().get(0));
            }
            if (!actors.isEmpty() && (!phrase.weak() || actors.stream().allMatch(SentenceCoder::named))) {
                return actors;
            }
        }
        return List.of();
    }

    private static boolean named(Resolved r) {
        return !r.actor().entity().equals(Actor.UNKNOWN_ENTITY);
    }

    /**
     * The actors of conjoined heads; a conjunct with no state of its own takes the first one's
     * ("Venezuela's government and opposition" → VEN:GOV, VEN:OPP).
     */
    private List<Resolved> resolveAll(List<Token> heads) {
        List<Resolved> out = new ArrayList<>();
        for (Token h : heads) {
            for (Resolved r : resolver.actorsAt(h.index())) {
                if (!out.isEmpty() && r.open()) {
                    Actor first = out.get(0).actor();
                    r = r.withActor(new Actor(first.entity(), r.actor().role(), r.actor().span()));
                }
                out.add(r);
            }
        }
        return out;
    }

    private Optional<Event> event(Token trigger, TriggerPattern p, CameoCode action, Resolved source, Resolved target,
                                  Optional<String> place, double certainty) {
        if (target == null && Syntax.isReducedPassive(s, trigger)) {
            // "a summit hosted by Trump": a participle that describes a thing is background, not the news
            return Optional.empty();
        }
        Actor sourceActor = placed(source, place, target, true);
        Actor targetActor = target == null ? null : placed(target, place, source, false);
        CameoCode code = recoded(trigger, action, sourceActor, targetActor);
        if (verbalAttack.applies(trigger, code.root(), sourceActor, targetActor, tokenAt(sourceActor.span().begin()),
                targetActor == null ? -1 : tokenAt(targetActor.span().begin()))) {
            code = cameo.get(CRITICISM);
        }
        if (target != null && target.capital() && PHYSICAL_ROOTS.contains(code.root())) {
            targetActor = new Actor(targetActor.entity(), null, targetActor.span());
        }
        if (BusinessNews.applies(sourceActor, targetActor)
                || (targetActor == null && !UnnamedAddressee.allowed(p, code))
                || DomesticTrip.applies(p, sourceActor, targetActor)
                || (targetActor != null && sameReferent(source, target, sourceActor, targetActor))) {
            return Optional.empty();
        }
        double confidence = certainty * (source.referred() ? 0.8 : 1) * (target != null && target.referred() ? 0.85 : 1)
                * (sourceActor.entity().equals(Actor.UNKNOWN_ENTITY) ? 0.9 : 1);
        String id = EventIds.of(article.id(), s.index(), sourceActor.code(), code.code(),
                targetActor == null ? "" : targetActor.code());
        Span triggerSpan = resolver.spanOf(trigger.index(), trigger.index());
        EventDate when = EventDates.of(s, trigger.index(), article.date());
        return Optional.of(new Event(id, article.id(), s.index(), when.day(), sourceActor, targetActor, code,
                triggerSpan, s.text(), Math.round(confidence * 100) / 100.0, coderVersion, place.orElse(null),
                when.origin()));
    }

    /**
     * An actor does not act on itself; but two different people with the same code do ("Zelensky declined Honcharuk's offer": UKR:GOV
     * on UKR:GOV), and so do two differently named bodies of one state.
     */
    private static boolean sameReferent(Resolved source, Resolved target, Actor sourceActor, Actor targetActor) {
        if (!targetActor.code().equals(sourceActor.code())) {
            return false;
        }
        boolean bothNamed = !source.referred() && !target.referred() && !source.open() && !target.open()
                && sourceActor.role() != null;
        return !bothNamed || sourceActor.span().text().equalsIgnoreCase(targetActor.span().text());
    }

    /**
     * Who acts on whom can change the code: civilians who fight riot (145), unless they are attackers, and
     * civilians' "strike" is a labour strike (143: "a miners' strike"); insurgents' and attackers' force is
     * unconventional violence (180); support for rebels or insurgents is aid (070); police who use force on civilians
     * repress them (175), but police who stop an attacker, or someone the text does not say is a civilian ("shot
     * him dead"), fight them (193).
     */
    private CameoCode recoded(Token trigger, CameoCode action, Actor source, Actor target) {
        if ("CVL".equals(source.role()) && action.root().equals("19") && !attacker(source)) {
            boolean labour = trigger.isNoun() && trigger.lemma().equals("strike");
            return cameo.get(labour ? LABOUR_STRIKE : VIOLENT_PROTEST);
        }
        if (action.code().equals(MILITARY_FORCE) && unconventional(source)) {
            return cameo.get(UNCONVENTIONAL_VIOLENCE); // "attackers stabbed", "militants attacked": no army fights
        }
        if (action.code().equals(ENDORSEMENT) && target != null && target.role() != null
                && UNAFFILIATED_ROLES.contains(target.role())) {
            return cameo.get(AID); // "the rebels are backed by Iran": backing an armed group is arming it
        }
        boolean force = Set.of("18", "19").contains(action.root());
        boolean civilians = target != null && "CVL".equals(target.role()) && !attacker(target)
                && !lastWord(target).isPronoun();
        if (force && "COP".equals(source.role()) && civilians) {
            return cameo.get(VIOLENT_REPRESSION);
        }
        return action;
    }

    /**
     * An agent noun whose state the sentence does not name ("police", "protesters") takes, in order: the state
     * where the event happens, the other party's state, the state the text named last, the state the story is
     * about. Armed groups and attackers never do (GUIDELINES convention 6: "assailants attacked him" is ---,
     * though the attacker police shoot is a civilian of the place); a source only when its role acts at home.
     */
    private Actor placed(Resolved who, Optional<String> place, Resolved other, boolean isSource) {
        Actor actor = who.actor();
        String role = actor.role();
        if (!who.open() || UNAFFILIATED_ROLES.contains(role) || (isSource && !DOMESTIC_ROLES.contains(role))
                || (isSource && attacker(actor))) {
            return actor;
        }
        Optional<String> state = place
                .or(() -> Optional.ofNullable(other).map(o -> o.actor().entity()).filter(ActorCodes::isState))
                .or(() -> resolver.latestState(tokenAt(actor.span().begin())))
                .or(resolver::storyState);
        return state.map(e -> new Actor(e, role, actor.span())).orElse(actor);
    }

    private boolean unconventional(Actor source) {
        return "INS".equals(source.role()) || ("CVL".equals(source.role()) && attacker(source))
                || (source.role() == null && source.entity().equals(Actor.UNKNOWN_ENTITY));
    }

    private boolean attacker(Actor actor) {
        Token last = lastWord(actor);
        return ATTACKERS.contains(last.lemma()) || ATTACKERS.contains(last.word().toLowerCase(Locale.ROOT));
    }

    private Token lastWord(Actor actor) {
        return s.tokens().stream().filter(t -> t.end() <= actor.span().end()).reduce((a, b) -> b).orElseThrow();
    }

    private int tokenAt(int offset) {
        for (Token t : s.tokens()) {
            if (t.begin() >= offset) {
                return t.index();
            }
        }
        return s.size();
    }

    /** How sure the way of finding the event makes us: direct verbs over inherited subjects over nouns. */
    private static double certainty(TriggerPattern p, boolean inherited) {
        double base = p.noun() ? 0.75 : 0.9;
        return inherited ? base * 0.85 : base;
    }
}
