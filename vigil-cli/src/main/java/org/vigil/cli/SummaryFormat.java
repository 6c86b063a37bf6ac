package org.vigil.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.vigil.core.store.StoreCounts;
import org.vigil.ingest.pipeline.IngestSummary;
import org.vigil.store.StoreQueries;
import org.vigil.store.analytics.PairRanking;
import org.vigil.store.analytics.Views;

/**
 * Prints what the store holds after a run (the run itself prints with {@link IngestSummary#print}): the most tense
 * pairs and the internal conflict per state, ranked as the dashboard ranks them ({@link PairRanking}).
 */
final class SummaryFormat {
    private SummaryFormat() {
    }

    static void store(PrintWriter out, StoreQueries queries, PairRanking ranking, int top) {
        StoreCounts counts = queries.counts();
        out.printf(Locale.ROOT, "store: %d articles, %d events, %d mentions%n", counts.articles(), counts.events(),
                counts.mentions());
        int min = PairRanking.DEFAULT_MIN_EVENTS;
        print(out, "most tense pairs (both directions, at least " + min + " events; tension, conflict / all events,"
                + " mean Goldstein):", ranking.tensePairs(top, min, null, null));
        print(out, "internal conflict (a state acting on itself):", ranking.internalConflict(top, min, null, null));
    }

    private static void print(PrintWriter out, String heading, List<Views.TopPair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        out.println(heading);
        for (Views.TopPair p : pairs) {
            String pair = p.a().equals(p.b()) ? p.a() : p.a() + " - " + p.b();
            out.printf(Locale.ROOT, "  %-15s %5.2f %4d / %-4d %6.2f%n", pair, p.tension(), p.conflict(), p.events(),
                    p.meanGoldstein() == null ? Double.NaN : p.meanGoldstein());
        }
    }
}
