package org.vigil.store;

import java.util.ArrayList;
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
 * like stored ones, and ties go to the smaller event id.
 */
final class MergeIndex {
    private record Key(String sourceEntity, String targetEntity, String root) {
        static Key of(Report r) {
            return new Key(r.sourceEntity(), r.targetEntity() == null ? "" : r.targetEntity(), r.root());
        }
    }

    /** One event and every report of it seen so far. */
    static final class Cluster {
        final String eventId;
        final boolean stored;
        final Report head;
        final Set<String> articles = new HashSet<>();
        final List<Set<String>> words = new ArrayList<>();
        final List<String> lemmas = new ArrayList<>();
        /** Mentions added by the batch in flight. */
        int added;

        Cluster(String eventId, boolean stored, Report head) {
            this.eventId = eventId;
            this.stored = stored;
            this.head = head;
        }

        void add(String articleId, String evidence, String trigger) {
            articles.add(articleId);
            words.add(SameEventRule.contentWords(evidence));
            lemmas.add(SameEventRule.triggerLemma(trigger));
        }
    }

    private final Map<Key, List<Cluster>> byKey = new HashMap<>();
    private final Map<String, Cluster> byId = new HashMap<>();

    /** One stored report (a row of {@code mentions}) of a stored event whose first report is {@code head}. */
    void addStored(String eventId, Report head, String articleId, String evidence, String trigger) {
        Cluster c = byId.get(eventId);
        if (c == null) {
            c = register(new Cluster(eventId, true, head));
        }
        c.add(articleId, evidence, trigger);
    }

    /** A new event created by the batch in flight. */
    Cluster addNew(Event e) {
        Cluster c = register(new Cluster(e.id(), false, Report.of(e)));
        c.add(e.articleId(), e.evidence(), e.trigger().text());
        return c;
    }

    /** Records another report of an existing event. */
    void addReport(Cluster c, Event e) {
        c.add(e.articleId(), e.evidence(), e.trigger().text());
        c.added++;
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

    /** The stored events that gained mentions in this batch. */
    List<Cluster> storedWithNewMentions() {
        return byId.values().stream().filter(c -> c.stored && c.added > 0).toList();
    }

    private Cluster register(Cluster c) {
        byKey.computeIfAbsent(Key.of(c.head), k -> new ArrayList<>()).add(c);
        byId.put(c.eventId, c);
        return c;
    }
}
