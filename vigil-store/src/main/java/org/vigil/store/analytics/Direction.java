package org.vigil.store.analytics;

import java.util.Locale;

/** Which events of a pair (A, B) count: A acting on B, B acting on A, or both. */
public enum Direction {
    BOTH, AB, BA;

    /** Parses {@code both}, {@code ab} or {@code ba} (any case) given as {@code parameter}. */
    public static Direction parse(String parameter, String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(parameter, "must be one of both, ab, ba: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
