package org.vigil.core.eval;

import java.util.Objects;

/**
 * How strictly a predicted event must agree with a gold event to match it (see GUIDELINES.md, "Metric").
 * Actor entities compare without roles except at {@link #ROLES}; the gold entity {@code *} matches any
 * present actor; a null gold target matches only a null predicted target.
 */
public enum Level {
    /** Headline: source entity, target entity (or both null) and CAMEO root. */
    ENTITY,
    /** As {@link #ENTITY}, and the roles must agree too ({@code ENTITY:ROLE}). */
    ROLES,
    /** As {@link #ENTITY}, and the full CAMEO code must agree. */
    FULL_CODE,
    /** For PLOVER-coded gold: source entity, target entity and PLOVER type. */
    PLOVER,
    /**
     * Whole articles, in place: as {@link #ENTITY}, and the prediction's evidence sentence must hold the gold
     * event's quote (whitespace-normalised). A gold event without a quote matches anywhere in the item.
     */
    IN_PLACE,
    /**
     * Whole articles, headline: each item's distinct (source entity, target entity, root) triples, gold against
     * predicted, so an event the story repeats counts once (see {@link ArticleTriples}).
     */
    ARTICLE;

    /** True when {@code predicted} matches {@code gold} at this level. */
    public boolean matches(GoldEvent gold, Prediction predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        boolean roles = this == ROLES;
        if (!actorMatches(gold.source(), predicted.source(), roles)
                || !actorMatches(gold.target(), predicted.target(), roles)) {
            return false;
        }
        return switch (this) {
            case ENTITY, ROLES, ARTICLE -> gold.code() != null && gold.root().equals(predicted.root());
            case IN_PLACE -> gold.code() != null && gold.root().equals(predicted.root()) && quoted(gold, predicted);
            case FULL_CODE -> gold.code() != null && gold.code().equals(predicted.code());
            case PLOVER -> gold.plover() != null && gold.plover().equals(predicted.plover());
        };
    }

    private static boolean quoted(GoldEvent gold, Prediction predicted) {
        if (gold.quote() == null) {
            return true;
        }
        return predicted.evidence() != null && normalised(predicted.evidence()).contains(normalised(gold.quote()));
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * True when a predicted actor code matches a gold actor code.
     *
     * @param gold      gold actor code or null
     * @param predicted predicted actor code or null
     * @param withRole  whether the roles must agree as well
     */
    static boolean actorMatches(String gold, String predicted, boolean withRole) {
        if (gold == null || predicted == null) {
            return gold == null && predicted == null;
        }
        String goldEntity = entity(gold);
        if (!goldEntity.equals(GoldEvent.ANY_ENTITY) && !goldEntity.equals(entity(predicted))) {
            return false;
        }
        return !withRole || Objects.equals(role(gold), role(predicted));
    }

    /** The entity part of an actor code: {@code "RUS:MIL"} gives {@code "RUS"}. */
    public static String entity(String actor) {
        int colon = actor.indexOf(':');
        return colon < 0 ? actor : actor.substring(0, colon);
    }

    /** The role part of an actor code, or null: {@code "RUS:MIL"} gives {@code "MIL"}. */
    public static String role(String actor) {
        int colon = actor.indexOf(':');
        return colon < 0 ? null : actor.substring(colon + 1);
    }
}
