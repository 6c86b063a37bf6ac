package org.vigil.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.core.model.Event;
import org.vigil.store.SameEventRule.Report;

/**
 * The events a batch may merge into: those already stored that share a dyad, root and date window with an
 * incoming event, plus the events the batch itself creates. Applies {@link SameEventRule}; the outcome does not
 * depend on where batch boundaries fall, because events created earlier in the batch are candidates exactly
 * like stored ones, and ties go to the smaller event id. Nor does an event's head depend on the order its
 * reports came in: it is always the earliest ({@link Cluster}).
 */
final class MergeIndex {
    private record Key(String sourceEntity, String targetEntity, String root) {
        static Key of(Report r) {
            return new Key(r.sourceEntity(), r.targetEntity() == null ? "" : r.targetEntity(), r.root());
        }
    }

    /**
     * One event and every report of it seen so far. Its head, the report whose fields the event row carries, is
     * the earliest report by date, then article id, then event id: whatever order the reports came in.
     */
    static final class Cluster {
        /** The event's id in the store before this batch, or null for an event the batch creates. */
        final String storedId;
        String eventId;
        Report head;
        /** The head's article, the second part of the order of reports. */
        String headArticle;
        /** The head as a whole event when the batch brought it (it is to be written), else null. */
        Event headEvent;
        final Set<String> articles = new HashSet<>();
        final List<Set<String>> words = new ArrayList<>();
        final List<String> lemmas = new ArrayList<>();
        /** Mentions before the batch in flight (a new event: its first report). */
        final int before;
        /** Mentions added by the batch in flight. */
        int added;

        private Cluster(String storedId, int before, String eventId, Report head, String headArticle,
                        Event headEvent) {
            this.storedId = storedId;
            this.before = before;
            this.eventId = eventId;
            this.head = head;
            this.headArticle = headArticle;
            this.headEvent = headEvent;
        }

        boolean stored() {
            return storedId != null;
        }

        /** True when the stored event's row must be replaced: an earlier report became its head. */
        boolean headChanged() {
            return stored() && !storedId.equals(eventId);
        }

        void add(String articleId, String evidence, String trigger) {
            articles.add(articleId);
            words.add(SameEventRule.contentWords(evidence));
            lemmas.add(SameEventRule.triggerLemma(trigger));
        }

        /** Makes {@code e} the head when it comes before the current one. */
        private void offerHead(Event e) {
            if (EARLIEST.compare(new Order(e.date(), e.articleId(), e.id()),
                    new Order(head.date(), headArticle, eventId)) < 0) {
                eventId = e.id();
                head = Report.of(e);
                headArticle = e.articleId();
                headEvent = e;
            }
        }
    }

    /** Where a report stands in the order that picks a head. */
    private record Order(LocalDate date, String articleId, String eventId) {
    }

    private static final Comparator<Order> EARLIEST = Comparator.comparing(Order::date,
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Order::articleId).thenComparing(Order::eventId);

    /** The order in which a batch's events are matched: earliest first, so that heads come before later reports. */
    static final Comparator<Event> MATCH_ORDER = Comparator.comparing(
            (Event e) -> new Order(e.date(), e.articleId(), e.id()), EARLIEST);

    private final Map<Key, List<Cluster>> byKey = new HashMap<>();
    private final Map<String, Cluster> byId = new HashMap<>();

    /**
     * One stored report (a row of {@code mentions}) of a stored event with {@code mentions} reports, whose head
     * is {@code head}, from {@code headArticle}.
     */
    void addStored(String eventId, int mentions, Report head, String headArticle, String articleId,
                   String evidence, String trigger) {
        Cluster c = byId.get(eventId);
        if (c == null) {
            c = register(new Cluster(eventId, mentions, eventId, head, headArticle, null));
        }
        c.add(articleId, evidence, trigger);
    }

    /**
     * A new event created by the batch in flight; one that is not {@code matchable} (its date was given to its
     * corpus) is never found as another report's event.
     */
    Cluster addNew(Event e, boolean matchable) {
        Cluster c = new Cluster(null, 1, e.id(), Report.of(e), e.articleId(), e);
        if (matchable) {
            register(c);
        } else {
            byId.put(c.eventId, c);
        }
        c.add(e.articleId(), e.evidence(), e.trigger().text());
        return c;
    }

    /** Records another report of an existing event; an earlier report becomes its head. */
    void addReport(Cluster c, Event e) {
        c.add(e.articleId(), e.evidence(), e.trigger().text());
        c.added++;
        c.offerHead(e);
    }

    /**
     * The event this one is another report of, or null. Never an event already reported by the same article:
     * one article's events with different ids are never merged, neither directly nor through a third event.
     */
    Cluster find(Event e) {
        Report incoming = Report.of(e);
        if (incoming.date() == null) {
            return null;
        }
        Set<String> words = SameEventRule.contentWords(incoming.evidence());
        String lemma = SameEventRule.triggerLemma(incoming.trigger());
        Cluster best = null;
        double bestScore = -1;
        for (Cluster c : byKey.getOrDefault(Key.of(incoming), List.of())) {
            if (c.articles.contains(e.articleId()) || !SameEventRule.sameActorsAndRoot(c.head, incoming)
                    || !SameEventRule.datesClose(c.head.date(), incoming.date())) {
                continue;
            }
            double score = -1;
            for (int i = 0; i < c.words.size(); i++) {
                if (SameEventRule.closeWording(c.words.get(i), c.lemmas.get(i), words, lemma)) {
                    // an identical trigger lemma ranks above any wording overlap
                    double s = lemma.equals(c.lemmas.get(i)) ? 2 : SameEventRule.jaccard(c.words.get(i), words);
                    score = Math.max(score, s);
                }
            }
            if (score > bestScore || (score >= 0 && score == bestScore && c.eventId.compareTo(best.eventId) < 0)) {
                best = c;
                bestScore = score;
            }
        }
        return bestScore >= 0 ? best : null;
    }

    /** The stored events that gained mentions in this batch and kept their head. */
    List<Cluster> storedWithNewMentions() {
        return byId.values().stream().filter(c -> c.stored() && c.added > 0 && !c.headChanged()).toList();
    }

    /** The stored events whose head this batch replaced with an earlier report. */
    List<Cluster> storedWithNewHead() {
        return byId.values().stream().filter(Cluster::headChanged).toList();
    }

    private Cluster register(Cluster c) {
        byKey.computeIfAbsent(Key.of(c.head), k -> new ArrayList<>()).add(c);
        byId.put(c.eventId, c);
        return c;
    }
}
