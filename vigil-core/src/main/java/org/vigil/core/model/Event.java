package org.vigil.core.model;

import java.time.LocalDate;
import java.util.Objects;
import org.vigil.core.cameo.CameoCode;
import org.vigil.core.dates.EventDate;
import org.vigil.core.source.DateOrigin;

/**
 * A coded event: who did what to whom, where and when, and the words that prove it.
 * The target may be null (an action with no addressee), and so may the location (the ISO alpha-3 code of the
 * state where it happened, when the sentence names a place); the evidence never is. {@code date} is the day the
 * event happened: {@code dateOrigin} is RELATIVE, RELATIVE_WEEK, RELATIVE_MONTH or EXPLICIT when the sentence
 * gives it ({@link org.vigil.core.dates.EventDate}), null when it is the article's date (whose own origin the
 * article records).
 */
public record Event(
        String id,
        String articleId,
        int sentenceIndex,
        LocalDate date,
        Actor source,
        Actor target,
        CameoCode code,
        Span trigger,
        String evidence,
        double confidence,
        String coderVersion,
        String location,
        DateOrigin dateOrigin) {

    public Event {
        Objects.requireNonNull(id, "event id");
        Objects.requireNonNull(articleId, "article id");
        Objects.requireNonNull(source, "source actor");
        Objects.requireNonNull(code, "event code");
        Objects.requireNonNull(trigger, "trigger span");
        Objects.requireNonNull(evidence, "evidence sentence");
        if (evidence.isBlank()) {
            throw new IllegalArgumentException("event " + id + " has no evidence");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
        EventDate.check(date, dateOrigin);
    }

    /** An event dated by its article. */
    public Event(String id, String articleId, int sentenceIndex, LocalDate date, Actor source, Actor target,
                 CameoCode code, Span trigger, String evidence, double confidence, String coderVersion,
                 String location) {
        this(id, articleId, sentenceIndex, date, source, target, code, trigger, evidence, confidence, coderVersion,
                location, null);
    }

    /** The same event on another day, known another way. */
    public Event withDate(EventDate when) {
        return new Event(id, articleId, sentenceIndex, when.day(), source, target, code, trigger, evidence, confidence,
                coderVersion, location, when.origin());
    }

    /** An event whose sentence names no place, dated by its article. */
    public Event(String id, String articleId, int sentenceIndex, LocalDate date, Actor source, Actor target,
                 CameoCode code, Span trigger, String evidence, double confidence, String coderVersion) {
        this(id, articleId, sentenceIndex, date, source, target, code, trigger, evidence, confidence, coderVersion,
                null);
    }
}
