package org.vigil.store.analytics;

import java.util.List;

/**
 * A pair of blocs' series (docs/api.md, {@code GET /api/blocs/series}): a {@link Series} and the members.
 * {@code rankedEvents}: how many of the events between them (both directions, same statuses and dates) the ranking
 * of bloc pairs counts for this pair; the ranking counts each event once, for one pair, and blocs overlap, so the
 * page of a pair shows more events than its row in the ranking (on the real corpora AU-NATO: 23, of which 8 ranked).
 */
public record BlocSeries(String a, String b, String direction, String interval, String from, String to,
                         double prior, int window, Totals totals, List<Bucket> buckets, List<String> statuses,
                         long rankedEvents, List<BlocMember> aMembers, List<BlocMember> bMembers) {
    public BlocSeries {
        buckets = List.copyOf(buckets);
        statuses = List.copyOf(statuses);
        aMembers = List.copyOf(aMembers);
        bMembers = List.copyOf(bMembers);
    }

    /**
     * A state's status in a bloc over a period (dates ISO, null when open); {@code counted}: the status is one of
     * those asked; {@code yields}: the parts of the period in which the state's standing in the other bloc is as
     * strong or stronger, so that it counts there (stronger) or for neither (as strong), never for both.
     */
    public record BlocMember(String code, String status, String from, String to, boolean counted,
                             List<Yield> yields) {
        public BlocMember {
            yields = List.copyOf(yields);
        }
    }

    /** A period in which a member's events count for {@code bloc}, where it is {@code status}, or for neither. */
    public record Yield(String bloc, String status, String from, String to, boolean neither) {
    }
}
