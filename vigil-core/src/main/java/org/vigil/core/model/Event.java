package org.vigil.core.model;

import java.time.LocalDate;
import java.util.Objects;
import org.vigil.core.cameo.CameoCode;

/**
 * A coded event: who did what to whom, where and when, and the words that prove it.
 * The target may be null (an action with no addressee), and so may the location (the ISO alpha-3 code of the
 * state where it happened, when the sentence names a place); the evidence never is.
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
        String location) {

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
    }

    /** An event whose sentence names no place. */
    public Event(String id, String articleId, int sentenceIndex, LocalDate date, Actor source, Actor target,
                 CameoCode code, Span trigger, String evidence, double confidence, String coderVersion) {
        this(id, articleId, sentenceIndex, date, source, target, code, trigger, evidence, confidence, coderVersion,
                null);
    }
}
