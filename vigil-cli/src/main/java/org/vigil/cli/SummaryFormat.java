package org.vigil.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.core.store.StoreCounts;
import org.vigil.ingest.pipeline.IngestSummary;
import org.vigil.store.StoreQueries;

/** Prints what an ingest run did and what the store now holds. */
final class SummaryFormat {
    private SummaryFormat() {
    }

    static void print(PrintWriter out, IngestSummary s) {
        out.printf(Locale.ROOT, "documents: %d read, %d stored, %d skipped, %d failed%n", s.read(), s.stored(),
                s.skippedTotal(), s.failedTotal());
        reasons(out, "skipped", s.skipped());
        reasons(out, "failed", s.failed());
        double parsedShare = s.sentences() == 0 ? 0 : 100.0 * s.parsedSentences() / s.sentences();
        out.printf(Locale.ROOT, "sentences: %d (%d parsed in this run, %.0f%%; the rest skipped by the pre-filter, "
                + "or coded before, in a Spark run being imported)%n", s.sentences(), s.parsedSentences(), parsedShare);
        out.printf(Locale.ROOT, "events: %d coded (%d merged into events already reported)%n", s.events(),
                s.eventsMerged());
        out.printf(Locale.ROOT, "time: %.1f s, %.1f sentences/s%n", s.seconds(), s.sentencesPerSecond());
    }

    private static void reasons(PrintWriter out, String what, Map<String, Long> byReason) {
        byReason.forEach((reason, n) -> out.printf(Locale.ROOT, "  %s %-32s %d%n", what, reason, n));
    }

    static void store(PrintWriter out, StoreQueries queries, int topDyads) {
        StoreCounts counts = queries.counts();
        out.printf(Locale.ROOT, "store: %d articles, %d events, %d mentions%n", counts.articles(), counts.events(),
                counts.mentions());
        List<StoreQueries.ConflictDyad> dyads = queries.topConflictDyads(topDyads);
        if (dyads.isEmpty()) {
            return;
        }
        out.println("most conflictual dyads (source -> target: conflict events / all events, mean Goldstein):");
        for (StoreQueries.ConflictDyad d : dyads) {
            out.printf(Locale.ROOT, "  %-6s -> %-6s %4d / %-4d %6.2f%n", d.sourceEntity(),
                    d.targetEntity() == null ? "-" : d.targetEntity(), d.conflictEvents(), d.events(),
                    d.meanGoldstein());
        }
    }
}
