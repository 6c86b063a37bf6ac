package org.vigil.store.analytics;

/**
 * The tension index (docs/analytics.md, "Tension"): the share of conflict events (quad classes 3 and 4) among all
 * events of a pair, with k pseudo-events on each side, (conflict + k) / (events + 2k). A share, not a count, so a
 * week with twice the coverage of the same situation has the same tension; the pseudo-events pull thin evidence
 * towards 0.5 ("no information") instead of letting one event read as 0 or 1.
 */
public final class TensionIndex {
    /** k, the pseudo-events on each side. */
    public static final double PRIOR = 1.0;
    /** Buckets pooled by the smoothed index: the bucket and the two before it. */
    public static final int WINDOW = 3;

    private TensionIndex() {
    }

    /** (conflict + k) / (events + 2k). */
    public static double of(long conflict, long events) {
        return (conflict + PRIOR) / (events + 2 * PRIOR);
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
