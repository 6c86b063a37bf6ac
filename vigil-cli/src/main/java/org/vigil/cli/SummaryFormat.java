package org.vigil.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.vigil.core.store.StoreCounts;
import org.vigil.ingest.pipeline.IngestSummary;
import org.vigil.store.DatedEvents;
import org.vigil.store.StoreQueries;
import org.vigil.store.analytics.PairRanking;
import org.vigil.store.analytics.Views;

/**
 * Prints what the store holds after a run (the run itself prints with {@link IngestSummary#print}): the most tense
 * pairs and the internal conflict per state, ranked as the dashboard ranks them ({@link PairRanking}), and how its
 * events are dated.
 */
final class SummaryFormat {
    private SummaryFormat() {
    }

    static void store(PrintWriter out, StoreQueries queries, PairRanking ranking, int top) {
        StoreCounts counts = queries.counts();
        out.printf(Locale.ROOT, "store: %d articles, %d events, %d mentions%n", counts.articles(), counts.events(),
                counts.mentions());
        dates(out, queries.datedEvents());
        int min = PairRanking.DEFAULT_MIN_EVENTS;
        print(out, "most tense pairs (both directions, at least " + min + " events; tension, conflict / all events,"
                + " mean Goldstein):", ranking.tensePairs(top, min, null, null));
        print(out, "internal conflict (a state acting on itself):", ranking.internalConflict(top, min, null, null));
    }

    /**
     * How the store's events are dated, as shares of all events by where the date came from, and how many have
     * none (those are in no chart, alert or initiative): "event dates: 950 of 1000 events dated (95.0%): GIVEN
     * 80.0%, METADATA 10.0%, RELATIVE 5.0%; 50 have no date and are not charted". Nothing for a store without events.
     */
    static void dates(PrintWriter out, DatedEvents dated) {
        long total = dated.total();
        if (total == 0) {
            return;
        }
        StringJoiner shares = new StringJoiner(", ");
        dated.byOrigin().forEach((origin, n) -> shares.add(String.format(Locale.ROOT, "%s %.1f%%", origin,
                100.0 * n / total)));
        out.printf(Locale.ROOT, "event dates: %d of %d events dated (%.1f%%)%s; %s%n", dated.dated(), total,
                100.0 * dated.dated() / total, dated.dated() == 0 ? "" : ": " + shares,
                dated.undated() == 0 ? "none undated" : dated.undated() + " have no date and are not charted");
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
