package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.store.Reports.ACCUSE;
import static org.vigil.store.Reports.AERIAL;
import static org.vigil.store.Reports.ARTILLERY;
import static org.vigil.store.Reports.PROTEST;
import static org.vigil.store.Reports.TUESDAY;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.store.SameEventRule.Report;

class SameEventRuleTest {
    private static final Event KHARKIV_WIRE = Reports.in("wire", TUESDAY,
                    "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday, killing three civilians, "
                            + "regional officials said.")
            .source("RUS", "MIL", "Russian forces").trigger("shelled", ARTILLERY).target("UKR", null, "Kharkiv")
            .build();

    private static Report report(Event e) {
        return Report.of(e);
    }

    @Test
    void sameEvent_twoOutletsReportingOneShelling() {
        Event paper = Reports.in("paper", TUESDAY.plusDays(1),
                        "Three civilians were killed when Russian troops shelled Kharkiv, Ukraine's second-largest "
                                + "city, on Tuesday.")
                .source("RUS", "MIL", "Russian troops").trigger("shelled", ARTILLERY).target("UKR", null, "Kharkiv")
                .build();

        assertThat(SameEventRule.sameEvent(report(KHARKIV_WIRE), report(paper))).isTrue();
    }

    @Test
    void sameEvent_differentTriggersWhenTheWordingIsClose() {
        Event paper = Reports.in("paper", TUESDAY,
                        "Russian artillery pounded Kharkiv on Tuesday, killing three civilians.")
                .source("RUS", "MIL", "Russian artillery").trigger("pounded", ARTILLERY)
                .target("UKR", null, "Kharkiv").build();

        assertThat(SameEventRule.jaccard(SameEventRule.contentWords(KHARKIV_WIRE.evidence()),
                SameEventRule.contentWords(paper.evidence()))).isGreaterThanOrEqualTo(SameEventRule.MIN_JACCARD);
        assertThat(SameEventRule.sameEvent(report(KHARKIV_WIRE), report(paper))).isTrue();
    }

    @Test
    void sameEvent_sameTriggerLemmaDespiteDifferentWording() {
        Event brief = Reports.in("brief", TUESDAY,
                        "Moscow continued shelling across the north-east as peace efforts stalled.")
                .source("RUS", "MIL", "Moscow").trigger("shelling", ARTILLERY).target("UKR", null, "north-east")
                .build();

        assertThat(SameEventRule.jaccard(SameEventRule.contentWords(KHARKIV_WIRE.evidence()),
                SameEventRule.contentWords(brief.evidence()))).isLessThan(SameEventRule.MIN_JACCARD);
        assertThat(SameEventRule.sameEvent(report(KHARKIV_WIRE), report(brief))).isTrue();
    }

    @Test
    void notSame_whenTheWordingIsUnrelatedAndTriggersDiffer() {
        Event odesa = Reports.in("port", TUESDAY,
                        "Moscow's troops launched drones at the port of Odesa overnight, damaging grain terminals.")
                .source("RUS", "MIL", "Moscow's troops").trigger("launched drones", AERIAL)
                .target("UKR", null, "Odesa").build();

        assertThat(SameEventRule.sameEvent(report(KHARKIV_WIRE), report(odesa))).isFalse();
    }

    @Test
    void notSame_whenRootsDiffer() {
        Event accusation = Reports.in("ministry", TUESDAY,
                        "Russia accused Ukraine of shelling Kharkiv on Tuesday to blame Moscow for killing three "
                                + "civilians.")
                .source("RUS", "GOV", "Russia").trigger("accused", ACCUSE).target("UKR", null, "Ukraine").build();

        assertThat(SameEventRule.sameEvent(report(KHARKIV_WIRE), report(accusation))).isFalse();
    }

    @Test
    void notSame_whenTheDyadIsReversed() {
        Event belgorod = Reports.in("border", TUESDAY,
                        "Ukrainian forces shelled the Russian border city of Belgorod on Tuesday, killing three "
                                + "civilians, the governor said.")
                .source("UKR", "MIL", "Ukrainian forces").trigger("shelled", ARTILLERY)
                .target("RUS", null, "Belgorod").build();

        assertThat(SameEventRule.sameEvent(report(KHARKIV_WIRE), report(belgorod))).isFalse();
    }

    @Test
    void notSame_whenDatedThreeDaysApartButSameWithinOneDay() {
        String friday = "Russian forces shelled Kharkiv again on Friday, killing three civilians.";
        Event threeDaysLater = Reports.in("later", TUESDAY.plusDays(3), friday)
                .source("RUS", "MIL", "Russian forces").trigger("shelled", ARTILLERY).target("UKR", null, "Kharkiv")
                .build();
        Event dayBefore = Reports.in("early", TUESDAY.minusDays(1), friday)
                .source("RUS", "MIL", "Russian forces").trigger("shelled", ARTILLERY).target("UKR", null, "Kharkiv")
                .build();

        assertThat(SameEventRule.sameEvent(report(KHARKIV_WIRE), report(threeDaysLater))).isFalse();
        assertThat(SameEventRule.sameEvent(report(KHARKIV_WIRE), report(dayBefore))).isTrue();
    }

    @Test
    void notSame_whenADateIsUnknown() {
        Event undated = Reports.in("undated", null, KHARKIV_WIRE.evidence())
                .source("RUS", "MIL", "Russian forces").trigger("shelled", ARTILLERY).target("UKR", null, "Kharkiv")
                .build();

        assertThat(SameEventRule.sameEvent(report(KHARKIV_WIRE), report(undated))).isFalse();
        assertThat(SameEventRule.sameEvent(report(undated), report(undated))).isFalse();
    }

    @Test
    void notSame_whenOnlyOneReportHasATarget() {
        Event noTarget = Reports.in("wire2", TUESDAY, KHARKIV_WIRE.evidence())
                .source("RUS", "MIL", "Russian forces").trigger("shelled", ARTILLERY).build();

        assertThat(SameEventRule.sameEvent(report(KHARKIV_WIRE), report(noTarget))).isFalse();
        assertThat(SameEventRule.sameEvent(report(noTarget), report(noTarget))).isTrue();
    }

    @Test
    void unknownEntities_matchOnlyWithTheSameRole() {
        String sentence = "Protesters clashed with police outside parliament in Tbilisi on Tuesday night.";
        Event protesters = Reports.in("a", TUESDAY, sentence)
                .source("---", "CVL", "Protesters").trigger("clashed", PROTEST).build();
        Event police = Reports.in("b", TUESDAY, sentence)
                .source("---", "COP", "police").trigger("clashed", PROTEST).build();
        Event protestersAgain = Reports.in("c", TUESDAY,
                        "Thousands of protesters clashed with riot police in central Tbilisi.")
                .source("---", "CVL", "protesters").trigger("clashed", PROTEST).build();

        assertThat(SameEventRule.sameEvent(report(protesters), report(police))).isFalse();
        assertThat(SameEventRule.sameEvent(report(protesters), report(protestersAgain))).isTrue();
    }

    @Test
    void contentWords_dropStopWordsNumbersAndReportingVerbs() {
        assertThat(SameEventRule.contentWords("The 3 ministers met in Minsk on 12 May, officials said."))
                .containsExactlyInAnyOrder("minister", "met", "minsk", "may", "official");
    }

    @Test
    void triggerLemma_unifiesInflections() {
        assertThat(SameEventRule.triggerLemma("shelled")).isEqualTo(SameEventRule.triggerLemma("shelling"))
                .isEqualTo(SameEventRule.triggerLemma("shells")).isEqualTo("shell");
        assertThat(SameEventRule.triggerLemma("Strikes")).isEqualTo(SameEventRule.triggerLemma("striking"))
                .isEqualTo(SameEventRule.triggerLemma("strike"));
        assertThat(SameEventRule.triggerLemma("stopped")).isEqualTo("stop");
        assertThat(SameEventRule.triggerLemma("imposed sanctions"))
                .isEqualTo(SameEventRule.triggerLemma("imposes sanction"));
        assertThat(SameEventRule.triggerLemma("accused")).isNotEqualTo(SameEventRule.triggerLemma("attacked"));
    }

    @Test
    void jaccard_isOverlapOverUnion() {
        assertThat(SameEventRule.jaccard(java.util.Set.of("a", "b", "c"), java.util.Set.of("b", "c", "d")))
                .isEqualTo(0.5);
        assertThat(SameEventRule.jaccard(java.util.Set.of(), java.util.Set.of())).isZero();
    }
}
