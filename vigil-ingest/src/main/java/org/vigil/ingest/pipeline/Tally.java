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
}
