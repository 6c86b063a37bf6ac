package org.vigil.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.store.testkit.Fixture;

class BlocSeriesTest extends AnalyticsFixture {
    static final LocalDate JUNE = LocalDate.of(2024, 6, 3);

    @BeforeEach
    void fill() {
        store(Fixture.article("june", JUNE)
                        // NATO member -> CSTO member: counts
                        .says("American officials threatened Russia with new measures.", "USA:GOV", "American officials",
                                "threatened", "130", "RUS", "Russia")
                        // CSTO -> NATO: counts, the other way
                        .says("Belarus criticised Poland over the border.", "BLR", "Belarus", "criticised", "111",
                                "POL", "Poland")
                        // Kazakhstan: CSTO member and NATO partner; member is stronger, so it sides with the CSTO
                        .says("Kazakhstan signed a deal with Germany.", "KAZ", "Kazakhstan", "signed", "057",
                                "DEU", "Germany")
                        // the organisations themselves count for their blocs
                        .says("NATO condemned the CSTO exercises.", "NATO", "NATO", "condemned", "111", "CSTO", "CSTO")
                        // inside the CSTO: never counts
                        .says("Russia accused Belarus of delays.", "RUS", "Russia", "accused", "112", "BLR", "Belarus")
                        // Ukraine is a NATO partner: counts only with partners
                        .says("Ukrainian forces shelled Belgorod.", "UKR:MIL", "Ukrainian forces", "shelled", "194",
                                "RUS", "Belgorod"),
                // Finland was a NATO partner before 2023-04-04 and a member from then
                Fixture.article("finland", LocalDate.of(2023, 1, 10))
                        .says("Finland protested to Russia.", "FIN", "Finland", "protested", "114", "RUS", "Russia"));
    }

    @Test
    void blocSeries_membersOnly_countsMembersByDateAndTheOrganisations() {
        BlocSeries s = analytics.blocSeries("NATO", "CSTO", Statuses.MEMBERS, Direction.BOTH, Interval.MONTH, null, null);

        assertThat(s.buckets()).singleElement().satisfies(b -> {
            assertThat(b.start()).isEqualTo("2024-06-01");
            assertThat(b.events()).isEqualTo(4);        // USA->RUS, BLR->POL, KAZ->DEU, NATO->CSTO
            assertThat(b.q1()).isEqualTo(1);            // the signed deal
            assertThat(b.q3()).isEqualTo(3);
            assertThat(b.tensionRaw()).isCloseTo(4.0 / 6, org.assertj.core.api.Assertions.within(1e-4));
        });
        assertThat(s.statuses()).containsExactly("member");
        assertThat(s.aMembers()).filteredOn(BlocSeries.BlocMember::counted).extracting(BlocSeries.BlocMember::code)
                .contains("USA", "FIN", "SWE").doesNotContain("UKR");
        assertThat(s.bMembers()).extracting(BlocSeries.BlocMember::code).contains("RUS", "BLR");
    }

    @Test
    void blocSeries_members_labelEveryStatus_andAStateCountsForOneSideAtATime() {
        BlocSeries s = analytics.blocSeries("NATO", "CSTO", Statuses.ALL, Direction.BOTH, Interval.MONTH, null, null);
        // Armenia: a NATO partner since 1994, but a CSTO member until 2024-02-21, which is the stronger standing
        assertThat(s.aMembers()).filteredOn(m -> m.code().equals("ARM")).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("partner");
            assertThat(m.counted()).isTrue();
            assertThat(m.yields()).containsExactly(
                    new BlocSeries.Yield("CSTO", "member", "1994-10-05", "2024-02-21", false));
        });
        // in the CSTO: a member until 2024-02-21, then suspended, which is not a status asked: not counted
        assertThat(s.bMembers()).filteredOn(m -> m.code().equals("ARM"))
                .extracting(BlocSeries.BlocMember::status, BlocSeries.BlocMember::counted, BlocSeries.BlocMember::to)
                .containsExactly(tuple("member", true, "2024-02-21"), tuple("suspended", false, null));
        assertThat(s.bMembers()).filteredOn(m -> m.code().equals("ARM"))
                .allSatisfy(m -> assertThat(m.yields()).isEmpty());

        BlocSeries members = analytics.blocSeries("NATO", "CSTO", Statuses.MEMBERS, Direction.BOTH, Interval.MONTH,
                null, null);
        assertThat(members.aMembers()).filteredOn(m -> m.code().equals("ARM")).singleElement()
                .satisfies(m -> assertThat(m.counted()).isFalse());
    }

    @Test
    void blocSeries_withPartners_addsPartnersAtTheirDates() {
        BlocSeries s = analytics.blocSeries("NATO", "CSTO", Statuses.ALL, Direction.BOTH, Interval.MONTH, null, null);

        assertThat(s.totals().events()).isEqualTo(6);  // + UKR->RUS (partner) + FIN->RUS (partner in 2023)
        assertThat(s.buckets().get(0).start()).isEqualTo("2023-01-01");
        assertThat(s.buckets().get(0).events()).isEqualTo(1);
        assertThat(s.buckets().get(s.buckets().size() - 1).events()).isEqualTo(5);
    }

    @Test
    void blocSeries_direction_separatesWhoActs() {
        BlocSeries ab = analytics.blocSeries("NATO", "CSTO", Statuses.MEMBERS, Direction.AB, Interval.MONTH, null, null);
        BlocSeries ba = analytics.blocSeries("NATO", "CSTO", Statuses.MEMBERS, Direction.BA, Interval.MONTH, null, null);

        assertThat(ab.totals().events()).isEqualTo(2);  // USA->RUS, NATO->CSTO
        assertThat(ba.totals().events()).isEqualTo(2);  // BLR->POL, KAZ->DEU
    }

    @Test
    void eventsBetweenBlocs_matchTheSeries() {
        Views.EventPage page = analytics.events(new EventQuery().blocs("NATO", "CSTO"));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.events()).extracting(e -> e.source().entity())
                .containsExactlyInAnyOrder("USA", "BLR", "KAZ", "NATO");
    }

    @Test
    void topBlocs_ranksPairsAndCountsEachEventOnce() {
        assertThat(analytics.topBlocs(Statuses.MEMBERS, 100, 1, null, null))
                .filteredOn(p -> p.a().equals("CSTO") && p.b().equals("NATO"))
                .singleElement().satisfies(p -> {
                    assertThat(p.events()).isEqualTo(4);
                    assertThat(p.conflict()).isEqualTo(3);
                });
    }

    @Test
    void topBlocs_countsAnEventForOnePairOfOverlappingBlocsOnly() {
        // USA -> RUS fits NATO-CSTO, G7-CSTO, NATO-CIS, OAS-EAEU...: it counts for the alliances only; Russia ->
        // Belarus stays inside the CSTO although Belarus is a NATO partner; Finland, not yet in NATO, sides with the EU
        assertThat(analytics.topBlocs(Statuses.ALL, 100, 1, null, null))
                .extracting(p -> p.a() + "-" + p.b() + ":" + p.events())
                .containsExactly("CSTO-NATO:5", "CSTO-EU:1");
    }

    @Test
    void blocSeries_saysHowManyOfItsEventsTheRankingCountsForIt() {
        BlocSeries natoCsto = analytics.blocSeries("NATO", "CSTO", Statuses.MEMBERS, Direction.BOTH, Interval.MONTH,
                null, null);
        // USA -> RUS and Kazakhstan's deal with Germany are between the G7 and the CSTO too, but ranked for the alliances
        BlocSeries g7Csto = analytics.blocSeries("G7", "CSTO", Statuses.MEMBERS, Direction.BOTH, Interval.MONTH,
                null, null);

        assertThat(natoCsto.rankedEvents()).isEqualTo(4).isEqualTo(natoCsto.totals().events());
        assertThat(g7Csto.totals().events()).isEqualTo(2);
        assertThat(g7Csto.rankedEvents()).isZero();
    }

    @Test
    void blocs_countWhatAStateDoes_notWhatItsCompaniesCiviliansMediaOrRefugeesDo() {
        store(Fixture.article("bank", JUNE)
                // a sentence of the real corpora (AG News): a company speaks for no bloc
                .says("A bank in Belarus has denied US charges that it laundered money.", "BLR:BUS", "A bank",
                        "denied", "016", "USA", "US")
                // a state acting on another's people counts
                .says("Belarusian police detained American journalists in Minsk.", "BLR:COP", "Belarusian police",
                        "detained", "173", "USA:MED", "American journalists"));

        assertThat(analytics.blocSeries("NATO", "CSTO", Statuses.MEMBERS, Direction.BOTH, Interval.MONTH, null, null)
                .totals().events()).isEqualTo(5);
        assertThat(analytics.topBlocs(Statuses.MEMBERS, 100, 1, null, null))
                .filteredOn(p -> p.a().equals("CSTO") && p.b().equals("NATO")).singleElement()
                .satisfies(p -> assertThat(p.events()).isEqualTo(5));
    }

    @Test
    void blocSeries_unknownBloc_namesTheParameter() {
        assertThatThrownBy(() -> analytics.blocSeries("NATO", "WARSAW", Statuses.MEMBERS, Direction.BOTH,
                Interval.WEEK, null, null)).isInstanceOf(BadParameterException.class).hasMessageContaining("'b'");
        assertThatThrownBy(() -> Statuses.parse("statuses", "friend")).hasMessageContaining("'statuses'");
        assertThat(Statuses.parse("statuses", "member,partner").values()).containsExactly("member", "partner");
    }

    @Test
    void blocs_listsOrganisationsWithMembers() {
        assertThat(analytics.blocs()).extracting(Views.BlocInfo::code).contains("NATO", "CSTO", "EU");
        assertThat(analytics.blocs()).filteredOn(b -> b.code().equals("CSTO")).singleElement()
                .satisfies(b -> assertThat(b.members()).isEqualTo(5));  // RUS KAZ KGZ TJK BLR; ARM suspended
    }

    @Test
    void blocEvents_nameEachSidesBlocAndStatusOnTheEventsDate() {
        EventQuery q = new EventQuery().blocs("NATO", "CSTO").statuses(Statuses.ALL).limit(50);
        Views.EventPage page = analytics.events(q);
        java.util.Map<String, String> byTrigger = new java.util.HashMap<>();
        for (EventView e : page.events()) {
            BlocSides.Sides s = page.sides().get(e.id());
            byTrigger.put(e.evidence().trigger().text(), s.source().bloc() + " " + s.source().status() + " -> "
                    + s.target().bloc() + " " + s.target().status());
        }
        assertThat(byTrigger).containsEntry("protested", "NATO partner -> CSTO member")  // Finland in January 2023
                .containsEntry("signed", "CSTO member -> NATO member")                      // Kazakhstan: member wins
                .containsEntry("shelled", "NATO partner -> CSTO member")
                .containsEntry("condemned", "NATO self -> CSTO self")
                .hasSize(page.events().size());
        assertThat(analytics.events(new EventQuery().dyad("USA", "RUS")).sides()).isEmpty();
    }
}
