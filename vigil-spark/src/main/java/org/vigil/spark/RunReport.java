package org.vigil.spark;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run of the job did, as {@code vigil ingest} reports a run: documents read, articles written (coded, or
 * kept as skipped for their language), documents skipped and failed by reason, sentences, events, time.
 *
 * @param input    the input path as given
 * @param corpus   the partition key of that input in every table
 * @param articles rows written to {@code articles}: coded articles and articles skipped for their language
 * @param coded    articles coded
 */
public record RunReport(String input, String corpus, String output, long read, long articles, long coded,
                        Map<String, Long> skipped, Map<String, Long> failed, long sentences, long parsedSentences,
                        long events, double seconds) {
    public RunReport {
        skipped = Map.copyOf(new TreeMap<>(skipped));
        failed = Map.copyOf(new TreeMap<>(failed));
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public long failedTotal() {
        return failed.values().stream().mapToLong(Long::longValue).sum();
    }

    public double documentsPerSecond() {
        return seconds > 0 ? read / seconds : 0;
    }

    /** The report as the CLI prints a run's summary. */
    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "documents: %d read, %d coded, %d skipped, %d failed%n", read, coded,
                skippedTotal(), failedTotal());
        new TreeMap<>(skipped).forEach((r, n) -> out.printf(Locale.ROOT, "  skipped %-32s %d%n", r, n));
        new TreeMap<>(failed).forEach((r, n) -> out.printf(Locale.ROOT, "  failed  %-32s %d%n", r, n));
        double share = sentences == 0 ? 0 : 100.0 * parsedSentences / sentences;
        out.printf(Locale.ROOT, "sentences: %d (%d parsed, %.0f%%, the rest skipped by the pre-filter)%n", sentences,
                parsedSentences, share);
        out.printf(Locale.ROOT, "events: %d coded%n", events);
        out.printf(Locale.ROOT, "time: %.1f s, %.1f documents/s%n", seconds, documentsPerSecond());
        out.printf(Locale.ROOT, "output: %s (corpus=%s; %d articles)%n", output, corpus, articles);
    }
}
