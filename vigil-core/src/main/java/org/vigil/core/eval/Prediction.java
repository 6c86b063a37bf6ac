package org.vigil.core.eval;

import org.vigil.core.model.Actor;
import org.vigil.core.model.Event;

/**
 * What the scorer needs of a predicted event.
 *
 * @param source  actor code of the source ({@code "RUS:MIL"}), never null
 * @param target  actor code of the target, or null
 * @param code    CAMEO code, 2 to 4 digits
 * @param plover  PLOVER type of the code, or null where PLOVER has none
 * @param trigger  the trigger words, for reports; may be null
 * @param evidence the sentence the event was found in; may be null
 */
public record Prediction(String source, String target, String code, String plover, String trigger, String evidence) {
    public Prediction {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("prediction has no source");
        }
        if (target != null && target.isBlank()) {
            target = null;
        }
        if (code == null || !code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("prediction CAMEO code must be 2-4 digits: '" + code + "'");
        }
    }

    /** A prediction without its evidence sentence. */
    public Prediction(String source, String target, String code, String plover, String trigger) {
        this(source, target, code, plover, trigger, null);
    }

    /** The prediction of a coded event. */
    public static Prediction of(Event event) {
        Actor target = event.target();
        return new Prediction(event.source().code(), target == null ? null : target.code(),
                event.code().code(), event.code().plover(), event.trigger().text(), event.evidence());
    }

    public String root() {
        return code.substring(0, 2);
    }

    /** Short human-readable form: {@code RUS:MIL -> UKR 194 [ASSAULT] "shelled"}. */
    public String describe() {
        return source + " -> " + (target == null ? "null" : target) + " " + code
                + (plover == null ? "" : " [" + plover + "]")
                + (trigger == null ? "" : " \"" + trigger + "\"");
    }
}
