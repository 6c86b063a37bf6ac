package org.vigil.core.model;

import java.util.Objects;

/**
 * A coded actor: an entity (ISO alpha-3 state, organisation id, or {@code ---} when only the role is known)
 * and an optional role (GOV, MIL, ...), with the words that named it.
 */
public record Actor(String entity, String role, Span span) {
    public static final String UNKNOWN_ENTITY = "---";

    public Actor {
        Objects.requireNonNull(entity, "actor entity");
        Objects.requireNonNull(span, "actor span");
        if (entity.isBlank()) {
            throw new IllegalArgumentException("actor entity is blank");
        }
        if (role != null && role.isBlank()) {
            role = null;
        }
    }

    /** "RUS:MIL", or "RUS" when there is no role. */
    public String code() {
        return role == null ? entity : entity + ":" + role;
    }

    public Actor withSpan(Span other) {
        return new Actor(entity, role, other);
    }
}
