package org.vigil.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.store.testkit.Fixture;

class EventSearchTest extends AnalyticsFixture {
    @BeforeEach
    void fill() {
        store(DyadSeriesTest.russiaUkraine());
        store(Fixture.article("border", LocalDate.of(2024, 1, 20), "Smugglers caught at the border")
                .says("Lithuanian police arrested smugglers at the border.", "LTU:COP", "Lithuanian police", "arrested",
                        "173", null, null).in("LTU")
                .says("Poland expelled refugees to Belarus.", "POL:GOV", "Poland", "expelled", "174", "---:REF",
                        "refugees"));
    }

    @Test
    void events_noFilter_listsNewestFirstWithTotal() {
        Views.EventPage page = analytics.events(new EventQuery());
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.events()).extracting(EventView::date).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void events_paging_returnsTheRequestedSlice() {
        Views.EventPage all = analytics.events(new EventQuery().limit(500));
        Views.EventPage page = analytics.events(new EventQuery().limit(2).offset(2));
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.events()).extracting(EventView::id)
                .containsExactly(all.events().get(2).id(), all.events().get(3).id());
        assertThat(analytics.events(new EventQuery().offset(10)).events()).isEmpty();
    }

    @Test
    void events_filters_combine() {
        assertThat(analytics.events(new EventQuery().dyad("RUS", "UKR")).total()).isEqualTo(4);
        assertThat(analytics.events(new EventQuery().dyad("RUS", "UKR").direction(Direction.BA)).total()).isEqualTo(1);
        assertThat(analytics.events(new EventQuery().actor("RUS:MIL")).total()).isEqualTo(2);
        assertThat(analytics.events(new EventQuery().actor("ltu")).total()).isEqualTo(1);
        assertThat(analytics.events(new EventQuery().root("19")).total()).isEqualTo(2);
        assertThat(analytics.events(new EventQuery().code("194")).total()).isEqualTo(1);
        assertThat(analytics.events(new EventQuery().quad(4)).total()).isEqualTo(4);  // 194, 195, 173, 174
        assertThat(analytics.events(new EventQuery().text("KHARKIV")).total()).isEqualTo(1);
        assertThat(analytics.events(new EventQuery().text("smugglers caught")).total()).isEqualTo(2);  // title
        assertThat(analytics.events(new EventQuery().from(LocalDate.of(2024, 1, 16)).to(LocalDate.of(2024, 1, 19)))
                .total()).isEqualTo(1);
    }

    @Test
    void events_location_filtersByWhereTheyHappenedAndIsShown() {
        Views.EventPage inLithuania = analytics.events(new EventQuery().location("ltu"));
        assertThat(inLithuania.total()).isEqualTo(1);
        assertThat(inLithuania.events()).extracting(EventView::cameo, EventView::location).containsExactly(
                tuple("173", "LTU"));
        assertThat(analytics.events(new EventQuery().code("174")).events()).extracting(EventView::location)
                .containsOnlyNulls();
    }

    @Test
    void events_categories_comeFromCodesRolesAndWords() {
        assertThat(analytics.events(new EventQuery().category(ThreatCategory.ARMED_CONFLICT)).events())
                .extracting(EventView::cameo).containsExactlyInAnyOrder("194", "195");
        EventView arrest = analytics.events(new EventQuery().code("173")).events().get(0);
        assertThat(arrest.categories()).containsExactly("repression", "smuggling_crime");
        EventView expulsion = analytics.events(new EventQuery().code("174")).events().get(0);
        assertThat(expulsion.categories()).containsExactly("migration_refugees");
        EventView visit = analytics.events(new EventQuery().code("042")).events().get(0);
        assertThat(visit.categories()).isEmpty();
    }

    @Test
    void events_evidence_spansAreOffsetsInTheSentence() {
        EventView e = analytics.events(new EventQuery().code("195")).events().get(0);
        String s = e.evidence().text();
        assertThat(s).isEqualTo("Russian jets bombed Odesa.");
        assertThat(s.substring(e.evidence().trigger().start(), e.evidence().trigger().end())).isEqualTo("bombed");
        assertThat(s.substring(e.evidence().source().start(), e.evidence().source().end())).isEqualTo("Russian jets");
        assertThat(s.substring(e.evidence().target().start(), e.evidence().target().end())).isEqualTo("Odesa");
        assertThat(e.evidence().trigger().articleStart()).isGreaterThan(e.evidence().trigger().start());
        assertThat(e.article().title()).isEqualTo("Story w1");
        assertThat(e.source().code()).isEqualTo("RUS:MIL");
        assertThat(e.source().role()).isEqualTo("MIL");
    }

    @Test
    void article_listsItsEventsInSentenceOrder() {
        Views.ArticleView a = analytics.article("w1").orElseThrow();
        assertThat(a.text()).startsWith("Russian forces shelled Kharkiv.");
        assertThat(a.events()).extracting(EventView::cameo).containsExactly("194", "195", "042");
        assertThat(analytics.article("nope")).isEmpty();
    }

    @Test
    void categorySeries_countsEachCategoryPerBucket() {
        Views.CategorySeries s = analytics.categorySeries(Interval.MONTH, null, null, null);
        assertThat(s.buckets()).singleElement().satisfies(b -> {
            assertThat(b.events()).isEqualTo(6);
            assertThat(b.counts()).containsEntry("armed_conflict", 2L).containsEntry("repression", 1L)
                    .containsEntry("smuggling_crime", 1L).containsEntry("migration_refugees", 1L)
                    .containsEntry("terrorism", 0L).hasSize(8);
        });
    }

    @Test
    void topDyadsAndMap_poolBothDirections() {
        assertThat(analytics.topDyads(10, 3, null, null)).singleElement().satisfies(p -> {
            assertThat(p.a()).isEqualTo("RUS");
            assertThat(p.b()).isEqualTo("UKR");
            assertThat(p.events()).isEqualTo(4);
            assertThat(p.conflict()).isEqualTo(3);
            assertThat(p.tension()).isCloseTo(4.0 / 6, org.assertj.core.api.Assertions.within(1e-4));
        });
        Views.MapView map = analytics.map(null, null, false);
        assertThat(map.maxConflict()).isEqualTo(3);
        assertThat(map.countries()).extracting(Views.CountryIntensity::code).startsWith("RUS", "UKR");
        assertThat(map.countries().get(0).intensity()).isEqualTo(1.0);
        assertThat(map.countries()).filteredOn(c -> c.code().equals("LTU")).singleElement()
                .satisfies(c -> assertThat(c.conflict()).isEqualTo(1));
        // between two named parties only: not Lithuania's police at its border, nor refugees no state is named for
        assertThat(analytics.map(null, null, true).countries()).extracting(Views.CountryIntensity::code)
                .containsExactly("RUS", "UKR");
    }

    @Test
    void eventQuery_badValues_nameTheParameter() {
        assertThatThrownBy(() -> new EventQuery().limit(0)).hasMessageContaining("'limit'");
        assertThatThrownBy(() -> new EventQuery().offset(-1)).hasMessageContaining("'offset'");
        assertThatThrownBy(() -> new EventQuery().root("1")).hasMessageContaining("'root'");
        assertThatThrownBy(() -> new EventQuery().code("19x")).hasMessageContaining("'code'");
        assertThatThrownBy(() -> new EventQuery().quad(5)).hasMessageContaining("'quad'");
        assertThatThrownBy(() -> new EventQuery().actor("RUS:XXX")).hasMessageContaining("'actor'");
        assertThatThrownBy(() -> new EventQuery().dyad("RUS", "RUS")).hasMessageContaining("'dyad'");
        assertThatThrownBy(() -> ThreatCategory.parse("category", "war")).hasMessageContaining("'category'");
    }
}
