package org.vigil.store.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The dates a look at the data covers: the range asked for, each end defaulting to the first or latest dated event,
 * and how many dated events fall in it ({@code from}/{@code to} null: the store has no dated event).
 */
record DatedSpan(LocalDate from, LocalDate to, long events) {

    static DatedSpan read(Connection c, LocalDate from, LocalDate to) throws SQLException {
        LocalDate first;
        LocalDate latest;
        try (PreparedStatement p = c.prepareStatement("SELECT min(date), max(date) FROM events");
             ResultSet r = p.executeQuery()) {
            r.next();
            first = r.getObject(1, LocalDate.class);
            latest = r.getObject(2, LocalDate.class);
        }
        if (first == null) {
            return new DatedSpan(null, null, 0);
        }
        LocalDate start = from != null ? from : first;
        LocalDate end = to != null ? to : latest;
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM events WHERE date BETWEEN ? AND ?")) {
            p.setObject(1, start);
            p.setObject(2, end);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return new DatedSpan(start, end, r.getLong(1));
            }
        }
    }

    /** Weeks when the span averages at least {@code weekly} dated events a week, else months. */
    Interval auto(int weekly) {
        if (from == null) {
            return Interval.MONTH;
        }
        double weeks = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1) / 7.0;
        return events >= weekly * weeks ? Interval.WEEK : Interval.MONTH;
    }
}
