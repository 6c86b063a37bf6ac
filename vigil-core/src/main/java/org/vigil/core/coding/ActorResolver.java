package org.vigil.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.vigil.core.actors.ActorCodes;
import org.vigil.core.model.Actor;
import org.vigil.core.model.Event;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Span;
import org.vigil.core.model.Token;

/**
 * Turns the head token of an argument into an actor: a named actor, an agent noun composed with the state or
 * organisation that modifies it ("Russian forces" → RUS:MIL), a place (its state), or a pronoun or description
 * resolved in the discourse. One instance per sentence.
 */
final class ActorResolver {
    private static final Set<String> ARMED_GROUP_ROLES = Set.of("REB", "INS");
    /** Nouns that "both" or "the two" turn into the two parties named before: "urged both sides". */
    private static final Set<String> PAIR_NOUNS = Set.of("side", "country", "party", "nation", "neighbor",
            "neighbour", "leader", "government", "state", "rival", "army", "foe");
    /** Prepositions that name a group's members: "countries including Algeria", "states such as France". */
    private static final Set<String> EXAMPLE_CASES = Set.of("including", "such");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");
    /** Verbs that introduce what a speaker says in their own words. */
    private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "write", "state", "tweet",
            "declare", "insist", "warn");
    /** How many sentences back a pronoun may reach; titles ("the president") reach the whole document. */
    private static final int PRONOUN_WINDOW = 2;
    private static final int TITLE_WINDOW = Integer.MAX_VALUE;

    private final ParsedSentence sentence;
    private final SentenceMentions words;
    private final Places places;
    private final Discourse discourse;
    /** The document's events before this sentence, for "both sides" of the last one. */
    private final List<Event> earlier;

    ActorResolver(ParsedSentence sentence, List<Mention> mentions, Discourse discourse, List<Event> earlier) {
        this.sentence = sentence;
        this.words = new SentenceMentions(sentence, mentions);
        this.places = new Places(words);
        this.discourse = discourse;
        this.earlier = earlier;
    }

    /**
     * The actors whose head is this token: usually one, several when conjoined states own it ("Russian and
     * Belarusian troops"); empty when the words name no actor.
     */
    List<Resolved> actorsAt(int head) {
        Token token = sentence.token(head);
        Optional<Mention> mention = mentionAt(head);
        if (mention.isPresent()) {
            Mention m = mention.get();
            Optional<Resolved> actor = actorOf(m);
            if (actor.isEmpty() || m.kind() != MentionKind.ROLE) {
                return actor.map(List::of).orElse(List.of());
            }
            List<Resolved> ofPair = ofPair(m);
            return ofPair.isEmpty() ? withConjoinedOwners(m.head(), actor.get()) : ofPair;
        }
        Optional<Token> adjective = nominalisedAdjective(token);
        if (adjective.isPresent()) {
            return actorsAt(adjective.get().index());
        }
        if (token.isPronoun()) {
            return pronoun(token).map(List::of).orElse(List.of());
        }
        List<Resolved> pair = pairReference(token);
        if (!pair.isEmpty()) {
            return pair;
        }
        List<Resolved> named = namedMembers(token);
        if (!named.isEmpty()) {
            return named;
        }
        Optional<Resolved> described = describedPerson(head).or(() -> introduced(token));
        if (described.isPresent()) {
            return List.of(described.get());
        }
        Optional<Mention> member = groupMember(head);
        if (member.isPresent()) {
            return actorOf(member.get()).map(List::of).orElse(List.of());
        }
        return modifierActor(head)
                .map(owner -> withConjoinedOwners(head, new Resolved(owner.withSpan(spanOf(head, head)), false)))
                .orElse(List.of());
    }

    /** The actor, plus one per state conjoined to its owner: "U.S. and British warplanes" → USA:MIL, GBR:MIL. */
    private List<Resolved> withConjoinedOwners(int head, Resolved first) {
        List<Resolved> out = new ArrayList<>(List.of(first));
        words.modifierOf(head).ifPresent(owner -> {
            for (Token conj : Syntax.children(sentence, sentence.token(owner.head()), "conj")) {
                mentionAt(conj.index()).filter(Mention::givesEntity).filter(m -> m != owner).ifPresent(m ->
                        out.add(new Resolved(new Actor(m.entity(), first.actor().role(), first.actor().span()),
                                first.referred())));
            }
        });
        return out;
    }

    /**
     * "both sides", "the two countries": the parties of the last events the text reported (their sources first),
     * else the last two states it named before these words.
     */
    private List<Resolved> pairReference(Token token) {
        boolean pairWord = Syntax.hasChild(sentence, token, "det", Set.of("both"))
                || Syntax.hasChild(sentence, token, "nummod", Set.of("two"))
                || Syntax.hasChild(sentence, token, "amod", Set.of("both"));
        if (!pairWord || !PAIR_NOUNS.contains(token.lemma())) {
            return List.of();
        }
        List<String> states = lastParties();
        if (states.size() < 2) {
            states = discourse.latestStates(sentence.index(), token.index(), 1, 2);
        }
        if (states.size() < 2) {
            return List.of();
        }
        Span span = spanOf(token.index(), token.index());
        return states.stream().map(e -> new Resolved(new Actor(e, null, span), true)).toList();
    }

    /**
     * "several European states, such as France and Germany", "countries including Algeria and Morocco": a group
     * the text names by its members is those members.
     */
    private List<Resolved> namedMembers(Token group) {
        if (!group.tag().equals("NNS")) {
            return List.of();
        }
        List<Resolved> out = new ArrayList<>();
        sentence.children(group.index()).stream()
                .filter(c -> c.relation().equals("nmod") && EXAMPLE_CASES.contains(Syntax.caseOf(sentence, c)))
                .findFirst().ifPresent(first -> Syntax.withConjuncts(sentence, first)
                        .forEach(member -> mentionAt(member.index()).filter(Mention::givesEntity)
                                .flatMap(this::actorOf).ifPresent(out::add)));
        return out;
    }

    /** "the leaders of the two countries": the role once for each of the pair. */
    private List<Resolved> ofPair(Mention role) {
        Span span = spanOf(role.first(), role.last());
        return sentence.children(role.head()).stream()
                .filter(c -> c.relation().equals("nmod") && Syntax.caseOf(sentence, c).equals("of"))
                .map(this::pairReference).filter(pair -> !pair.isEmpty()).findFirst().orElse(List.of()).stream()
                .map(r -> new Resolved(new Actor(r.actor().entity(), role.role(), span), true)).toList();
    }

    /**
     * "the accused", "the wounded": the parser makes the article the head and the participle its modifier; the
     * people are the participle's.
     */
    private Optional<Token> nominalisedAdjective(Token token) {
        if (!token.tag().equals("DT")) {
            return Optional.empty();
        }
        return Syntax.children(sentence, token, "amod").stream().filter(a -> mentionAt(a.index()).isPresent())
                .findFirst();
    }

    private List<String> lastParties() {
        if (earlier.isEmpty()) {
            return List.of();
        }
        int last = earlier.get(earlier.size() - 1).sentenceIndex();
        List<Event> events = earlier.stream().filter(e -> e.sentenceIndex() == last).toList();
        List<String> parties = new ArrayList<>();
        events.forEach(e -> parties.add(e.source().entity()));
        events.stream().filter(e -> e.target() != null).forEach(e -> parties.add(e.target().entity()));
        return parties.stream().filter(ActorCodes::isState).distinct().limit(2).toList();
    }

    /**
     * A name the dictionaries do not know, under a title they do: "Russian Foreign Minister Andrei Kozyrev" →
     * RUS:GOV, "U.S. negotiator Paul Nitze" → USA:GOV.
     */
    Optional<Resolved> titledName(int head) {
        if (!sentence.token(head).isProperNoun()) {
            return Optional.empty();
        }
        Optional<Mention> title = sentence.children(head).stream()
                .filter(c -> c.relation().equals("compound"))
                .map(c -> mentionAt(c.index())).flatMap(Optional::stream)
                .filter(m -> m.kind() == MentionKind.ROLE).findFirst();
        if (title.isEmpty()) {
            return Optional.empty();
        }
        Mention t = title.get();
        Optional<Mention> owner = words.modifierOf(t.head()).or(() -> words.modifierOf(head));
        int first = Math.min(t.first(), owner.map(Mention::first).orElse(t.first()));
        Span span = spanOf(first, head);
        if (owner.isEmpty()) {
            return Optional.of(Resolved.open(new Actor(Actor.UNKNOWN_ENTITY, t.role(), span)));
        }
        Actor named = ownerActor(owner.get());
        return Optional.of(new Resolved(new Actor(named.entity(), named.role() != null ? named.role() : t.role(),
                span), false));
    }

    /**
     * A name the dictionaries do not know, made an actor by the words beside it: a title before it ("Prime
     * Minister Oleksiy Honcharuk") or a description in apposition ("Zalmay Khalilzad, a US peace envoy"; "the
     * mayor of Paris, Anne Hidalgo").
     */
    Optional<Resolved> describedPerson(int head) {
        Token name = sentence.token(head);
        if (!name.isProperNoun() || mentionAt(head).isPresent()) {
            return Optional.empty();
        }
        return titledName(head).or(() -> appositive(name));
    }

    private Optional<Resolved> appositive(Token name) {
        List<Token> described = new ArrayList<>(Syntax.children(sentence, name, "appos"));
        if (name.relation().equals("appos")) {
            described.add(sentence.parent(name));
        }
        Span span = spanOf(head(nameWords(name)), name.index());
        return described.stream().map(d -> mentionAt(d.index())).flatMap(Optional::stream)
                .filter(m -> m.kind() == MentionKind.ROLE && m.head() == m.last() && m.refersToPerson())
                .findFirst().flatMap(m -> role(m, span));
    }

    /** The later "Honcharuk" of a person the article introduced earlier. */
    private Optional<Resolved> introduced(Token token) {
        if (!token.isProperNoun()) {
            return Optional.empty();
        }
        Span span = spanOf(token.index(), token.index());
        // named, not referred: the surname is as explicit as the full name, and another name is another person
        return discourse.people().named(token.word())
                .map(r -> new Resolved(r.actor().withSpan(span), false, false, r.open()));
    }

    /** The words of a name: the proper nouns compounded to its last word, in order ("Oleksiy Honcharuk"). */
    List<Token> nameWords(Token last) {
        List<Token> out = new ArrayList<>();
        for (Token c : sentence.children(last.index())) {
            boolean part = c.relation().equals("compound") || c.relation().equals("flat");
            if (part && c.isProperNoun() && c.index() < last.index() && mentionAt(c.index()).isEmpty()) {
                out.add(c);
            }
        }
        out.add(last);
        return out;
    }

    private static int head(List<Token> words) {
        return words.get(0).index();
    }

    /** "dozens of students", "hundreds of thousands of people": the group is what it is made of. */
    private Optional<Mention> groupMember(int head) {
        for (Token c : sentence.children(head)) {
            if (c.relation().equals("nmod") && "of".equals(Syntax.caseOf(sentence, c))) {
                Optional<Mention> m = mentionAt(c.index())
                        .filter(x -> x.kind() == MentionKind.ROLE || x.kind() == MentionKind.DEMONYM);
                if (m.isPresent() || mentionAt(c.index()).isPresent()) {
                    return m;
                }
                Optional<Mention> nested = groupMember(c.index());
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }

    /** Resolves a mention found in this sentence to an actor. */
    Optional<Resolved> actorOf(Mention m) {
        Span span = spanOf(m.first(), m.last());
        return switch (m.kind()) {
            case PERSON, ORGANIZATION, STATE, DEMONYM ->
                    Optional.of(new Resolved(new Actor(m.entity(), m.role(), span), false));
            case CAPITAL -> Optional.of(new Resolved(new Actor(m.entity(), m.role(), span), false, true, false));
            case ADJECTIVE, PLACE -> Optional.of(new Resolved(new Actor(m.entity(), null, span), false));
            case ROLE -> role(m, span);
            case ORGANIZATION_ANAPHOR -> discourse.latest(sentence.index(), m.first(), TITLE_WINDOW,
                            r -> r.anaphors().containsAll(m.anaphorLemmas()))
                    .map(r -> new Resolved(r.actor().withSpan(span), true));
        };
    }

    private Optional<Resolved> role(Mention m, Span span) {
        Optional<Mention> owner = words.modifierOf(m.head());
        if (owner.isPresent()) {
            Mention o = owner.get();
            Actor named = ownerActor(o);
            String role = named.role() != null ? named.role() : m.role();
            Span whole = spanOf(Math.min(m.first(), o.first()), Math.max(m.last(), o.last()));
            return Optional.of(new Resolved(new Actor(named.entity(), role, whole), false));
        }
        Optional<Resolved> possessor = Syntax.child(sentence, sentence.token(m.head()), "nmod:poss")
                .filter(Token::isPronoun).flatMap(p -> pronoun(p).or(() -> stateOfTheirs(p)));
        if (possessor.isPresent() && !possessor.get().open()) {
            // "its troops" after Rwanda's government: RWA:MIL; an armed group's own people keep its role
            Actor whose = possessor.get().actor();
            String role = whose.role() != null && ARMED_GROUP_ROLES.contains(whose.role()) ? whose.role() : m.role();
            return Optional.of(new Resolved(new Actor(whose.entity(), role, span), true));
        }
        Optional<String> home = sentence.children(m.head()).stream()
                .filter(c -> c.relation().equals("nmod") && Syntax.caseOf(sentence, c).equals("in"))
                .map(c -> places.stateOfPlace(c.index())).flatMap(Optional::stream).findFirst();
        if (home.isPresent()) {
            return Optional.of(new Resolved(new Actor(home.get(), m.role(), span), false));
        }
        if (m.refersToPerson()) {
            Optional<Discourse.Referent> person = discourse.latest(sentence.index(), m.first(), TITLE_WINDOW,
                    r -> r.person() && m.role().equals(r.actor().role()));
            if (person.isPresent()) {
                return Optional.of(new Resolved(person.get().actor().withSpan(span), true));
            }
        }
        if (Syntax.hasChild(sentence, sentence.token(m.head()), "det", Set.of("the"))) {
            Optional<Discourse.Referent> named = discourse.latest(sentence.index(), m.first(), PRONOUN_WINDOW,
                    r -> m.role().equals(r.actor().role()) && !r.actor().entity().equals(Actor.UNKNOWN_ENTITY));
            if (named.isPresent()) {
                return Optional.of(new Resolved(named.get().actor().withSpan(span), true));
            }
        }
        return Optional.of(Resolved.open(new Actor(Actor.UNKNOWN_ENTITY, m.role(), span)));
    }

    /** Where things happen in this sentence. */
    Places places() {
        return places;
    }

    Optional<Mention> mentionAt(int token) {
        return words.mentionAt(token);
    }

    Span spanOf(int first, int last) {
        return words.spanOf(first, last);
    }

    /** The state named last before this token, in this sentence or the one before. */
    Optional<String> latestState(int token) {
        return discourse.latest(sentence.index(), token, 1, r -> ActorCodes.isState(r.actor().entity()))
                .map(r -> r.actor().entity());
    }

    /** The state the story is about so far (the one named most often). */
    Optional<String> storyState() {
        return discourse.storyState();
    }

    /** A state, place or organisation that modifies the noun at {@code head} ("the Saudi embassy" → SAU). */
    private Optional<Actor> modifierActor(int head) {
        return words.modifierOf(head).map(this::ownerActor);
    }

    /** People and organisations keep their own role; states, places and adjectives give only the entity. */
    private Actor ownerActor(Mention owner) {
        boolean keepsRole = owner.kind() == MentionKind.ORGANIZATION || owner.kind() == MentionKind.PERSON;
        return new Actor(owner.entity(), keepsRole ? owner.role() : null, spanOf(owner.first(), owner.last()));
    }

    private Optional<Resolved> pronoun(Token token) {
        String word = token.lemma();
        if (FIRST_PERSON.contains(token.word().toLowerCase())) {
            return speaker(token);
        }
        int local = localSubject(token);
        Predicate<Discourse.Referent> notLocal = r -> r.sentence() != sentence.index() || r.token() != local;
        Optional<Discourse.Referent> found = Optional.empty();
        if (PERSON_PRONOUNS.contains(word)) {
            found = discourse.latest(sentence.index(), token.index(), PRONOUN_WINDOW,
                    notLocal.and(Discourse.Referent::person));
        } else if (PLURAL_PRONOUNS.contains(word)) {
            found = discourse.latest(sentence.index(), token.index(), PRONOUN_WINDOW,
                    notLocal.and(Discourse.Referent::plural));
        } else if (THING_PRONOUNS.contains(word)) {
            found = discourse.latest(sentence.index(), token.index(), PRONOUN_WINDOW, notLocal.and(
                    r -> r.kind() == MentionKind.ORGANIZATION || r.kind() == MentionKind.STATE
                            || (r.kind() == MentionKind.ROLE && !r.plural() && !r.person())));
        }
        Span span = spanOf(token.index(), token.index());
        return found.map(r -> new Resolved(r.actor().withSpan(span), true, false, r.open()));
    }

    /**
     * "representatives from Iran acknowledged their government had...": "their" before an institution, when no
     * group it could mean was named, is the people of the state this sentence named before it.
     */
    private Optional<Resolved> stateOfTheirs(Token pronoun) {
        if (!pronoun.word().equalsIgnoreCase("their")) {
            return Optional.empty();
        }
        Span span = spanOf(pronoun.index(), pronoun.index());
        return discourse.latest(sentence.index(), pronoun.index(), 0, r -> r.kind() == MentionKind.STATE)
                .map(r -> new Resolved(new Actor(r.actor().entity(), null, span), true));
    }

    /**
     * "We made an offer," the minister said: "I" and "we" in what a speaker says are the speaker, whether the
     * speech verb governs the quoted clause or stands beside it.
     */
    private Optional<Resolved> speaker(Token pronoun) {
        Token clause = sentence.parent(pronoun);
        for (int depth = 0; clause != null && depth < 4; depth++) {
            Token governor = sentence.parent(clause);
            boolean reported = governor != null && SPEECH_VERBS.contains(governor.lemma())
                    && (clause.relation().equals("ccomp") || clause.relation().startsWith("parataxis"));
            Optional<Token> verb = reported ? Optional.of(governor) : Syntax.children(sentence, clause, "parataxis")
                    .stream().filter(c -> SPEECH_VERBS.contains(c.lemma())).findFirst();
            Optional<Token> subject = verb.flatMap(v -> Syntax.child(sentence, v, "nsubj"))
                    .filter(s -> !FIRST_PERSON.contains(s.word().toLowerCase()));
            if (subject.isPresent()) {
                Span span = spanOf(pronoun.index(), pronoun.index());
                return actorsAt(subject.get().index()).stream().findFirst()
                        .map(r -> new Resolved(r.actor().withSpan(span), true, false, r.open()));
            }
            clause = governor;
        }
        return Optional.empty();
    }

    /**
     * An object pronoun never means its own clause's subject ("police fired tear gas to disperse them": not the
     * police). The first token of that subject's words, or -1; a possessive ("its leader") has no such limit.
     */
    private int localSubject(Token pronoun) {
        if (!pronoun.relation().equals("obj") && !pronoun.relation().equals("iobj")) {
            return -1;
        }
        Token clause = sentence.parent(pronoun);
        for (int depth = 0; clause != null && depth < 3; depth++) {
            Optional<Token> subject = Syntax.child(sentence, clause, "nsubj");
            if (subject.isPresent()) {
                return mentionAt(subject.get().index()).map(Mention::first).orElse(subject.get().index());
            }
            clause = Syntax.isOpenClause(sentence, clause) ? sentence.parent(clause) : null;
        }
        return -1;
    }

    /**
     * An actor, whether it came from a reference to an earlier mention (less certain), and whether its words were
     * a capital, which is the government when it speaks and the place when it is struck.
     */
    record Resolved(Actor actor, boolean referred, boolean capital, boolean open) {
        Resolved(Actor actor, boolean referred) {
            this(actor, referred, false, false);
        }

        /** An agent noun whose state the sentence does not name: the coder may place it. */
        static Resolved open(Actor actor) {
            return new Resolved(actor, false, false, true);
        }

        Resolved withActor(Actor other) {
            return new Resolved(other, referred, capital, open);
        }
    }
}
