package org.vigil.ingest.pipeline;

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
}
