package org.vigil.core.eval;

/**
 * Event counts at one matching level and the figures derived from them. Matching is one-to-one, so the
 * number of matched gold events equals the number of matched predicted events.
 *
 * <p>Conventions for empty denominators: when there is nothing to find and nothing was predicted,
 * precision, recall and F1 are 1; otherwise an empty denominator gives 0.
 *
 * @param gold      gold events
 * @param predicted predicted events
 * @param matched   matched pairs
 */
public record Counts(int gold, int predicted, int matched) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (gold < 0 || predicted < 0 || matched < 0) {
            throw new IllegalArgumentException("negative count: gold=" + gold + " predicted=" + predicted + " matched=" + matched);
        }
        if (matched > gold || matched > predicted) {
            throw new IllegalArgumentException("matched " + matched + " exceeds gold " + gold + " or predicted " + predicted);
        }
    }

    public Counts plus(Counts other) {
        return new Counts(gold + other.gold, predicted + other.predicted, matched + other.matched);
    }

    public double precision() {
        if (predicted == 0) {
            return gold == 0 ? 1.0 : 0.0;
        }
        return (double) matched / predicted;
    }

    public double recall() {
        if (gold == 0) {
            return predicted == 0 ? 1.0 : 0.0;
        }
        return (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
