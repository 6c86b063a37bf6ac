package org.vigil.ingest.source;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The dates someone gives for a corpus that carries none: one day ({@code --date 2019-01-04}) or a period
 * ({@code --period 2004-08..2005-01}, ends inclusive; a year or a month stands for all its days).
 *
 * <p>An undated article of a period is dated to the period's middle day: one point we can stand behind as
 * "within the period", where spreading the articles over it would draw a timeline nobody observed.
 *
 * @param from first day
 * @param to   last day, not before {@code from}
 */
public record GivenDates(LocalDate from, LocalDate to) {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    public GivenDates {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** One day. */
    public static GivenDates day(String text) {
        LocalDate day = parseDay(text.strip());
        return new GivenDates(day, day);
    }

    /**
     * A period {@code FROM..TO}, each end a day, a month or a year.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static GivenDates period(String text) {
        String[] ends = text.strip().split("\\.\\.", -1);
        if (ends.length != 2 || ends[0].isBlank() || ends[1].isBlank()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a period FROM..TO (e.g. 2004-08..2005-01)");
        }
        return new GivenDates(firstDay(ends[0].strip()), lastDay(ends[1].strip()));
    }

    /** The day given to an undated article. */
    public LocalDate day() {
        return from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
    }

    private static LocalDate firstDay(String end) {
        if (YEAR.matcher(end).matches()) {
            return LocalDate.of(Integer.parseInt(end), 1, 1);
        }
        if (MONTH.matcher(end).matches()) {
            return month(end).atDay(1);
        }
        return parseDay(end);
    }

    private static LocalDate lastDay(String end) {
        if (YEAR.matcher(end).matches()) {
            return LocalDate.of(Integer.parseInt(end), 12, 31);
        }
        if (MONTH.matcher(end).matches()) {
            return month(end).atEndOfMonth();
        }
        return parseDay(end);
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a month (YYYY-MM)", e);
        }
    }

    private static LocalDate parseDay(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a day (YYYY-MM-DD)", e);
        }
    }
}
