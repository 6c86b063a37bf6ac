package org.vigil.store.analytics;

/** Counts over a whole series; {@code meanGoldstein} null when there are no events. */
public record Totals(long events, long q1, long q2, long q3, long q4, long conflict, Double meanGoldstein) {
}
