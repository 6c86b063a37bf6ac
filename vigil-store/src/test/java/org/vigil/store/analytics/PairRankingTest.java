package org.vigil.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.store.testkit.Fixture;

class PairRankingTest extends AnalyticsFixture {
    static final LocalDate MAY = LocalDate.of(2024, 5, 6);

    PairRanking ranking;

    @BeforeEach
    void fill() {
        ranking = new PairRanking(store);
        store(Fixture.article("may", MAY)
                        .says("Russia shelled Ukrainian towns.", "RUS", "Russia", "shelled", "194", "UKR", "Ukrainian towns")
                        .says("Ukraine accused Russia of war crimes.", "UKR", "Ukraine", "accused", "112", "RUS", "Russia")
                        .says("Russia and Ukraine met in Istanbul.", "RUS", "Russia", "met", "040", "UKR", "Ukraine")
                        .says("France praised Germany.", "FRA", "France", "praised", "051", "DEU", "Germany")
                        .says("Germany thanked France.", "DEU", "Germany", "thanked", "051", "FRA", "France")
                        .says("France hosted Germany.", "FRA", "France", "hosted", "042", "DEU", "Germany")
                        // internal: the American police arrested American protesters, three times
                        .says("American police arrested protesters.", "USA:COP", "American police", "arrested", "173",
                                "USA:OPP", "protesters")
                        .says("American police detained activists.", "USA:COP", "American police", "detained", "173",
                                "USA:OPP", "activists")
                        .says("American troops clashed with militias.", "USA:MIL", "American troops", "clashed",
                                "190", "USA:REB", "militias"),
                Fixture.article("june", MAY.plusWeeks(5))
                        // unnamed actors: never ranked
                        .says("Gunmen attacked the convoy.", "---", "Gunmen", "attacked", "190", "---", "the convoy")
                        .says("Gunmen threatened the villagers.", "---", "Gunmen", "threatened", "130", "---", "villagers")
                        .says("Gunmen fired on the villagers.", "---", "Gunmen", "fired", "190", "---", "villagers"));
    }

    @Test
    void tensePairs_poolDirectionsAndLeaveOutSelfPairsAndUnnamedActors() {
        assertThat(ranking.tensePairs(10, 3, null, null))
                .extracting(p -> p.a() + "-" + p.b() + ":" + p.conflict() + "/" + p.events())
                .containsExactly("RUS-UKR:2/3", "DEU-FRA:0/3");
    }

    @Test
    void internalConflict_ranksEachStateOnItself() {
        assertThat(ranking.internalConflict(10, 3, null, null))
                .extracting(p -> p.a() + "-" + p.b() + ":" + p.conflict() + "/" + p.events())
                .containsExactly("USA-USA:3/3");
    }

    @Test
    void tensePairs_dateRangeAndMinimumApply() {
        assertThat(ranking.tensePairs(10, 3, MAY.plusWeeks(1), null)).isEmpty();
        assertThat(ranking.tensePairs(10, 4, null, null)).isEmpty();
        assertThat(ranking.tensePairs(1, 3, null, null)).extracting(Views.TopPair::a).containsExactly("RUS");
    }

    @Test
    void dashboardTopDyads_areTheSameRanking() {
        assertThat(analytics.topDyads(10, 3, null, null)).isEqualTo(ranking.tensePairs(10, 3, null, null));
    }

    @Test
    void badLimit_namesTheParameter() {
        assertThatThrownBy(() -> ranking.tensePairs(0, 3, null, null)).hasMessageContaining("'limit'");
        assertThatThrownBy(() -> ranking.internalConflict(5, 0, null, null)).hasMessageContaining("'min_events'");
    }

    @Test
    void counterparts_rankWhoAnActorDealsWithMostEitherDirection() {
        store(Fixture.article("july", MAY.plusWeeks(9))
                .says("Russia praised France.", "RUS", "Russia", "praised", "051", "FRA", "France")
                .says("France condemned Russia.", "FRA", "France", "condemned", "122", "RUS:GOV", "Russia")
                .says("Russian police arrested Russian activists.", "RUS:COP", "Russian police", "arrested", "173",
                        "RUS:OPP", "Russian activists"));

        assertThat(ranking.counterparts("RUS", 10, null, null))
                .extracting(p -> p.a() + "-" + p.b() + ":" + p.conflict() + "/" + p.events())
                .containsExactly("RUS-UKR:2/3", "RUS-FRA:1/2");
        assertThat(ranking.counterparts("RUS", 10, MAY.plusWeeks(8), null))
                .extracting(p -> p.a() + "-" + p.b() + ":" + p.conflict() + "/" + p.events())
                .containsExactly("RUS-FRA:1/2");
    }
}
