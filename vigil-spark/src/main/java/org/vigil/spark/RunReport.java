package org.vigil.spark;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.vigil.ingest.pipeline.IngestSummary;

/**
 * What one run of the job did, in the terms of a {@code vigil ingest} run ({@link IngestSummary}: documents read,
 * articles coded as "stored", skipped and failed by reason, sentences, events, time), plus where it went.
 *
 * @param input    the input path as given
 * @param corpus   the partition key of that input in every table
 * @param articles rows written to {@code articles}: coded articles and articles skipped for their language
 * @param summary  the counts, as an ingest run reports them
 */
public record RunReport(String input, String corpus, String output, long articles, IngestSummary summary) {
    public long read() {
        return summary.read();
    }

    public long coded() {
        return summary.stored();
    }

    public Map<String, Long> skipped() {
        return summary.skipped();
    }

    public Map<String, Long> failed() {
        return summary.failed();
    }

    public long sentences() {
        return summary.sentences();
    }

    public long parsedSentences() {
        return summary.parsedSentences();
    }

    public long events() {
        return summary.events();
    }

    public double seconds() {
        return summary.seconds();
    }

    public long failedTotal() {
        return summary.failedTotal();
    }

    /** The report as the CLI prints a run's summary, and where the output is. */
    public void print(PrintWriter out) {
        summary.print(out);
        out.printf(Locale.ROOT, "output: %s (corpus=%s; %d articles)%n", output, corpus, articles);
    }
}
