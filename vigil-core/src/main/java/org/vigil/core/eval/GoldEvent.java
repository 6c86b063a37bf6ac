package org.vigil.core.eval;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One hand-coded event of a gold item.
 *
 * <p>Actors are {@code ENTITY} or {@code ENTITY:ROLE} ({@code "RUS:MIL"}, {@code "UKR"}, {@code "---:CVL"});
 * the entity {@code *} stands for "any actor that is present". The target is null when the action has no
 * addressee. A CAMEO-coded event carries {@code code}; a PLOVER-coded event carries {@code plover} and is
 * scored at the PLOVER level even when it also carries a code.
 *
 * @param source actor code of the source, never null
 * @param target actor code of the target, or null
 * @param code   CAMEO code (2 to 4 digits), or null for a PLOVER-only event
 * @param plover PLOVER event type ({@code "ASSAULT"}), or null for a CAMEO event
 * @param quote  words of the sentence that reports the event (whole-article gold), or null
 */
public record GoldEvent(String source, String target, String code, String plover, String quote) {
    /** Gold entity that matches any present actor. */
    public static final String ANY_ENTITY = "*";

    private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
    private static final Pattern PLOVER = Pattern.compile("[A-Z][A-Z_-]*");
    private static final Pattern ACTOR = Pattern.compile("(\\*|---|[A-Za-z0-9]+)(:[A-Z]+)?");

    public GoldEvent {
        source = checkActor(source, "source");
        if (source == null) {
            throw new IllegalArgumentException("gold event has no source");
        }
        target = checkActor(target, "target");
        code = blankToNull(code);
        plover = blankToNull(plover);
        if (code == null && plover == null) {
            throw new IllegalArgumentException("gold event " + source + " -> " + target + " has neither code nor plover");
        }
        if (code != null && !CAMEO.matcher(code).matches()) {
            throw new IllegalArgumentException("CAMEO code must be 2-4 digits: '" + code + "'");
        }
        if (plover != null && !PLOVER.matcher(plover).matches()) {
            throw new IllegalArgumentException("PLOVER type must be upper-case letters: '" + plover + "'");
        }
        quote = blankToNull(quote);
    }

    /** A gold event without a quote. */
    public GoldEvent(String source, String target, String code, String plover) {
        this(source, target, code, plover, null);
    }

    /** A CAMEO-coded gold event. */
    public static GoldEvent cameo(String source, String target, String code) {
        return new GoldEvent(source, target, Objects.requireNonNull(code, "code"), null);
    }

    /** A PLOVER-coded gold event. */
    public static GoldEvent plover(String source, String target, String plover) {
        return new GoldEvent(source, target, null, Objects.requireNonNull(plover, "plover"));
    }

    /** True when this event is scored at the PLOVER level. */
    public boolean isPlover() {
        return plover != null;
    }

    /** The CAMEO root (first two digits), or null for a PLOVER-only event. */
    public String root() {
        return code == null ? null : code.substring(0, 2);
    }

    /** Short human-readable form: {@code RUS:MIL -> UKR 194}. */
    public String describe() {
        return source + " -> " + (target == null ? "null" : target) + " "
                + (plover != null ? plover : code);
    }

    private static String checkActor(String actor, String what) {
        actor = blankToNull(actor);
        if (actor != null && !ACTOR.matcher(actor).matches()) {
            throw new IllegalArgumentException("bad " + what + " actor '" + actor + "': expected ENTITY or ENTITY:ROLE");
        }
        return actor;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
