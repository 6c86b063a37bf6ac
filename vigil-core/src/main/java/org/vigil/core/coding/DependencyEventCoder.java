package org.vigil.core.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.vigil.core.actors.StateReadings;
import org.vigil.core.cameo.AnnouncedActions;
import org.vigil.core.cameo.CameoOntology;
import org.vigil.core.cameo.OtherDomains;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.model.Actor;
import org.vigil.core.model.Event;
import org.vigil.core.model.ParsedDocument;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;

/**
 * The rule-based coder over Universal Dependencies (CODER.md): finds actor mentions with the dictionaries,
 * triggers with the verb and noun patterns, and their arguments in the parse; resolves pronouns and titles
 * within the document. Immutable after construction, so one instance serves every thread.
 */
public final class DependencyEventCoder implements EventCoder {
    public static final String VERSION = "vigil-coder-0.1";

    private final MentionFinder mentions;
    private final TriggerMatcher triggers;
    private final CameoOntology cameo;
    private final AnnouncedActions announced;
    private final OtherDomains domains;

    public DependencyEventCoder(Dictionaries dictionaries) {
        this.mentions = new MentionFinder(dictionaries);
        this.triggers = new TriggerMatcher(dictionaries.triggers());
        this.cameo = dictionaries.cameo();
        this.announced = dictionaries.announced();
        this.domains = dictionaries.domains();
    }

    @Override
    public List<Event> code(ParsedDocument document) {
        Discourse discourse = new Discourse();
        DomainSense sense = new DomainSense(domains, document);
        StateReadings readings = StateReadings.of(document.article().text());
        List<Event> events = new ArrayList<>();
        // read-only view: each sentence sees the events of the sentences before it
        List<Event> earlier = Collections.unmodifiableList(events);
        for (ParsedSentence sentence : document.sentences()) {
            List<Mention> found = mentions.find(sentence, document.article().date(), readings);
            ActorResolver resolver = new ActorResolver(sentence, found, discourse, earlier);
            remember(sentence, found, resolver, discourse);
            introduce(sentence, resolver, discourse);
            if (!isQuestion(sentence)) {
                events.addAll(new SentenceCoder(sentence, resolver, triggers, cameo, announced, sense,
                        document.article(), earlier, VERSION).code());
            }
        }
        return List.copyOf(events);
    }

    /** Adds the sentence's actors to the discourse, so that later words can refer back to them. */
    private static void remember(ParsedSentence sentence, List<Mention> found, ActorResolver resolver,
                                 Discourse discourse) {
        for (Mention m : found) {
            Token head = sentence.token(m.head());
            Optional<ActorResolver.Resolved> resolved;
            boolean person = m.kind() == MentionKind.PERSON;
            if (m.kind() == MentionKind.ROLE && head.relation().startsWith("compound")) {
                // a title before a name the dictionaries do not know: the titled person is the referent
                Token name = sentence.parent(head);
                resolved = name == null ? Optional.empty() : resolver.titledName(name.index());
                person = resolved.isPresent() && m.refersToPerson();
            } else {
                resolved = resolver.actorOf(m);
            }
            boolean isPerson = person;
            resolved.map(r -> placed(r, head, sentence, resolver)).ifPresent(r -> {
                boolean named = !r.actor().entity().equals(Actor.UNKNOWN_ENTITY);
                boolean plural = head.tag().equals("NNS") || head.tag().equals("NNPS");
                discourse.add(new Discourse.Referent(r.actor(), m.kind(), isPerson || (m.refersToPerson() && named),
                        plural, r.open(), m.anaphorLemmas(), sentence.index(), m.first()));
            });
        }
    }

    /** Names the dictionaries do not know, introduced by a title or description: later mentions are that actor. */
    private static void introduce(ParsedSentence sentence, ActorResolver resolver, Discourse discourse) {
        for (Token t : sentence.tokens()) {
            boolean nameHead = !t.relation().equals("compound") && !t.relation().equals("flat");
            if (nameHead) {
                resolver.describedPerson(t.index()).map(r -> placed(r, t, sentence, resolver)).ifPresent(r ->
                        discourse.people().introduce(resolver.nameWords(t).stream().map(Token::word).toList(), r));
            }
        }
    }

    /** "Protesters rallied in Tbilisi ... dispersed them": the referent is placed where its clause happens. */
    private static ActorResolver.Resolved placed(ActorResolver.Resolved r, Token head, ParsedSentence sentence,
                                                 ActorResolver resolver) {
        Token governor = sentence.parent(head);
        if (!r.open() || governor == null) {
            return r;
        }
        return resolver.places().placeOf(governor)
                .map(state -> r.withActor(new Actor(state, r.actor().role(), r.actor().span())))
                .orElse(r);
    }

    private static boolean isQuestion(ParsedSentence sentence) {
        return sentence.text().strip().endsWith("?");
    }
}
