package org.vigil.ingest.pipeline;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an ingest run did: documents read, stored, skipped and failed (each by reason), events and speed.
 *
 * @param eventsMerged events recognised as reports of an event already stored (one more mention each)
 */
public record IngestSummary(long read, long stored, Map<String, Long> skipped, Map<String, Long> failed,
                            long sentences, long parsedSentences, long events, long eventsMerged,
                            double seconds) {
    public IngestSummary {
        skipped = Map.copyOf(new TreeMap<>(skipped));
        failed = Map.copyOf(new TreeMap<>(failed));
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public long failedTotal() {
        return failed.values().stream().mapToLong(Long::longValue).sum();
    }

    public double sentencesPerSecond() {
        return seconds > 0 ? sentences / seconds : 0;
    }

    /** The summary as the command line prints it after a run. */
    public void print(PrintWriter out) {
        printDocuments(out);
        double parsedShare = sentences == 0 ? 0 : 100.0 * parsedSentences / sentences;
        out.printf(Locale.ROOT, "sentences: %d (%d parsed in this run, %.0f%%; the rest skipped by the pre-filter, "
                + "or coded before, in a Spark run being imported)%n", sentences, parsedSentences, parsedShare);
        out.printf(Locale.ROOT, "events: %d coded (%d merged into events already reported)%n", events, eventsMerged);
        out.printf(Locale.ROOT, "time: %.1f s, %.1f sentences/s%n", seconds, sentencesPerSecond());
    }

    /** The documents' lines of {@link #print}: read, stored, skipped and failed, with the reasons. */
    public void printDocuments(PrintWriter out) {
        out.printf(Locale.ROOT, "documents: %d read, %d stored, %d skipped, %d failed%n", read, stored,
                skippedTotal(), failedTotal());
        new TreeMap<>(skipped).forEach((reason, n) -> out.printf(Locale.ROOT, "  skipped %-32s %d%n", reason, n));
        new TreeMap<>(failed).forEach((reason, n) -> out.printf(Locale.ROOT, "  failed %-32s %d%n", reason, n));
    }
}
