package org.vigil.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.vigil.core.model.Actor;
import org.vigil.core.model.Article;
import org.vigil.core.model.Event;
import org.vigil.core.store.CodedArticle;
import org.vigil.core.store.StoredArticle;

/**
 * What coding one partition gives, one record each: an article with its events, an input that failed, or the
 * partition's counts. Exactly one part is set. Plain serialisable values, since the core records are not.
 */
record Coded(ArticleRow article, FailureRow failure, Counts counts) implements Serializable {

    static Coded of(ArticleRow article) {
        return new Coded(article, null, null);
    }

    static Coded of(FailureRow failure) {
        return new Coded(null, failure, null);
    }

    static Coded of(Counts counts) {
        return new Coded(null, null, counts);
    }

    /** An article as stored: the row of the {@code articles} table, and its events. */
    record ArticleRow(String id, String url, String source, String title, LocalDate date, String dateOrigin,
                      String language, String status, int sentences, String text, String input, String file,
                      long ordinal, List<EventRow> events) implements Serializable {

        static ArticleRow of(CodedArticle coded, InputRecord read) {
            StoredArticle stored = coded.article();
            Article a = stored.article();
            List<EventRow> events = new java.util.ArrayList<>(coded.events().size());
            for (int i = 0; i < coded.events().size(); i++) {
                events.add(EventRow.of(coded.events().get(i), i));
            }
            return new ArticleRow(a.id(), a.url(), stored.source(), a.title(), a.date(), stored.dateOrigin().name(),
                    stored.language(), stored.status(), coded.sentences(), a.text(), read.input(), read.file(),
                    read.ordinal(), events);
        }
    }

    /**
     * One event as the coder gave it, with its evidence; {@code index} is its place in the article's list.
     * {@code eventDate} is the day it happened, {@code dateOrigin} RELATIVE, RELATIVE_WEEK, RELATIVE_MONTH or
     * EXPLICIT when its sentence gives that day, week or month, null when it is the article's date.
     */
    record EventRow(String id, int index, int sentence, ActorRow source, ActorRow target, String cameo,
                    String cameoName, String root, int quadClass, double goldstein, String plover,
                    String triggerText, int triggerStart, int triggerEnd, String evidence, double confidence,
                    String coderVersion, String location, LocalDate eventDate, String dateOrigin)
            implements Serializable {

        static EventRow of(Event e, int index) {
            return new EventRow(e.id(), index, e.sentenceIndex(), ActorRow.of(e.source()), ActorRow.of(e.target()),
                    e.code().code(), e.code().name(), e.code().root(), e.code().quadClass(), e.code().goldstein(),
                    e.code().plover(), e.trigger().text(), e.trigger().begin(), e.trigger().end(), e.evidence(),
                    e.confidence(), e.coderVersion(), e.location(), e.date(),
                    e.dateOrigin() == null ? null : e.dateOrigin().name());
        }
    }

    /** An actor: its code ({@code RUS:MIL}), entity, role and the words that named it. */
    record ActorRow(String code, String entity, String role, String text, int start, int end)
            implements Serializable {
        static ActorRow of(Actor a) {
            return a == null ? null : new ActorRow(a.code(), a.entity(), a.role(), a.span().text(),
                    a.span().begin(), a.span().end());
        }
    }

    /** An input that could not be read or coded: named as the CLI names it, with the reason. */
    record FailureRow(String input, String reason) implements Serializable {
    }

    /**
     * A partition's counts, as {@code vigil ingest} reports a run: documents read, articles written (coded or
     * skipped for their language) and coded, skipped by reason (another language, a duplicate), failed by reason
     * category, sentences, sentences parsed, events.
     */
    record Counts(long read, long articles, long coded, Map<String, Long> skipped, Map<String, Long> failed,
                  long sentences, long parsed, long events) implements Serializable {
        Counts {
            skipped = Map.copyOf(skipped);
            failed = Map.copyOf(failed);
        }
    }
}
