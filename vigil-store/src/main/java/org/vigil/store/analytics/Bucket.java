package org.vigil.store.analytics;

/**
 * One bucket of a series (docs/api.md, {@code GET /api/series}).
 *
 * @param start         first day of the bucket (ISO)
 * @param given         events of the bucket dated only by the date given for their corpus ({@code --date},
 *                      {@code --period}: the period's middle day): here because of that date, not when they happened
 * @param conflict      {@code q3 + q4}
 * @param meanGoldstein null for an empty bucket
 * @param tensionRaw    (conflict + k) / (events + 2k) of this bucket alone
 * @param tension       the same over this bucket and the {@code window - 1} before it, counts pooled
 * @param basis         events in that window: what {@code tension} rests on
 */
public record Bucket(String start, long events, long given, long q1, long q2, long q3, long q4, long conflict,
                     Double meanGoldstein, double tensionRaw, double tension, long basis) {
}
