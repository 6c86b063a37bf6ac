package org.vigil.nlp.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.nlp.testkit.CodingKit;

/** An event's date follows the time words tied to its trigger, counted from the article's date (sentences ours). */
class RelativeEventDatesTest {
    /** A Thursday. */
    private static final LocalDate ARTICLE = LocalDate.of(2024, 3, 7);

    private static LocalDate dateOf(String sentence) {
        List<Event> events = CodingKit.code(sentence, ARTICLE);
        assertThat(events).as("events of: %s", sentence).isNotEmpty();
        return events.get(0).date();
    }

    @Test
    void aWeekdayInThePast_isTheLastSuchDayBeforeTheArticle() {
        assertThat(dateOf("Russian troops shelled the Ukrainian city of Kharkiv on Monday."))
                .isEqualTo(LocalDate.of(2024, 3, 4));
    }

    @Test
    void yesterday_isTheDayBefore() {
        assertThat(dateOf("The French president met the German chancellor in Paris yesterday."))
                .isEqualTo(LocalDate.of(2024, 3, 6));
    }

    @Test
    void lastWeek_isSevenDaysBefore() {
        assertThat(dateOf("Israeli police arrested two Palestinian protesters last week."))
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aMonthAndDay_isThatDayInTheArticlesYear_orTheYearBefore() {
        assertThat(dateOf("Russian troops shelled the Ukrainian city of Kharkiv on Jan. 5."))
                .isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(dateOf("Russian troops shelled the Ukrainian city of Kharkiv on Dec. 28."))
                .isEqualTo(LocalDate.of(2023, 12, 28));
    }

    @Test
    void aWeekdayAfterWill_isTheNextSuchDay() {
        assertThat(dateOf("The French president will meet the German chancellor in Paris on Monday."))
                .isEqualTo(LocalDate.of(2024, 3, 11));
    }

    @Test
    void aDayNotTiedToTheTrigger_leavesTheArticlesDate() {
        assertThat(dateOf("Russian troops shelled Kharkiv, a day after the talks of Monday failed."))
                .isEqualTo(ARTICLE);
        assertThat(dateOf("Russian troops shelled the Ukrainian city of Kharkiv.")).isEqualTo(ARTICLE);
    }
}
