package org.vigil.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StateReadingsTest {
    @Test
    void congoFollowsTheCapitalTheStoryNames() {
        assertThat(StateReadings.of("KINSHASA, Jan 4 - Congo said.").entity("Congo")).contains("COD");
        assertThat(StateReadings.of("Talks in Brazzaville ended. Congo said.").entity("Congo")).contains("COG");
        assertThat(StateReadings.of("Talks in Brazzaville ended. Congolese troops left.").entity("Congolese"))
                .contains("COG");
        assertThat(StateReadings.of("Talks in Brazzaville ended. Congolese troops left.").reads("Congolese"))
                .isTrue();
        assertThat(StateReadings.of("Talks in Goma ended. Congolese troops left.").reads("Congolese")).isFalse();
    }

    @Test
    void congoAfterTheDemocraticRepublicNamedInFullIsTheDrc() {
        assertThat(StateReadings.of("The Democratic Republic of the Congo held elections. Congo's army said.")
                .entity("Congo")).contains("COD");
    }

    @Test
    void congoWithBothCapitalsOrNeitherIsNotCoded() {
        assertThat(StateReadings.of("Kinshasa and Brazzaville face each other. Congo said.").entity("Congo"))
                .isEqualTo(Optional.empty());
        assertThat(StateReadings.of("Congo said.").reads("Congo")).isTrue();
        assertThat(StateReadings.of("Congo said.").entity("Congo")).isEmpty();
    }

    @Test
    void georgiaIsTheUsStateOnlyWhenTheStoryNamesNothingOfTheCaucasus() {
        assertThat(StateReadings.of("ATLANTA - Georgia's governor of Georgia spoke.").entity("Georgia")).isEmpty();
        assertThat(StateReadings.of("ATLANTA - Georgia's governor of Georgia spoke.").reads("Georgia")).isTrue();
        assertThat(StateReadings.of("Georgia recalled its ambassador.").reads("Georgia")).isFalse();
        assertThat(StateReadings.of("A Republican senator met officials in Tbilisi. Georgia thanked him.")
                .reads("Georgia")).isFalse();
    }

    @Test
    void bnpIsBangladeshsPartyInAStoryOfBangladeshsPoliticsAndBritainsOtherwise() {
        assertThat(StateReadings.of("DHAKA - The BNP called a general strike against the Awami League government.")
                .entity("BNP")).contains("BGD");
        assertThat(StateReadings.of("Floods hit Bangladesh. The BNP blamed the government.").entity("BNP"))
                .contains("BGD");
        assertThat(StateReadings.of("The BNP has put up candidates in Burnley, Nick Griffin said.").entity("BNP"))
                .contains("GBR");
        assertThat(StateReadings.of("A BNP leaflet about immigrants from Bangladesh angered Swansea's councillors in "
                + "Britain.").entity("BNP")).contains("GBR");
        assertThat(StateReadings.of("The BNP said it would stand in every seat.").entity("BNP")).contains("GBR");
    }
}
