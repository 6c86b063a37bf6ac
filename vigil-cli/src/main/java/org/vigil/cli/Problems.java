package org.vigil.cli;

import java.io.PrintWriter;

/** Collects input problems and reports each at once on stderr as {@code WHERE: reason}. */
final class Problems {
    private final PrintWriter err;
    private int count;

    Problems(PrintWriter err) {
        this.err = err;
    }

    /** Reports a problem at {@code where} ({@code FILE:LINE} or {@code FILE}). */
    void report(String where, String reason) {
        count++;
        err.println(where + ": " + reason);
        err.flush();
    }

    /** Reports something odd that loses nothing: not counted as a problem. */
    void warn(String where, String reason) {
        err.println(where + ": warning: " + reason);
        err.flush();
    }

    int count() {
        return count;
    }

    boolean any() {
        return count > 0;
    }
}
