package org.vigil.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.store.testkit.Fixture;

/** Alerts on sparse news: month buckets, and a baseline that widens from the pair to its sides to all pairs. */
class AlertBaselinesTest extends AnalyticsFixture {
    static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    static final LocalDate SEP = LocalDate.of(2024, 9, 1);

    /**
     * Eight calm months of American diplomacy (two meetings a month with Britain or France, and one with Iran in
     * February, March and April), then a September of fighting between two pairs with little or no history:
     * the United States and Iran, and Armenia and Azerbaijan, who had no event at all before.
     */
    static List<Fixture> sparse() {
        List<Fixture> out = new ArrayList<>();
        for (int m = 0; m < 8; m++) {
            Fixture f = Fixture.article("calm" + m, JAN.plusMonths(m).plusDays(9))
                    .says("American officials met British ministers.", "USA:GOV", "American officials", "met", "040",
                            "GBR:GOV", "British ministers")
                    .says("Washington hosted a French delegation.", "USA", "Washington", "hosted", "043", "FRA",
                            "French delegation");
            if (m >= 1 && m <= 3) {
                f.says("American envoys met Iranian diplomats.", "USA:GOV", "American envoys", "met", "040", "IRN:GOV",
                        "Iranian diplomats");
            }
            out.add(f);
        }
        out.add(Fixture.article("strikes", SEP.plusDays(2))
                .says("American jets struck Iranian bases.", "USA:MIL", "American jets", "struck", "195", "IRN:MIL",
                        "Iranian bases")
                .says("Iranian missiles hit American bases.", "IRN:MIL", "Iranian missiles", "hit", "195", "USA:MIL",
                        "American bases")
                .says("American drones attacked Iranian convoys.", "USA:MIL", "American drones", "attacked", "190",
                        "IRN", "Iranian convoys")
                .says("Iranian forces shelled American outposts.", "IRN:MIL", "Iranian forces", "shelled", "194",
                        "USA:MIL", "American outposts")
                .says("Washington accused Tehran of aggression.", "USA:GOV", "Washington", "accused", "112", "IRN:GOV",
                        "Tehran"));
        out.add(Fixture.article("caucasus", SEP.plusDays(20))
                .says("Azerbaijani forces shelled Armenian villages.", "AZE:MIL", "Azerbaijani forces", "shelled",
                        "194", "ARM", "Armenian villages")
                .says("Armenian troops fired on Azerbaijani posts.", "ARM:MIL", "Armenian troops", "fired", "190",
                        "AZE:MIL", "Azerbaijani posts")
                .says("Azerbaijani drones struck Armenian positions.", "AZE:MIL", "Azerbaijani drones", "struck", "195",
                        "ARM:MIL", "Armenian positions")
                .says("Armenia accused Azerbaijan of aggression.", "ARM", "Armenia", "accused", "112", "AZE",
                        "Azerbaijan"));
        return out;
    }

    @Test
    void sparseNews_areBucketedByMonth() {
        store(sparse().toArray(Fixture[]::new));
        Alerts.Result r = analytics.alerts(Alerts.Settings.defaults());
        assertThat(r.rule().interval()).isEqualTo("month");
        assertThat(r.rule().auto()).isTrue();
        assertThat(r.rule().scopes()).containsExactly("pair", "sides", "all");
        // a month is tested at p times its weeks: the same expected false alerts a year as weekly tests at p
        assertThat(r.rule().pBucket()).isCloseTo(0.01 * 365.25 / 12 / 7, within(1e-12));
        assertThat(Alerts.pBucket(0.01, Interval.WEEK)).isEqualTo(0.01);
        assertThat(Alerts.pBucket(0.5, Interval.MONTH)).isEqualTo(1.0);
        assertThat(r.alerts()).isNotEmpty().extracting(Alerts.Alert::start, Alerts.Alert::end)
                .containsOnly(tuple("2024-09-01", "2024-09-30"));
    }

    @Test
    void pairWithThinHistory_isMeasuredAgainstItsSidesCountingEachEventOnce() {
        store(sparse().toArray(Fixture[]::new));
        Alerts.Alert a = alert("IRN", "USA");
        assertThat(a.conflict()).isEqualTo(5);
        // three USA-Iran meetings are too few for a baseline of the pair's own; the sides' events are those
        // 3 and the 16 American meetings with Britain and France (not 3 more for Iran's own series)
        assertThat(a.baseline().scope()).isEqualTo("sides");
        assertThat(a.baseline().events()).isEqualTo(19);
        assertThat(a.baseline().conflict()).isZero();
        assertThat(a.baseline().buckets()).isEqualTo(8);
        assertThat(List.of(a.baseline().from(), a.baseline().to())).containsExactly("2024-01-01", "2024-08-31");
        // P(X >= 5 | n = 5, Beta(1, 20)) = B(6, 20) / B(1, 20) = 5! 20! / 25!
        assertThat(a.pValue()).isCloseTo(120.0 / (21 * 22 * 23 * 24 * 25), within(1e-12));
    }

    @Test
    void pairWithoutAnyHistoryOnEitherSide_isMeasuredAgainstAllPairs() {
        store(sparse().toArray(Fixture[]::new));
        Alerts.Alert a = alert("ARM", "AZE");
        assertThat(a.baseline().scope()).isEqualTo("all");
        assertThat(a.baseline().events()).isEqualTo(19);
        assertThat(a.causedBy()).hasSize(4);
    }

    @Test
    void withoutAnyHistory_nothingAlerts() {
        List<Fixture> september = sparse().subList(8, 10);
        store(september.toArray(Fixture[]::new));
        Alerts.Result r = analytics.alerts(Alerts.Settings.defaults());
        assertThat(r.alerts()).isEmpty();
    }

    @Test
    void weeklyBuckets_whenAskedFor_findNoHistoryInTheEightWeeksBefore() {
        // of the calm months only July's and August's four meetings fall in the eight weeks before: too few
        store(sparse().toArray(Fixture[]::new));
        Alerts.Result r = analytics.alerts(new Alerts.Settings(null, null, Alerts.Kind.ALL, Interval.WEEK, 3, 0.01,
                Statuses.MEMBERS, 50));
        assertThat(r.rule().interval()).isEqualTo("week");
        assertThat(r.rule().auto()).isFalse();
        assertThat(r.alerts()).isEmpty();
    }

    @Test
    void denseNews_areBucketedByWeek() {
        // 42 events in two weeks: 21 a week, at least AUTO_WEEKLY_EVENTS
        // a different partner for each event: the store merges reports of one dyad and root a few days apart
        List<String> partners = List.of("GBR", "FRA", "DEU", "ITA", "ESP", "PRT", "NLD", "BEL", "POL", "CZE", "SVK",
                "HUN", "AUT", "CHE", "SWE", "NOR", "DNK", "FIN", "EST", "LVA", "LTU", "IRL", "GRC", "TUR", "ROU", "BGR",
                "SRB", "HRV", "SVN", "ALB", "MKD", "MNE", "BIH", "MDA", "UKR", "GEO", "ARM", "AZE", "KAZ", "UZB", "KGZ",
                "TJK");
        List<Fixture> dense = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            Fixture f = Fixture.article("day" + d, JAN.plusDays(d));
            for (String state : partners.subList(3 * d, 3 * d + 3)) {
                f.says("American officials met ministers of " + state + ".", "USA:GOV", "American officials", "met",
                        "040", state, state);
            }
            dense.add(f);
        }
        store(dense.toArray(Fixture[]::new));
        assertThat(analytics.events(new EventQuery().limit(500)).total()).isEqualTo(42);
        Alerts.Result r = analytics.alerts(Alerts.Settings.defaults());
        assertThat(r.rule().interval()).isEqualTo("week");
        assertThat(r.rule().auto()).isTrue();
    }

    private Alerts.Alert alert(String a, String b) {
        return analytics.alerts(Alerts.Settings.defaults()).alerts().stream()
                .filter(x -> x.a().equals(a) && x.b().equals(b)).findFirst().orElseThrow();
    }
}
