package org.vigil.core.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.model.Event;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;
import org.vigil.core.source.DateOrigin;

/**
 * The day an event happened, from the time words its sentence attaches to the trigger: "on Monday", "yesterday",
 * "on Jan. 5" counted from the article's date (RELATIVE), "on January 5, 2024" as written (EXPLICIT); "last week",
 * "this month", "next week", "earlier this month" as the week or month they name, dated by its first day
 * (RELATIVE_WEEK, RELATIVE_MONTH);
 * else the article's date. Only a time word the parse ties to the trigger counts, so that a day elsewhere in the
 * sentence ("a day after the talks of Monday failed") does not move the event. A weekday or a day of the month is
 * the nearest one on or before the article in a past-tense sentence, after it in one with "will".
 *
 * <p>Left on the article's date, because no day, week or month is honest for them: "the past week" and "the past
 * month" (a span ending on the article's day, not a calendar week or month, so the article's date is its end);
 * "earlier this year", "this year", "last year" (a year: its first day would put the event in January of every
 * chart by month or week, further from the truth than the article's own date, and the charts have no year).
 */
public final class EventDates {
    private static final Map<String, Integer> SHIFTS = Map.of("today", 0, "tonight", 0, "yesterday", -1,
            "tomorrow", 1);
    /** Relations that name who or what, never when. */
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "csubj");
    private static final Map<String, Month> MONTHS = months();
    /** The weeks or months from the article's a modifier of "week" or "month" names. */
    private static final Map<String, Integer> PERIOD_SHIFTS = Map.of("last", -1, "this", 0, "next", 1);

    private EventDates() {
    }

    /** The date of the event whose trigger is token {@code trigger} of {@code s}, in an article of {@code articleDate}. */
    public static EventDate of(ParsedSentence s, int trigger, LocalDate articleDate) {
        return fromSentence(s, trigger, articleDate).orElse(EventDate.ofArticle(articleDate));
    }

    /**
     * The events of an article as its date's origin allows: when that date was given to an undated corpus
     * ({@link DateOrigin#GIVEN}, the middle of {@code --period}), a day, week or month counted from it ("on
     * Monday", "last month") is invented precision, so such events keep the given date and its origin; a full date
     * (EXPLICIT) stands.
     */
    public static List<Event> countedFrom(DateOrigin articleOrigin, LocalDate articleDate, List<Event> events) {
        if (articleOrigin != DateOrigin.GIVEN) {
            return List.copyOf(events);
        }
        return events.stream().map(e -> e.dateOrigin() != null && e.dateOrigin().countedFromArticle()
                ? e.withDate(EventDate.ofArticle(articleDate)) : e).toList();
    }

    /** The date the words attached to the trigger give; empty when they give none. */
    static Optional<EventDate> fromSentence(ParsedSentence s, int trigger, LocalDate articleDate) {
        boolean future = s.children(trigger).stream().anyMatch(c -> c.relation().startsWith("aux")
                && (c.lemma().equals("will") || c.lemma().equals("shall")));
        for (Token c : s.children(trigger)) {
            if (ARGUMENTS.contains(c.relation())) {
                continue;
            }
            Optional<EventDate> d = dateOf(s, c, articleDate, future);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<EventDate> dateOf(ParsedSentence s, Token t, LocalDate day, boolean future) {
        String word = t.word().toLowerCase(Locale.ROOT);
        Month month = MONTHS.get(word);
        if (month != null) {
            return dayOfMonth(s, t, month, day, future);
        }
        if (day == null) {
            return Optional.empty(); // nothing to count from
        }
        if (SHIFTS.containsKey(word)) {
            return relative(day.plusDays(SHIFTS.get(word)));
        }
        String modifier = modifier(s, t);
        DayOfWeek weekday = weekday(word);
        if (weekday != null) {
            if (modifier.equals("last") || modifier.equals("past")) {
                return relative(day.with(TemporalAdjusters.previous(weekday)));
            }
            if (modifier.equals("next") || future) {
                return relative(day.with(TemporalAdjusters.next(weekday)));
            }
            return relative(day.with(TemporalAdjusters.previousOrSame(weekday)));
        }
        Integer shift = PERIOD_SHIFTS.get(modifier);
        if (shift == null) {
            return Optional.empty(); // "the past week" ends on the article's day; a bare "week" says nothing
        }
        if (word.equals("week")) {
            // A week runs Sunday to Saturday in American usage, which most English news follows: a Sunday paper's
            // "last week" is the six days before it, so a Sunday counts as the eve of the Monday after.
            LocalDate monday = day.plusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .plusWeeks(shift);
            return Optional.of(new EventDate(monday, DateOrigin.RELATIVE_WEEK));
        }
        if (word.equals("month")) {
            return Optional.of(new EventDate(day.withDayOfMonth(1).plusMonths(shift), DateOrigin.RELATIVE_MONTH));
        }
        return Optional.empty();
    }

    private static Optional<EventDate> relative(LocalDate day) {
        return Optional.of(new EventDate(day, DateOrigin.RELATIVE));
    }

    /**
     * "Jan. 5", "5 January", "January 5, 2024": the month's day child, and a year when one is given (EXPLICIT);
     * without a year, the nearest such day on the side the tense points to, within a year of the article.
     */
    private static Optional<EventDate> dayOfMonth(ParsedSentence s, Token monthWord, Month month, LocalDate day,
                                                  boolean future) {
        Integer dayOfMonth = null;
        Integer year = null;
        for (Token c : s.children(monthWord.index())) {
            if (!c.word().matches("\\d{1,4}")) {
                continue;
            }
            int n = Integer.parseInt(c.word());
            if (c.word().length() == 4) {
                year = n;
            } else if (n >= 1 && n <= 31) {
                dayOfMonth = n;
            }
        }
        if (dayOfMonth == null) {
            return Optional.empty();
        }
        if (year != null) {
            return date(year, month, dayOfMonth).map(d -> new EventDate(d, DateOrigin.EXPLICIT));
        }
        if (day == null) {
            return Optional.empty();
        }
        for (int y = day.getYear() - 1; y <= day.getYear() + 1; y++) {
            Optional<LocalDate> d = date(y, month, dayOfMonth);
            if (d.isPresent() && (future ? !d.get().isBefore(day) && d.get().isBefore(day.plusYears(1))
                    : !d.get().isAfter(day) && d.get().isAfter(day.minusYears(1)))) {
                return relative(d.get());
            }
        }
        return Optional.empty();
    }

    /** The day, or empty when there is no such day (Feb. 30, Feb. 29 of 2023). */
    private static Optional<LocalDate> date(int year, Month month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "last", "next", "this" or "past" before a time word, else "". */
    private static String modifier(ParsedSentence s, Token t) {
        for (Token c : s.children(t.index())) {
            String w = c.word().toLowerCase(Locale.ROOT);
            if (PERIOD_SHIFTS.containsKey(w) || w.equals("past")) {
                return w;
            }
        }
        return "";
    }

    private static DayOfWeek weekday(String word) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(word)) {
                return d;
            }
        }
        return null;
    }

    /** Month names and the abbreviations news uses ("Jan.", "Sept."); "May." is no abbreviation. */
    private static Map<String, Month> months() {
        Map<String, Month> m = new HashMap<>();
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            m.put(name, month);
            m.put(name.substring(0, 3), month);
            m.put(name.substring(0, 3) + ".", month);
        }
        m.put("sept", Month.SEPTEMBER);
        m.put("sept.", Month.SEPTEMBER);
        m.remove("may.");
        return Map.copyOf(m);
    }
}
