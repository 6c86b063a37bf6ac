package org.vigil.cli;

import java.util.Locale;
import java.util.OptionalLong;

/** How far a run is, in one line: documents done (of the total, when known), the rate and the time left. */
final class ProgressText {
    private ProgressText() {
    }

    /** "150 of 1,903 documents (8%), 4.2 docs/s, about 7m left", or "150 documents, 4.2 docs/s" without a total. */
    static String of(long done, OptionalLong total, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder s = new StringBuilder();
        if (total.isPresent() && total.getAsLong() > 0) {
            long all = total.getAsLong();
            s.append(String.format(Locale.ROOT, "%,d of %,d documents (%d%%)", done, all,
                    Math.min(100, done * 100 / all)));
        } else {
            s.append(String.format(Locale.ROOT, "%,d documents", done));
        }
        s.append(String.format(Locale.ROOT, ", %.1f docs/s", rate));
        if (total.isPresent() && rate > 0 && done < total.getAsLong()) {
            s.append(", about ").append(duration(Math.round((total.getAsLong() - done) / rate))).append(" left");
        }
        return s.toString();
    }

    /** 42s, 7m 05s, 2h 13m: the two largest units are all a reader needs. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
