package org.vigil.ingest.source;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as sources write them, read to a calendar day.
 *
 * <p>A timestamp with an offset gives the day in that offset (the publisher's own calendar day, the one its
 * text means by "on Tuesday"); an instant without an offset ({@code Z}, epoch numbers, {@link Date}) gives the
 * day in UTC; a local timestamp gives its own day.
 */
public final class Dates {
    /** The earliest publication date taken; the latest is the end of next year. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final List<DateTimeFormatter> OFFSET_FORMATS = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME,
            looseOffsetFormat("+HHmm"),
            looseOffsetFormat("+HH:MM"));
    private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME).toFormatter(Locale.ROOT);
    private static final Pattern EPOCH = Pattern.compile("-?\\d{9,13}");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final String MONTHS = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile(MONTHS + "\\s+(\\d{1,2}),?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})\\s+" + MONTHS + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTH_PREFIXES =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private Dates() {
    }

    /** {@code 2024-03-05 10:00:00+0300} and the like: a space for the T, an offset with or without a colon. */
    private static DateTimeFormatter looseOffsetFormat(String offsetPattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().append(DateTimeFormatter.ISO_LOCAL_DATE)
                .optionalStart().appendLiteral('T').optionalEnd()
                .optionalStart().appendLiteral(' ').optionalEnd()
                .append(DateTimeFormatter.ISO_LOCAL_TIME)
                .optionalStart().appendLiteral(' ').optionalEnd()
                .appendOffset(offsetPattern, "Z").toFormatter(Locale.ROOT);
    }

    /** A date that cannot be a publication date, with the one message both {@code code} and ingest give. */
    public static final class BadDate extends Exception {
        private static final long serialVersionUID = 1L;

        BadDate(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * A publication date as {@link #parse} reads it, within {@link #EARLIEST} to the end of next year.
     *
     * @throws BadDate "date "…" is neither an ISO date nor a timestamp", or "date … is outside 1900-01-01..…"
     */
    public static LocalDate check(String text) throws BadDate {
        LocalDate date = parse(text);
        if (date == null) {
            throw new BadDate("date \"" + text.strip() + "\" is neither an ISO date nor a timestamp");
        }
        String outside = outsideRange(date);
        if (outside != null) {
            throw new BadDate(outside);
        }
        return date;
    }

    /** Why a date is not a plausible publication date, or null when it is. */
    static String outsideRange(LocalDate date) {
        LocalDate latest = LocalDate.of(LocalDate.now(ZoneOffset.UTC).getYear() + 1, 12, 31);
        return date.isBefore(EARLIEST) || date.isAfter(latest)
                ? "date " + date + " is outside " + EARLIEST + ".." + latest : null;
    }

    /**
     * Reads an ISO date ({@code 2024-03-05}), an ISO or RFC 1123 timestamp, or epoch seconds/milliseconds.
     *
     * @return the day, or null when the text is none of these
     */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            Instant instant = s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return instant.atZone(ZoneOffset.UTC).toLocalDate();
        }
        for (DateTimeFormatter format : OFFSET_FORMATS) {
            try {
                return OffsetDateTime.parse(s, format).toLocalDate();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            // not zoned
        }
        try {
            return LocalDateTime.parse(s, LOCAL_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            // not a local timestamp
        }
        try {
            return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Finds a written date at the start of a short line: {@code 2024-03-05}, {@code March 5, 2024},
     * {@code 5 March 2024}. For datelines and "Date:" headers in plain text.
     *
     * @return the day, or null
     */
    static LocalDate find(String line) {
        LocalDate found = findAny(line);
        return found == null || outsideRange(found) != null ? null : found;
    }

    private static LocalDate findAny(String line) {
        LocalDate parsed = parse(line);
        if (parsed != null) {
            return parsed;
        }
        try {
            Matcher m = ISO_DAY.matcher(line);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = MONTH_DAY_YEAR.matcher(line);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = DAY_MONTH_YEAR.matcher(line);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The UTC day of an instant, or null. */
    static LocalDate utcDay(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The UTC day of a {@link Date}, or null. */
    static LocalDate utcDay(Date date) {
        return date == null ? null : utcDay(date.toInstant());
    }

    private static int month(String name) {
        return MONTH_PREFIXES.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }
}
