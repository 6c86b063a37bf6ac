package org.vigil.ingest.source;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of an article's dateline: "GAZA CITY, Gaza Strip Sept. 7, 2004 -", or a first line that is only a date,
 * "Friday, January 4, 2019".
 *
 * <p>Only the dateline is read, never the body: a date in the story ("talks set for March 5, 2025") is not the day
 * it was written. A dateline without a year ("MOSCOW (Reuters), Sept. 7 -") gives no date: guessing the year
 * would be a date we cannot stand behind.
 */
final class DatelineDates {
    /** A dateline is short and ends at its dash; longer openings are body text. */
    private static final int MAX_DATELINE = 120;
    private static final Pattern DATELINE_END = Pattern.compile("\\s(-{1,2}|\u2013|\u2014)\\s|:\\s");

    private DatelineDates() {
    }

    /** @return the dateline's day, or null when the text opens with no dated dateline */
    static LocalDate find(String text) {
        String head = text.strip();
        String firstLine = head.lines().findFirst().orElse("");
        Matcher end = DATELINE_END.matcher(head);
        if (end.find() && end.start() <= MAX_DATELINE) {
            return Dates.find(head.substring(0, end.start()));
        }
        if (firstLine.length() <= MAX_DATELINE / 2 && firstLine.length() < head.length()) {
            return Dates.find(firstLine);
        }
        return null;
    }
}
