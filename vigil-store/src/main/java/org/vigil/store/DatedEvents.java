package org.vigil.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the store's events are dated: the dated ones by where their date came from (RELATIVE, RELATIVE_WEEK,
 * RELATIVE_MONTH, EXPLICIT, else their first article's origin: METADATA, DATELINE, GIVEN, ...), most first, and how many have no date, so are in no chart.
 */
public record DatedEvents(Map<String, Long> byOrigin, long undated) {
    public DatedEvents {
        byOrigin = Collections.unmodifiableMap(new LinkedHashMap<>(byOrigin));
        if (undated < 0) {
            throw new IllegalArgumentException("undated events < 0: " + undated);
        }
    }

    public long dated() {
        return byOrigin.values().stream().mapToLong(Long::longValue).sum();
    }

    public long total() {
        return dated() + undated;
    }
}
