package org.vigil.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.store.testkit.Fixture;

/** Entity codes an analyst asks for must be known: to the dictionaries, or as a side of a stored event. */
class KnownEntitiesTest extends AnalyticsFixture {
    static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    @BeforeEach
    void fill() {
        // ZZQ is in no dictionary, but the coder gave it to an actor: it is a real side of the data
        store(Fixture.article("zzq", DAY)
                .says("Zaqari rebels attacked American convoys.", "ZZQ", "Zaqari rebels", "attacked", "190", "USA:MIL",
                        "American convoys"));
    }

    @Test
    void dictionaryOrStoredEntities_areAnswered() {
        assertThat(analytics.dyadSeries("USA", "ZZQ", Direction.BOTH, Interval.WEEK, null, null).totals().events())
                .isEqualTo(1);
        assertThat(analytics.dyadSeries("RUS", "UKR", Direction.BOTH, Interval.WEEK, null, null).totals().events())
                .isZero();
        assertThat(analytics.events(new EventQuery().actor("zzq")).total()).isEqualTo(1);
    }

    @Test
    void unknownEntities_areBadParametersNamingTheCode() {
        assertThatThrownBy(() -> analytics.dyadSeries("USA", "QQQ", Direction.BOTH, Interval.WEEK, null, null))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("'b'").hasMessageContaining("'QQQ'");
        assertThatThrownBy(() -> analytics.events(new EventQuery().actor("QQQ:GOV")))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("'actor'");
        assertThatThrownBy(() -> analytics.events(new EventQuery().dyad("USA", "QQQ")))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("'dyad'");
        assertThatThrownBy(() -> analytics.initiatives("QQQ", null, null, 20))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("'actor'");
    }

    @Test
    void events_carryTheirCameoName() {
        EventView e = analytics.events(new EventQuery()).events().get(0);
        assertThat(e.cameo()).isEqualTo("190");
        assertThat(e.cameoName()).isEqualTo(Fixture.DICTIONARIES.cameo().get("190").name());
    }
}
