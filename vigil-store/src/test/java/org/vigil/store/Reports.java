package org.vigil.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.vigil.core.cameo.CameoCode;
import org.vigil.core.model.Actor;
import org.vigil.core.model.Article;
import org.vigil.core.model.Event;
import org.vigil.core.model.Span;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.store.CodedArticle;
import org.vigil.core.store.StoredArticle;

/** Real records for the store tests: events as the coder makes them, with spans found in their sentences. */
final class Reports {
    static final CameoCode ARTILLERY = new CameoCode("194", "Fight with artillery and tanks", -10.0, 4, "ASSAULT");
    static final CameoCode AERIAL = new CameoCode("195", "Employ aerial weapons", -10.0, 4, "ASSAULT");
    static final CameoCode ACCUSE = new CameoCode("112", "Accuse, not specified below", -2.0, 3, "ACCUSE");
    static final CameoCode VISIT = new CameoCode("042", "Make a visit", 1.9, 1, "CONSULT");
    static final CameoCode AGREEMENT = new CameoCode("057", "Sign formal agreement", 8.0, 1, "SUPPORT");
    static final CameoCode PROTEST = new CameoCode("14", "PROTEST", -6.5, 3, "PROTEST");
    static final CameoCode ARREST = new CameoCode("173", "Arrest, detain, or charge with legal action", -5.0, 4,
            "COERCE");

    static final LocalDate TUESDAY = LocalDate.of(2024, 3, 12);

    private Reports() {
    }

    /** Starts an event reported in {@code sentence} (sentence index 0, document offsets = sentence offsets). */
    static Builder in(String articleId, LocalDate date, String sentence) {
        return new Builder(articleId, date, sentence);
    }

    static CodedArticle article(String id, LocalDate date, Event... events) {
        return article(id, date, DateOrigin.METADATA, events);
    }

    /** An article whose date came from {@code origin}. */
    static CodedArticle article(String id, LocalDate date, DateOrigin origin, Event... events) {
        String text = events.length == 0 ? "An article in which nothing happened."
                : String.join(" ", java.util.Arrays.stream(events).map(Event::evidence).distinct().toList());
        Article a = new Article(id, "https://news.example.org/" + id, "Story " + id, date, text);
        return new CodedArticle(new StoredArticle(a, "example", "en", origin, "coded"),
                Math.max(1, events.length), List.of(events));
    }

    static CodedArticle skippedArticle(String id, String status) {
        Article a = new Article(id, null, null, null, "Москва заявила о новых ударах по Харькову.");
        return new CodedArticle(new StoredArticle(a, "example", "ru", DateOrigin.NONE, status), 0, List.of());
    }

    static final class Builder {
        private final String articleId;
        private final LocalDate date;
        private final String sentence;
        private int index;
        private Actor source;
        private Actor target;
        private Span trigger;
        private CameoCode code;
        private LocalDate day;
        private DateOrigin dayOrigin;

        private Builder(String articleId, LocalDate date, String sentence) {
            this.articleId = articleId;
            this.date = date;
            this.day = date;
            this.sentence = sentence;
        }

        Builder sentence(int i) {
            index = i;
            return this;
        }

        Builder source(String entity, String role, String words) {
            source = new Actor(entity, role, span(words));
            return this;
        }

        Builder target(String entity, String role, String words) {
            target = new Actor(entity, role, span(words));
            return this;
        }

        Builder trigger(String words, CameoCode c) {
            trigger = span(words);
            code = c;
            return this;
        }

        /** The event's own day, as its sentence gives it (RELATIVE, EXPLICIT), instead of the article's date. */
        Builder on(LocalDate eventDay, DateOrigin origin) {
            day = eventDay;
            dayOrigin = origin;
            return this;
        }

        Event build() {
            String id = id(articleId + '\u0001' + index + '\u0001' + source.code() + '\u0001' + code.code()
                    + '\u0001' + (target == null ? null : target.code()));
            return new Event(id, articleId, index, day, source, target, code, trigger, sentence, 0.9, "test-1", null,
                    dayOrigin);
        }

        private Span span(String words) {
            int at = sentence.indexOf(words);
            if (at < 0) {
                throw new IllegalArgumentException("'" + words + "' is not in: " + sentence);
            }
            return new Span(at, at + words.length(), words);
        }

        private static String id(String key) {
            try {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(d, 0, 8);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
