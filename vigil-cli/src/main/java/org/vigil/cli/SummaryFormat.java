package org.vigil.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.vigil.core.store.StoreCounts;
import org.vigil.ingest.pipeline.IngestSummary;
import org.vigil.store.StoreQueries;

/** Prints what the store holds after a run (the run itself prints with {@link IngestSummary#print}). */
final class SummaryFormat {
    private SummaryFormat() {
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
