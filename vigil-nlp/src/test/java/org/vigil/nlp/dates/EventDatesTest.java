package org.vigil.nlp.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.dates.EventDate;
import org.vigil.core.dates.EventDates;
import org.vigil.core.model.Event;
import org.vigil.core.source.DateOrigin;
import org.vigil.nlp.testkit.CodingKit;

/**
 * An event's date follows the time words the parse ties to its trigger, counted from the article's date, and says
 * so in its origin (sentences ours; the real parser and coder).
 */
class EventDatesTest {
    /** A Thursday. */
    private static final LocalDate ARTICLE = LocalDate.of(2024, 3, 7);

    private static EventDate dateOf(String sentence, LocalDate article) {
        List<Event> events = CodingKit.code(sentence, article);
        assertThat(events).as("events of: %s", sentence).isNotEmpty();
        return new EventDate(events.get(0).date(), events.get(0).dateOrigin());
    }

    private static EventDate dateOf(String sentence) {
        return dateOf(sentence, ARTICLE);
    }

    private static EventDate relative(int year, int month, int day) {
        return new EventDate(LocalDate.of(year, month, day), DateOrigin.RELATIVE);
    }

    @Test
    void aWeekdayInThePast_isTheLastSuchDayBeforeTheArticle() {
        assertThat(dateOf("Russian troops shelled the Ukrainian city of Kharkiv on Monday."))
                .isEqualTo(relative(2024, 3, 4));
    }

    @Test
    void yesterday_isTheDayBefore() {
        assertThat(dateOf("The French president met the German chancellor in Paris yesterday."))
                .isEqualTo(relative(2024, 3, 6));
    }

    @Test
    void lastWeek_isTheWeekBefore_datedByItsMonday() {
        assertThat(dateOf("Israeli police arrested two Palestinian protesters last week."))
                .isEqualTo(new EventDate(LocalDate.of(2024, 2, 26), DateOrigin.RELATIVE_WEEK));
    }

    @Test
    void lastWeekOnASunday_isTheWeekEndingThatDay() {
        assertThat(dateOf("Israeli police arrested two Palestinian protesters last week.", LocalDate.of(2024, 3, 10)))
                .isEqualTo(new EventDate(LocalDate.of(2024, 3, 4), DateOrigin.RELATIVE_WEEK));
    }

    @Test
    void thisWeekAndNextWeek_areTheArticlesWeekAndTheOneAfter() {
        assertThat(dateOf("Israeli police arrested two Palestinian protesters this week."))
                .isEqualTo(new EventDate(LocalDate.of(2024, 3, 4), DateOrigin.RELATIVE_WEEK));
        assertThat(dateOf("The French president will meet the German chancellor in Paris next week."))
                .isEqualTo(new EventDate(LocalDate.of(2024, 3, 11), DateOrigin.RELATIVE_WEEK));
        assertThat(dateOf("Israeli police arrested two Palestinian protesters earlier this week."))
                .isEqualTo(new EventDate(LocalDate.of(2024, 3, 4), DateOrigin.RELATIVE_WEEK));
    }

    @Test
    void lastMonth_isTheMonthBefore_datedByItsFirstDay() {
        assertThat(dateOf("Israeli police arrested two Palestinian protesters last month."))
                .isEqualTo(new EventDate(LocalDate.of(2024, 2, 1), DateOrigin.RELATIVE_MONTH));
        assertThat(dateOf("Israeli police arrested two Palestinian protesters in January.", LocalDate.of(2024, 1, 9)))
                .isEqualTo(EventDate.ofArticle(LocalDate.of(2024, 1, 9)));
        assertThat(dateOf("The French president will meet the German chancellor in Paris next month.",
                LocalDate.of(2024, 12, 20))).isEqualTo(new EventDate(LocalDate.of(2025, 1, 1),
                DateOrigin.RELATIVE_MONTH));
    }

    @Test
    void aSpanEndingOnTheArticle_orAYear_leavesTheArticlesDate() {
        assertThat(dateOf("Israeli police arrested two Palestinian protesters in the past week."))
                .isEqualTo(EventDate.ofArticle(ARTICLE));
        assertThat(dateOf("Israeli police arrested two Palestinian protesters earlier this year."))
                .isEqualTo(EventDate.ofArticle(ARTICLE));
        assertThat(dateOf("Israeli police arrested two Palestinian protesters last year."))
                .isEqualTo(EventDate.ofArticle(ARTICLE));
    }

    @Test
    void aWeekOrMonthCountedFromAGivenDate_isNotKept() {
        List<Event> events = CodingKit.code("Israeli police arrested two Palestinian protesters last month.", ARTICLE);
        assertThat(events).isNotEmpty();
        assertThat(EventDates.countedFrom(DateOrigin.GIVEN, ARTICLE, events))
                .allSatisfy(e -> assertThat(e.dateOrigin()).isNull()).allSatisfy(e -> assertThat(e.date())
                        .isEqualTo(ARTICLE));
    }

    @Test
    void aMonthAndDay_isThatDayInTheArticlesYear_orTheYearBefore() {
        assertThat(dateOf("Russian troops shelled the Ukrainian city of Kharkiv on Jan. 5."))
                .isEqualTo(relative(2024, 1, 5));
        assertThat(dateOf("Russian troops shelled the Ukrainian city of Kharkiv on Dec. 28."))
                .isEqualTo(relative(2023, 12, 28));
    }

    @Test
    void aWeekdayAfterWill_isTheNextSuchDay() {
        assertThat(dateOf("The French president will meet the German chancellor in Paris on Monday."))
                .isEqualTo(relative(2024, 3, 11));
    }

    @Test
    void aFullDate_isExplicit_evenInAnUndatedArticle() {
        EventDate explicit = new EventDate(LocalDate.of(2023, 11, 2), DateOrigin.EXPLICIT);
        assertThat(dateOf("Russian troops shelled the Ukrainian city of Kharkiv on November 2, 2023."))
                .isEqualTo(explicit);
        assertThat(dateOf("Russian troops shelled the Ukrainian city of Kharkiv on November 2, 2023.", null))
                .isEqualTo(explicit);
    }

    @Test
    void aDayNotTiedToTheTrigger_leavesTheArticlesDate() {
        assertThat(dateOf("Russian troops shelled Kharkiv, a day after the talks of Monday failed."))
                .isEqualTo(EventDate.ofArticle(ARTICLE));
        assertThat(dateOf("Russian troops shelled the Ukrainian city of Kharkiv.")).isEqualTo(EventDate.ofArticle(ARTICLE));
    }

    @Test
    void aRelativeDayInAnUndatedArticle_leavesItUndated() {
        assertThat(dateOf("Russian troops shelled the Ukrainian city of Kharkiv on Monday.", null))
                .isEqualTo(EventDate.ofArticle(null));
    }
}
