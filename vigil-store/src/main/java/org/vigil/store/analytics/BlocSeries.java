package org.vigil.store.analytics;

import java.util.List;

/** A pair of blocs' series (docs/api.md, {@code GET /api/blocs/series}): a {@link Series} and the members. */
public record BlocSeries(String a, String b, String direction, String interval, String from, String to,
                         double prior, int window, Totals totals, List<Bucket> buckets, List<String> statuses,
                         List<BlocMember> aMembers, List<BlocMember> bMembers) {
    public BlocSeries {
        buckets = List.copyOf(buckets);
        statuses = List.copyOf(statuses);
        aMembers = List.copyOf(aMembers);
        bMembers = List.copyOf(bMembers);
    }

    /** A state's status in a bloc over a period; dates ISO, null when open. */
    public record BlocMember(String code, String status, String from, String to) {
    }
}
