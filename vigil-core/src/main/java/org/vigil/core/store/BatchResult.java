package org.vigil.core.store;

/**
 * What storing one batch did.
 *
 * @param articlesStored  new articles written
 * @param articlesSkipped articles already in the store, left as they were
 * @param eventsStored    new events written
 * @param eventsMerged    events recognised as an event already stored (another report of it): a mention was added
 */
public record BatchResult(int articlesStored, int articlesSkipped, int eventsStored, int eventsMerged) {
}
