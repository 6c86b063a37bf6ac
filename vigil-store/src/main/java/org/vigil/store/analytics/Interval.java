package org.vigil.store.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The width of a time-series bucket. Weeks start on Monday (ISO), months on the 1st. */
public enum Interval {
    DAY, WEEK, MONTH;

    /** Parses {@code day}, {@code week} or {@code month} (any case) given as {@code parameter}. */
    public static Interval parse(String parameter, String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(parameter, "must be one of day, week, month: '" + value + "'");
        }
    }

    /** The unit as DuckDB's {@code date_trunc} names it. A constant of this enum, never user text. */
    String sqlUnit() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first day of the bucket holding {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** The first day of the bucket after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** The first day of the bucket {@code n} buckets before the one starting on {@code start}. */
    public LocalDate back(LocalDate start, int n) {
        return switch (this) {
            case DAY -> start.minusDays(n);
            case WEEK -> start.minusWeeks(n);
            case MONTH -> start.minusMonths(n);
        };
    }

    @Override
    public String toString() {
        return sqlUnit();
    }
}
