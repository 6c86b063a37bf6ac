package org.vigil.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.store.testkit.Fixture;

class AlertsTest extends AnalyticsFixture {
    static final LocalDate MON = LocalDate.of(2024, 1, 1);
    static final LocalDate SPIKE = MON.plusWeeks(8);

    /** Eight calm weeks of Armenia-Azerbaijan talks, then a week of fighting; Russia-Ukraine at war throughout. */
    static List<Fixture> spike() {
        List<Fixture> out = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            LocalDate d = MON.plusWeeks(w).plusDays(1);
            out.add(Fixture.article("calm" + w, d)
                    .says("Armenian diplomats met Azerbaijani envoys.", "ARM:GOV", "Armenian diplomats", "met", "040",
                            "AZE:GOV", "Azerbaijani envoys")
                    .says("Armenia hosted a delegation from Azerbaijan.", "ARM", "Armenia", "hosted", "043", "AZE",
                            "Azerbaijan"));
        }
        out.add(Fixture.article("spike", SPIKE.plusDays(1))
                .says("Azerbaijani forces shelled Armenian villages.", "AZE:MIL", "Azerbaijani forces", "shelled", "194",
                        "ARM", "Armenian villages")
                .says("Armenian troops fired on Azerbaijani posts.", "ARM:MIL", "Armenian troops", "fired", "190",
                        "AZE:MIL", "Azerbaijani posts")
                .says("Azerbaijani drones struck Armenian positions.", "AZE:MIL", "Azerbaijani drones", "struck", "195",
                        "ARM:MIL", "Armenian positions")
                .says("Azerbaijan occupied Armenian heights.", "AZE", "Azerbaijan", "occupied", "192", "ARM",
                        "Armenian heights")
                .says("Armenia accused Azerbaijan of aggression.", "ARM", "Armenia", "accused", "1123", "AZE",
                        "Azerbaijan"));
        for (int w = 0; w <= 8; w++) {
            LocalDate d = MON.plusWeeks(w).plusDays(2);
            out.add(Fixture.article("war" + w, d)
                    .says("Russian forces shelled Kharkiv.", "RUS:MIL", "Russian forces", "shelled", "194", "UKR",
                            "Kharkiv")
                    .says("Ukrainian drones hit Belgorod.", "UKR:MIL", "Ukrainian drones", "hit", "195", "RUS",
                            "Belgorod")
                    .says("Kyiv accused Moscow of war crimes.", "UKR:GOV", "Kyiv", "accused", "112", "RUS:GOV",
                            "Moscow"));
        }
        return out;
    }

    @BeforeEach
    void fill() {
        store(spike().toArray(Fixture[]::new));
    }

    @Test
    void alerts_spikeAboveOwnBaseline_isReportedWithItsEvents() {
        Alerts.Result r = analytics.alerts(new Alerts.Settings(null, null, Alerts.Kind.DYAD, Interval.WEEK, 3, 0.01,
                Statuses.MEMBERS, 50));

        assertThat(r.from()).isEqualTo(MON.plusDays(1).toString());            // the whole data by default
        assertThat(r.to()).isEqualTo(SPIKE.plusDays(2).toString());
        assertThat(r.alerts()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("dyad");
            assertThat(List.of(a.a(), a.b(), a.start())).containsExactly("ARM", "AZE", SPIKE.toString());
            assertThat(a.events()).isEqualTo(5);
            assertThat(a.conflict()).isEqualTo(5);
            assertThat(a.baseline().events()).isEqualTo(16);
            assertThat(a.end()).isEqualTo(SPIKE.plusDays(6).toString());
            assertThat(a.baseline().scope()).isEqualTo("pair");
            assertThat(a.baseline().buckets()).isEqualTo(8);
            assertThat(a.baseline().from()).isEqualTo(MON.toString());
            assertThat(a.baseline().share()).isCloseTo(1.0 / 18, within(1e-4));  // (0 + 1) / (16 + 2)
            assertThat(a.tension()).isCloseTo(6.0 / 7, within(1e-4));            // (5 + 1) / (5 + 2)
            // P(X >= 5 | n = 5, Beta(1, 17)) = B(6, 17) / B(1, 17) = 5! 17! / 22!
            assertThat(a.pValue()).isCloseTo(120.0 / (18 * 19 * 20 * 21 * 22), within(1e-9));
            assertThat(a.causedBy()).hasSize(5);
            assertThat(a.causedBy()).extracting(EventView::goldstein).isSorted();
        });
    }

    @Test
    void alerts_leaveOutEventsDatedOnlyByTheirCorpussGivenDate() {
        // a second week of fighting, from an undated corpus dated to its period's middle day: it would alert
        // (5 of 5 conflict against 6 of 21), but its week is not when it happened
        Fixture corpus = Fixture.article("corpus", SPIKE.plusWeeks(1).plusDays(1)).givenDate();
        for (int i = 0; i < 5; i++) {
            corpus.says("Azerbaijani gunners shelled Armenian farms " + i + ".", "AZE:MIL", "Azerbaijani gunners",
                    "shelled", "194", "ARM", "Armenian farms");
        }
        store(corpus);
        Alerts.Result r = analytics.alerts(new Alerts.Settings(null, null, Alerts.Kind.ALL, Interval.WEEK, 3, 0.01,
                Statuses.MEMBERS, 50));
        assertThat(r.alerts()).extracting(Alerts.Alert::start).containsExactly(SPIKE.toString());
    }

    @Test
    void alerts_withoutEnoughBaseline_neverAlert() {
        // the first calm week has no history, the spike week's own first events none either: no alert has baseline 0
        Alerts.Result r = analytics.alerts(new Alerts.Settings(null, null, Alerts.Kind.ALL, Interval.WEEK, 1, 0.5,
                Statuses.MEMBERS, 200));
        assertThat(r.alerts()).allSatisfy(a -> {
            assertThat(a.baseline().events()).isGreaterThanOrEqualTo(Baselines.MIN_EVENTS);
            assertThat(a.baseline().buckets()).isGreaterThanOrEqualTo(Baselines.MIN_BUCKETS);
        });
        assertThat(BetaBinomial.upperTail(3, 3, 25, 1)).isGreaterThan(0.5);  // a steady war: 3 of 3 after 24 of 24
    }

    @Test
    void alerts_steadyWar_isNotAnAlert() {
        // Russia-Ukraine is all conflict every week: its baseline is high, so no week stands out
        Alerts.Result r = analytics.alerts(new Alerts.Settings(null, null, Alerts.Kind.ALL, Interval.WEEK, 3, 0.01,
                Statuses.MEMBERS, 50));
        assertThat(r.alerts()).noneMatch(a -> a.a().equals("RUS") && a.b().equals("UKR"));
        assertThat(r.alerts()).anyMatch(a -> a.a().equals("ARM") && a.b().equals("AZE"));
    }

    @Test
    void alerts_fewEvents_orLowThreshold_changeTheAnswer() {
        assertThat(analytics.alerts(new Alerts.Settings(null, null, Alerts.Kind.DYAD, Interval.WEEK, 6, 0.01, Statuses.MEMBERS, 50))
                .alerts()).isEmpty();
        assertThatThrownBy(() -> new Alerts.Settings(null, null, Alerts.Kind.ALL, Interval.WEEK, 0, 0.01, Statuses.MEMBERS, 50))
                .hasMessageContaining("'min_events'");
        assertThatThrownBy(() -> Alerts.Kind.parse("kind", "x")).hasMessageContaining("'kind'");
        assertThatThrownBy(() -> Alerts.interval("interval", "day")).hasMessageContaining("'interval'")
                .hasMessageContaining("week, month, auto");
    }

    @Test
    void alerts_emptyStore_hasNoAlertsAndNoRange() {
        store.close();
        store = org.vigil.store.DuckDbEventStore.open(dir.resolve("empty"));
        analytics = Analytics.open(store, Fixture.DICTIONARIES);
        Alerts.Result r = analytics.alerts(Alerts.Settings.defaults());
        assertThat(r.alerts()).isEmpty();
        assertThat(r.to()).isNull();
    }
}
