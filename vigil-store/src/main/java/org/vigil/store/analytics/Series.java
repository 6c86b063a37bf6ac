package org.vigil.store.analytics;

import java.util.List;

/**
 * A dyad's series (docs/api.md, {@code GET /api/series}); {@code from}/{@code to} null when there is no data.
 * {@code undated}: the pair's events that have no date, so are in no bucket nor in the totals (0 for a date range).
 */
public record Series(String a, String b, String direction, String interval, String from, String to, double prior,
                     int window, Totals totals, long undated, List<Bucket> buckets) {
    public Series {
        buckets = List.copyOf(buckets);
    }
}
