package org.vigil.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.core.cameo.CameoCode;
import org.vigil.core.model.Actor;
import org.vigil.core.model.Event;
import org.vigil.core.model.Span;

class ScorerTest {
    private final Scorer scorer = new Scorer();

    private static int counter;

    private static GoldItem item(GoldEvent... events) {
        return new GoldItem("item-" + (++counter), LocalDate.of(2024, 3, 5), "Some news text.", List.of(events));
    }

    private static GoldEvent gold(String source, String target, String code) {
        return GoldEvent.cameo(source, target, code);
    }

    private static GoldEvent ploverGold(String source, String target, String type) {
        return GoldEvent.plover(source, target, type);
    }

    private static Prediction pred(String source, String target, String code) {
        return new Prediction(source, target, code, null, null);
    }

    private static Prediction pred(String source, String target, String code, String plover) {
        return new Prediction(source, target, code, plover, null);
    }

    private ItemResult scoreItem(GoldItem item, Prediction... predicted) {
        return scorer.scoreItem(item, List.of(predicted));
    }

    private EvalReport report(ItemResult... results) {
        return scorer.score(List.of(results));
    }

    @Nested
    class EntityLevel {
        @Test
        void matchesOnSourceAndTargetEntityAndRoot_ignoringRolesAndSubcode() {
            ItemResult r = scoreItem(item(gold("RUS:MIL", "UKR", "194")), pred("RUS", "UKR:GOV", "190"));

            assertThat(r.counts(Level.ENTITY)).isEqualTo(new Counts(1, 1, 1));
        }

        @Test
        void doesNotMatchWhenRootDiffers() {
            ItemResult r = scoreItem(item(gold("RUS:MIL", "UKR", "194")), pred("RUS:MIL", "UKR", "173"));

            assertThat(r.counts(Level.ENTITY).matched()).isZero();
            assertThat(r.misses()).extracting(GoldEvent::code).containsExactly("194");
            assertThat(r.falsePositives()).extracting(Prediction::code).containsExactly("173");
        }

        @Test
        void doesNotMatchWhenSourceAndTargetAreSwapped() {
            ItemResult r = scoreItem(item(gold("FRA", "IRN", "111")), pred("IRN", "FRA", "111"));

            assertThat(r.counts(Level.ENTITY).matched()).isZero();
        }

        @Test
        void nullGoldTargetMatchesOnlyNullPredictedTarget() {
            GoldItem item = item(gold("BLR:CVL", null, "141"));

            assertThat(scoreItem(item, pred("BLR:CVL", null, "141")).counts(Level.ENTITY).matched()).isOne();
            assertThat(scoreItem(item, pred("BLR:CVL", "BLR:GOV", "141")).counts(Level.ENTITY).matched()).isZero();
        }

        @Test
        void presentGoldTargetDoesNotMatchNullPredictedTarget() {
            ItemResult r = scoreItem(item(gold("BLR:CVL", "BLR:GOV", "141")), pred("BLR:CVL", null, "141"));

            assertThat(r.counts(Level.ENTITY).matched()).isZero();
        }

        @Test
        void unknownEntityDashesMatchLikeAnyOtherEntity() {
            ItemResult r = scoreItem(item(gold("---:INS", "NGA:CVL", "180")), pred("---", "NGA", "186"));

            assertThat(r.counts(Level.ENTITY).matched()).isOne();
        }
    }

    @Nested
    class OneToOneGreedyMatching {
        @Test
        void aDuplicatePredictionMatchesOnceAndTheCopyIsAFalsePositive() {
            ItemResult r = scoreItem(item(gold("USA", "CHN", "036")),
                    pred("USA", "CHN", "036"), pred("USA", "CHN", "036"));

            assertThat(r.counts(Level.ENTITY)).isEqualTo(new Counts(1, 2, 1));
            assertThat(r.falsePositives()).hasSize(1);
            assertThat(r.misses()).isEmpty();
        }

        @Test
        void twoEqualGoldEventsNeedTwoPredictions() {
            GoldItem item = item(gold("ISR:MIL", "PSE", "195"), gold("ISR:MIL", "PSE", "195"));

            ItemResult r = scoreItem(item, pred("ISR:MIL", "PSE", "195"));

            assertThat(r.counts(Level.ENTITY)).isEqualTo(new Counts(2, 1, 1));
            assertThat(r.misses()).hasSize(1);
        }

        @Test
        void reciprocalGoldEventsEachTakeTheirOwnDirection() {
            GoldItem item = item(gold("ARM", "AZE", "057"), gold("AZE", "ARM", "057"));

            ItemResult r = scoreItem(item, pred("AZE", "ARM", "057"), pred("ARM", "AZE", "057"));

            assertThat(r.matches(Level.ENTITY)).extracting(m -> m.predicted().source()).containsExactly("ARM", "AZE");
            assertThat(r.counts(Level.ENTITY)).isEqualTo(new Counts(2, 2, 2));
        }

        @Test
        void goldEventsTakePredictionsInGoldOrder_soAnEarlierGoldCanTakeAPredictionALaterOneNeeded() {
            // Greedy, not optimal: the wildcard gold comes first and takes the only RUS prediction.
            GoldItem item = item(ploverGold("*", "UKR", "ASSAULT"), ploverGold("RUS", "UKR", "ASSAULT"));

            ItemResult r = scoreItem(item, pred("RUS", "UKR", "195", "ASSAULT"));

            assertThat(r.matches(Level.PLOVER)).singleElement()
                    .satisfies(m -> assertThat(m.gold().source()).isEqualTo("*"));
            assertThat(r.misses()).extracting(GoldEvent::source).containsExactly("RUS");
        }

        @Test
        void amongSeveralMatchingPredictionsTheClosestIsTaken() {
            GoldItem item = item(gold("RUS:MIL", "UKR", "194"));

            ItemResult r = scoreItem(item, pred("RUS", "UKR", "190"), pred("RUS:MIL", "UKR", "194"));

            assertThat(r.matches(Level.ENTITY)).singleElement()
                    .satisfies(m -> assertThat(m.predicted().code()).isEqualTo("194"));
            assertThat(r.falsePositives()).extracting(Prediction::code).containsExactly("190");
        }

        @Test
        void eachLevelMatchesIndependently() {
            GoldItem item = item(gold("RUS:MIL", "UKR", "194"), gold("RUS", "UKR", "190"));

            ItemResult r = scoreItem(item, pred("RUS:GOV", "UKR", "190"));

            assertThat(r.counts(Level.ENTITY).matched()).isOne();
            assertThat(r.counts(Level.ROLES).matched()).isZero();
            assertThat(r.counts(Level.FULL_CODE).matched()).isOne();
        }
    }

    @Nested
    class RolesLevel {
        @Test
        void requiresRolesOfSourceAndTargetToAgree() {
            GoldItem item = item(gold("RUS:MIL", "UKR:CVL", "194"));

            assertThat(scoreItem(item, pred("RUS:MIL", "UKR:CVL", "190")).counts(Level.ROLES).matched()).isOne();
            assertThat(scoreItem(item, pred("RUS:MIL", "UKR", "194")).counts(Level.ROLES).matched()).isZero();
            assertThat(scoreItem(item, pred("RUS:GOV", "UKR:CVL", "194")).counts(Level.ROLES).matched()).isZero();
        }

        @Test
        void aBareGoldEntityDoesNotMatchAPredictionWithARole() {
            ItemResult r = scoreItem(item(gold("UKR", "RUS", "112")), pred("UKR:GOV", "RUS", "112"));

            assertThat(r.counts(Level.ENTITY).matched()).isOne();
            assertThat(r.counts(Level.ROLES).matched()).isZero();
        }
    }

    @Nested
    class FullCodeLevel {
        @Test
        void requiresTheExactCodeButNotTheRoles() {
            GoldItem item = item(gold("RUS:MIL", "UKR", "194"));

            assertThat(scoreItem(item, pred("RUS", "UKR", "194")).counts(Level.FULL_CODE).matched()).isOne();
            assertThat(scoreItem(item, pred("RUS:MIL", "UKR", "195")).counts(Level.FULL_CODE).matched()).isZero();
        }

        @Test
        void aRootOnlyGoldCodeNeedsARootOnlyPrediction() {
            GoldItem item = item(gold("SRB", "XKX", "19"));

            assertThat(scoreItem(item, pred("SRB", "XKX", "19")).counts(Level.FULL_CODE).matched()).isOne();
            assertThat(scoreItem(item, pred("SRB", "XKX", "190")).counts(Level.FULL_CODE).matched()).isZero();
            assertThat(scoreItem(item, pred("SRB", "XKX", "190")).counts(Level.ENTITY).matched()).isOne();
        }
    }

    @Nested
    class PloverLevel {
        @Test
        void comparesPloverTypeAndEntities_notCameoRoot() {
            GoldItem item = item(ploverGold("HUN", "ROU", "AGREE"));

            assertThat(scoreItem(item, pred("HUN:GOV", "ROU:GOV", "057", "AGREE")).counts(Level.PLOVER).matched()).isOne();
            assertThat(scoreItem(item, pred("HUN", "ROU", "036", "CONSULT")).counts(Level.PLOVER).matched()).isZero();
        }

        @Test
        void wildcardEntityMatchesAnyPresentActor() {
            GoldItem item = item(ploverGold("*", "JPN", "AGREE"));

            assertThat(scoreItem(item, pred("---", "JPN", "057", "AGREE")).counts(Level.PLOVER).matched()).isOne();
            assertThat(scoreItem(item, pred("APEC:GOV", "JPN", "057", "AGREE")).counts(Level.PLOVER).matched()).isOne();
        }

        @Test
        void wildcardTargetDoesNotMatchAnAbsentTarget() {
            GoldItem item = item(ploverGold("USA", "*", "SUPPORT"));

            assertThat(scoreItem(item, pred("USA", null, "051", "SUPPORT")).counts(Level.PLOVER).matched()).isZero();
            assertThat(scoreItem(item, pred("USA", "UN", "051", "SUPPORT")).counts(Level.PLOVER).matched()).isOne();
        }

        @Test
        void aPredictionWhoseCodeHasNoPloverTypeNeverMatches() {
            ItemResult r = scoreItem(item(ploverGold("FRA", "DEU", "CONSULT")), pred("FRA", "DEU", "010", null));

            assertThat(r.counts(Level.PLOVER).matched()).isZero();
            assertThat(r.falsePositives()).hasSize(1);
        }

        @Test
        void ploverItemsAreNotScoredAtCameoLevels() {
            ItemResult r = scoreItem(item(ploverGold("HUN", "ROU", "AGREE")), pred("HUN", "ROU", "057", "AGREE"));

            assertThat(r.headlineLevel()).isEqualTo(Level.PLOVER);
            assertThat(r.matches(Level.ENTITY)).isEmpty();
            assertThat(r.matches(Level.PLOVER)).hasSize(1);
        }

        @Test
        void aGoldEventWithBothCodeAndPloverIsScoredAtThePloverLevel() {
            GoldItem item = item(new GoldEvent("USA", "IRN", "163", "SANCTION"));

            ItemResult r = scoreItem(item, pred("USA", "IRN", "172", "SANCTION"));

            assertThat(item.isPlover()).isTrue();
            assertThat(r.counts(Level.PLOVER).matched()).isOne();
        }
    }

    @Nested
    class Report {
        @Test
        void sumsCountsOverItemsAndComputesPrecisionRecallF1() {
            EvalReport report = report(
                    scoreItem(item(gold("RUS:MIL", "UKR", "194"), gold("UKR:MIL", "RUS", "195")),
                            pred("RUS:MIL", "UKR", "194"), pred("UKR", "RUS", "190")),
                    scoreItem(item(gold("FRA", "IRN", "111"), gold("DEU", "IRN", "111")),
                            pred("FRA", "IRN", "111"), pred("IRN", "FRA", "111")),
                    scoreItem(item(), pred("CHN", "TWN", "138")));

            Counts headline = report.headline();
            assertThat(headline).isEqualTo(new Counts(4, 5, 3));
            assertThat(headline.precision()).isCloseTo(0.6, within(1e-9));
            assertThat(headline.recall()).isCloseTo(0.75, within(1e-9));
            assertThat(headline.f1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(1e-9));
            assertThat(report.counts(Level.ROLES)).isEqualTo(new Counts(4, 5, 2));
            assertThat(report.counts(Level.FULL_CODE)).isEqualTo(new Counts(4, 5, 2));
            assertThat(report.headlineLevel()).isEqualTo(Level.ENTITY);
            assertThat(report.cameoItems()).isEqualTo(3);
            assertThat(report.hasPlover()).isFalse();
        }

        @Test
        void perRootTableCountsGoldPredictionsAndMatchesByRoot() {
            EvalReport report = report(
                    scoreItem(item(gold("RUS:MIL", "UKR", "194"), gold("UKR", "RUS", "112"), gold("BLR", "NATO", "036")),
                            pred("RUS", "UKR", "195"), pred("BLR", "NATO", "036"), pred("BLR", "NATO", "043")));

            assertThat(report.perRoot()).containsOnlyKeys("03", "04", "11", "19");
            assertThat(report.perRoot().get("19")).isEqualTo(new Counts(1, 1, 1));
            assertThat(report.perRoot().get("11")).isEqualTo(new Counts(1, 0, 0));
            assertThat(report.perRoot().get("04")).isEqualTo(new Counts(0, 1, 0));
            assertThat(report.perRoot().get("11").recall()).isZero();
            assertThat(report.perRoot().get("03").recall()).isEqualTo(1.0);
        }

        @Test
        void itemsWithoutGoldEventsCountTheirPredictionsAsFalsePositives() {
            EvalReport report = report(scoreItem(item(), pred("IRN", null, "138")));

            assertThat(report.headline()).isEqualTo(new Counts(0, 1, 0));
            assertThat(report.headline().f1()).isZero();
            assertThat(report.items().get(0).falsePositives()).hasSize(1);
        }

        @Test
        void aPloverOnlySetHasThePloverLevelAsHeadline() {
            EvalReport report = report(
                    scoreItem(item(ploverGold("HUN", "ROU", "AGREE")), pred("HUN", "ROU", "057", "AGREE")),
                    scoreItem(item(ploverGold("*", "JPN", "AGREE")), pred("JPN", "USA", "036", "CONSULT")));

            assertThat(report.headlineLevel()).isEqualTo(Level.PLOVER);
            assertThat(report.headline()).isEqualTo(new Counts(2, 2, 1));
            assertThat(report.hasCameo()).isFalse();
            assertThat(report.perPlover().get("AGREE")).isEqualTo(new Counts(2, 1, 1));
            assertThat(report.perPlover().get("CONSULT")).isEqualTo(new Counts(0, 1, 0));
        }

        @Test
        void inAPloverOnlySetItemsWithoutGoldEventsCountAgainstPloverPrecision() {
            EvalReport report = report(
                    scoreItem(item(ploverGold("HUN", "ROU", "AGREE")), pred("HUN", "ROU", "057", "AGREE")),
                    scoreItem(item(), pred("JPN", "USA", "036", "CONSULT")));

            assertThat(report.headlineLevel()).isEqualTo(Level.PLOVER);
            assertThat(report.headline()).isEqualTo(new Counts(1, 2, 1));
            assertThat(report.ploverItems()).isEqualTo(2);
        }

        @Test
        void aMixedSetKeepsTheEntityLevelAsHeadlineAndScoresPloverItemsSeparately() {
            EvalReport report = report(
                    scoreItem(item(gold("RUS", "UKR", "190")), pred("RUS", "UKR", "190", "ASSAULT")),
                    scoreItem(item(ploverGold("HUN", "ROU", "AGREE"))),
                    scoreItem(item(), pred("JPN", "USA", "036", "CONSULT")));

            assertThat(report.headlineLevel()).isEqualTo(Level.ENTITY);
            assertThat(report.headline()).isEqualTo(new Counts(1, 2, 1));
            assertThat(report.counts(Level.PLOVER)).isEqualTo(new Counts(1, 0, 0));
        }

        @Test
        void anEmptySetScoresNothing() {
            EvalReport report = report();

            assertThat(report.headline()).isEqualTo(Counts.ZERO);
            assertThat(report.headlineLevel()).isEqualTo(Level.ENTITY);
        }

        @Test
        void reportIsImmutable() {
            EvalReport report = report(scoreItem(item(gold("RUS", "UKR", "190"))));

            assertThatThrownBy(() -> report.perRoot().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> report.items().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> report.levels().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class CountsArithmetic {
        @Test
        void nothingToFindAndNothingPredictedIsPerfect() {
            assertThat(Counts.ZERO.f1()).isEqualTo(1.0);
        }

        @Test
        void nothingPredictedGivesZeroPrecisionAndF1() {
            Counts c = new Counts(3, 0, 0);

            assertThat(c.precision()).isZero();
            assertThat(c.recall()).isZero();
            assertThat(c.f1()).isZero();
        }

        @Test
        void rejectsMoreMatchesThanGoldOrPredicted() {
            assertThatThrownBy(() -> new Counts(1, 3, 2)).hasMessageContaining("matched 2");
        }
    }

    @Nested
    class GoldRecords {
        @Test
        void itemRejectsAMixOfPloverAndCameoEvents() {
            assertThatThrownBy(() -> item(gold("RUS", "UKR", "190"), ploverGold("HUN", "ROU", "AGREE")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("mixes");
        }

        @Test
        void eventRejectsAMalformedCode() {
            assertThatThrownBy(() -> gold("RUS", "UKR", "19a")).hasMessageContaining("'19a'");
        }

        @Test
        void eventNeedsACodeOrAPloverType() {
            assertThatThrownBy(() -> new GoldEvent("RUS", "UKR", null, null)).hasMessageContaining("neither code nor plover");
        }

        @Test
        void eventNeedsASource() {
            assertThatThrownBy(() -> gold(" ", "UKR", "190")).hasMessageContaining("no source");
        }

        @Test
        void eventRejectsAMalformedActor() {
            assertThatThrownBy(() -> gold("RUS MIL", "UKR", "190")).hasMessageContaining("'RUS MIL'");
        }

        @Test
        void blankTargetMeansNoTarget() {
            assertThat(gold("BLR:CVL", "", "141").target()).isNull();
        }
    }

    @Test
    void predictionOfAnEventTakesActorCodesCodeAndPloverType() {
        Span span = new Span(0, 7, "Russian");
        Event event = new Event("e1", "doc", 0, null,
                new Actor("RUS", "MIL", span), new Actor("UKR", null, new Span(27, 34, "Kharkiv")),
                new CameoCode("194", "Fight with artillery and tanks", -10, 4, "ASSAULT"),
                new Span(15, 22, "shelled"), "Russian forces shelled Kharkiv.", 0.9, "test");

        Prediction p = Prediction.of(event);

        assertThat(p).isEqualTo(new Prediction("RUS:MIL", "UKR", "194", "ASSAULT", "shelled", "Russian forces shelled Kharkiv."));
        assertThat(p.describe()).isEqualTo("RUS:MIL -> UKR 194 [ASSAULT] \"shelled\"");
    }
}
