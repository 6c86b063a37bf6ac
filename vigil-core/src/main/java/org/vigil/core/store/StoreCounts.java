package org.vigil.core.store;

/** How much the store holds. */
public record StoreCounts(long articles, long events, long mentions) {
}
