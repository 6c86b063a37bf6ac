package org.vigil.store.analytics;

import java.util.List;

/** A dyad's series (docs/api.md, {@code GET /api/series}); {@code from}/{@code to} null when there is no data. */
public record Series(String a, String b, String direction, String interval, String from, String to, double prior,
                     int window, Totals totals, List<Bucket> buckets) {
    public Series {
        buckets = List.copyOf(buckets);
    }
}
