package org.vigil.store.analytics;

/**
 * The beta-binomial distribution: the number of successes in n trials whose success probability is itself
 * uncertain, Beta(alpha, beta). The alerts use it as the predictive distribution of a week's conflict events given
 * the baseline's counts (docs/analytics.md, "Alerts"): wider than the binomial, so a thin baseline alerts less.
 */
final class BetaBinomial {
    private BetaBinomial() {
    }

    /** P(X ≥ k) for X ~ BetaBinomial(n, alpha, beta); 1 when k ≤ 0, 0 when k > n. */
    static double upperTail(long k, long n, double alpha, double beta) {
        if (k <= 0) {
            return 1.0;
        }
        double sum = 0;
        for (long x = k; x <= n; x++) {
            sum += Math.exp(logPmf(x, n, alpha, beta));
        }
        return Math.min(1.0, sum);
    }

    static double logPmf(long x, long n, double alpha, double beta) {
        return logChoose(n, x) + logBeta(x + alpha, n - x + beta) - logBeta(alpha, beta);
    }

    private static double logChoose(long n, long k) {
        return logGamma(n + 1.0) - logGamma(k + 1.0) - logGamma(n - k + 1.0);
    }

    private static double logBeta(double a, double b) {
        return logGamma(a) + logGamma(b) - logGamma(a + b);
    }

    /** ln Γ(x) for x > 0, Lanczos approximation (g = 7, 9 terms; relative error below 1e-13). */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double a = LANCZOS[0];
        double t = z + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) {
            a += LANCZOS[i] / (z + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
    }

    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
}
