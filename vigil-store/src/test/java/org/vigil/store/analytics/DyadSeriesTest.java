package org.vigil.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.store.testkit.Fixture;

class DyadSeriesTest extends AnalyticsFixture {
    static final LocalDate MON = LocalDate.of(2024, 1, 1);

    /** Week of Jan 1: two RUS→UKR strikes and a visit; week of Jan 8: nothing; week of Jan 15: a UKR→RUS accusation. */
    static Fixture[] russiaUkraine() {
        return new Fixture[] {
            Fixture.article("w1", MON.plusDays(1))
                    .says("Russian forces shelled Kharkiv.", "RUS:MIL", "Russian forces", "shelled", "194", "UKR", "Kharkiv")
                    .says("Russian jets bombed Odesa.", "RUS:MIL", "Russian jets", "bombed", "195", "UKR", "Odesa")
                    .says("Russia's foreign minister visited Kyiv.", "RUS:GOV", "Russia", "visited", "042", "UKR:GOV", "Kyiv"),
            Fixture.article("w3", MON.plusDays(16))
                    .says("Kyiv accused Moscow of war crimes.", "UKR:GOV", "Kyiv", "accused", "112", "RUS:GOV", "Moscow")
        };
    }

    @BeforeEach
    void fill() {
        store(russiaUkraine());
    }

    @Test
    void dyadSeries_weeklyBothDirections_countsQuadClassesAndPoolsTension() {
        Series s = analytics.dyadSeries("rus", "UKR", Direction.BOTH, Interval.WEEK, null, null);

        assertThat(s.a()).isEqualTo("RUS");
        assertThat(s.from()).isEqualTo("2024-01-01");
        assertThat(s.to()).isEqualTo("2024-01-21");
        assertThat(s.buckets()).extracting(Bucket::start).containsExactly("2024-01-01", "2024-01-08", "2024-01-15");
        Bucket w1 = s.buckets().get(0);
        assertThat(List.of(w1.events(), w1.q1(), w1.q2(), w1.q3(), w1.q4(), w1.conflict()))
                .containsExactly(3L, 1L, 0L, 0L, 2L, 2L);
        double g = (goldstein("194") + goldstein("195") + goldstein("042")) / 3;
        assertThat(w1.meanGoldstein()).isCloseTo(g, within(0.001));
        assertThat(w1.tensionRaw()).isCloseTo(3.0 / 5, within(1e-4));     // (2 + 1) / (3 + 2)
        assertThat(w1.tension()).isCloseTo(3.0 / 5, within(1e-4));
        assertThat(w1.basis()).isEqualTo(3);

        Bucket w2 = s.buckets().get(1);
        assertThat(w2.events()).isZero();
        assertThat(w2.meanGoldstein()).isNull();
        assertThat(w2.tensionRaw()).isEqualTo(0.5);                         // no information
        assertThat(w2.tension()).isCloseTo(3.0 / 5, within(1e-4));         // carried by week 1 in the window
        assertThat(w2.basis()).isEqualTo(3);

        Bucket w3 = s.buckets().get(2);
        assertThat(w3.q3()).isEqualTo(1);
        assertThat(w3.tensionRaw()).isCloseTo(2.0 / 3, within(1e-4));     // (1 + 1) / (1 + 2)
        assertThat(w3.tension()).isCloseTo(4.0 / 6, within(1e-4));        // (3 + 1) / (4 + 2) over three weeks
        assertThat(w3.basis()).isEqualTo(4);

        assertThat(s.totals().events()).isEqualTo(4);
        assertThat(s.totals().conflict()).isEqualTo(3);
    }

    @Test
    void dyadSeries_oneDirection_keepsOnlyThatDirection() {
        Series ab = analytics.dyadSeries("RUS", "UKR", Direction.AB, Interval.WEEK, null, null);
        Series ba = analytics.dyadSeries("RUS", "UKR", Direction.BA, Interval.WEEK, null, null);

        assertThat(ab.buckets()).extracting(Bucket::start, Bucket::events).containsExactly(
                tuple("2024-01-01", 3L));
        assertThat(ba.buckets()).extracting(Bucket::start, Bucket::events).containsExactly(
                tuple("2024-01-15", 1L));
    }

    @Test
    void dyadSeries_explicitRange_isDenseFromFirstToLastBucket() {
        Series s = analytics.dyadSeries("UKR", "RUS", Direction.BOTH, Interval.WEEK,
                LocalDate.of(2023, 12, 27), LocalDate.of(2024, 1, 10));

        assertThat(s.buckets()).extracting(Bucket::start).containsExactly("2023-12-25", "2024-01-01", "2024-01-08");
        assertThat(s.buckets()).extracting(Bucket::events).containsExactly(0L, 3L, 0L);
        assertThat(s.from()).isEqualTo("2023-12-27");
        assertThat(s.to()).isEqualTo("2024-01-10");
    }

    @Test
    void dyadSeries_monthly_putsAllInOneBucket() {
        Series s = analytics.dyadSeries("RUS", "UKR", Direction.BOTH, Interval.MONTH, null, null);
        assertThat(s.buckets()).singleElement().satisfies(b -> {
            assertThat(b.start()).isEqualTo("2024-01-01");
            assertThat(b.events()).isEqualTo(4);
            assertThat(b.tensionRaw()).isCloseTo(4.0 / 6, within(1e-4));
        });
    }

    @Test
    void dyadSeries_pairWithoutEvents_isEmpty() {
        Series s = analytics.dyadSeries("FRA", "DEU", Direction.BOTH, Interval.DAY, null, null);
        assertThat(s.buckets()).isEmpty();
        assertThat(s.totals().events()).isZero();
        assertThat(s.totals().meanGoldstein()).isNull();
    }

    @Test
    void undatedEvents_areCountedBesideTheSeriesAndAgreeWithTheTopPairs() {
        store(Fixture.article("nodate", null)
                .says("Russian artillery shelled Sumy.", "RUS:MIL", "Russian artillery", "shelled", "194", "UKR", "Sumy")
                .says("Ukraine criticised Russia.", "UKR:GOV", "Ukraine", "criticised", "111", "RUS", "Russia"));

        Series both = analytics.dyadSeries("RUS", "UKR", Direction.BOTH, Interval.WEEK, null, null);
        assertThat(both.totals().events()).isEqualTo(4);
        assertThat(both.undated()).isEqualTo(2);
        assertThat(analytics.topDyads(10, 1, null, null)).filteredOn(p -> p.a().equals("RUS"))
                .singleElement().extracting(Views.TopPair::events).isEqualTo(both.totals().events() + both.undated());
        assertThat(analytics.dyadSeries("RUS", "UKR", Direction.AB, Interval.WEEK, null, null).undated()).isEqualTo(1);
        assertThat(analytics.dyadSeries("RUS", "UKR", Direction.BOTH, Interval.WEEK, MON, null).undated()).isZero();

        Views.StoreStats stats = analytics.stats();
        assertThat(stats.events()).isEqualTo(6);
        assertThat(stats.undatedEvents()).isEqualTo(2);
        assertThat(stats.firstDate()).isEqualTo("2024-01-02");
    }

    @Test
    void dyadSeries_badParameters_nameTheParameter() {
        assertThatThrownBy(() -> analytics.dyadSeries("RUS", "RUS", Direction.BOTH, Interval.WEEK, null, null))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("'b'");
        assertThatThrownBy(() -> analytics.dyadSeries("R U S", "UKR", Direction.BOTH, Interval.WEEK, null, null))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("'a'");
        assertThatThrownBy(() -> analytics.dyadSeries("RUS", "UKR", Direction.BOTH, Interval.DAY,
                LocalDate.of(2000, 1, 1), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("'interval'");
        assertThatThrownBy(() -> analytics.dyadSeries("RUS", "UKR", Direction.BOTH, Interval.DAY,
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("'from'");
        assertThatThrownBy(() -> Interval.parse("interval", "year")).hasMessageContaining("'interval'");
        assertThatThrownBy(() -> Direction.parse("direction", "up")).hasMessageContaining("'direction'");
    }

    static double goldstein(String code) {
        return Fixture.DICTIONARIES.cameo().get(code).goldstein();
    }

    @Test
    void buckets_countTheEventsDatedOnlyByTheDateGivenForTheirCorpus() {
        // an undated corpus ingested with --period: its article sits on the period's middle day
        store(Fixture.article("corpus", MON.plusDays(3)).givenDate()
                .says("Ukrainian drones struck a Russian refinery.", "UKR:MIL", "Ukrainian drones", "struck", "190",
                        "RUS", "Russian refinery"));
        Series s = analytics.dyadSeries("RUS", "UKR", Direction.BOTH, Interval.WEEK, null, null);
        assertThat(s.buckets()).extracting(Bucket::start, Bucket::events, Bucket::given).containsExactly(
                tuple("2024-01-01", 4L, 1L),
                tuple("2024-01-08", 0L, 0L),
                tuple("2024-01-15", 1L, 0L));
        assertThat(analytics.categorySeries(Interval.MONTH, null, null, null).buckets())
                .extracting(Views.CategoryBucket::events, Views.CategoryBucket::given).containsExactly(
                        tuple(5L, 1L));
        assertThat(analytics.stats().givenEvents()).isEqualTo(1);
        assertThat(analytics.stats().givenDates()).containsExactly(MON.plusDays(3).toString());
        // a category's own: the drone strike and the two bombardments are armed conflict, the visit and the
        // accusation are not
        assertThat(analytics.categorySeries(Interval.MONTH, null, null, null, ThreatCategory.ARMED_CONFLICT).buckets())
                .extracting(Views.CategoryBucket::events, Views.CategoryBucket::given).containsExactly(
                        tuple(3L, 1L));
    }
}
