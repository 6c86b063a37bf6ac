package org.vigil.ingest.pipeline;

import java.util.HashMap;
import java.util.Map;

/** Running counts of an ingest run; mutable, confined to the run's reading thread. */
final class Tally {
    long read;
    long stored;
    long sentences;
    long parsed;
    long events;
    long merged;
    final Map<String, Long> skipped = new HashMap<>();
    final Map<String, Long> failed = new HashMap<>();

    /** "not valid JSON: Unexpected character ..." is counted as "not valid JSON". */
    static String category(String reason) {
        int colon = reason.indexOf(':');
        return colon > 0 ? reason.substring(0, colon) : reason;
    }
}
