package org.vigil.core.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.vigil.core.source.DateOrigin;

/**
 * The day an event happened and how it is known: {@code origin} is {@link DateOrigin#RELATIVE} or
 * {@link DateOrigin#EXPLICIT} when its sentence gives the day, {@link DateOrigin#RELATIVE_WEEK} or
 * {@link DateOrigin#RELATIVE_MONTH} when it gives only the week or month (then {@code day} is its first day), null
 * when the event takes its article's date (the article's own origin then says where that came from). {@code day} is
 * null only when the article has no date.
 */
public record EventDate(LocalDate day, DateOrigin origin) {
    private static final Set<DateOrigin> SENTENCE = Set.of(DateOrigin.RELATIVE, DateOrigin.RELATIVE_WEEK,
            DateOrigin.RELATIVE_MONTH, DateOrigin.EXPLICIT);

    public EventDate {
        check(day, origin);
    }

    /**
     * Fails unless {@code origin} is null (the article's date) or the sentence's, with a day: a week's Monday, a
     * month's first day.
     */
    public static void check(LocalDate day, DateOrigin origin) {
        if (origin != null && !SENTENCE.contains(origin)) {
            throw new IllegalArgumentException("an event's own date is one of " + SENTENCE + ", not " + origin);
        }
        if (origin != null && day == null) {
            throw new IllegalArgumentException("an event dated by its sentence (" + origin + ") needs a day");
        }
        if (origin == DateOrigin.RELATIVE_WEEK && day.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week (RELATIVE_WEEK) is dated by its Monday, not " + day);
        }
        if (origin == DateOrigin.RELATIVE_MONTH && day.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a month (RELATIVE_MONTH) is dated by its first day, not " + day);
        }
    }

    /** The article's date, taken as the event's. */
    public static EventDate ofArticle(LocalDate articleDate) {
        return new EventDate(articleDate, null);
    }
}
