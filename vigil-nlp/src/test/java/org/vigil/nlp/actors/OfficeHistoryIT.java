package org.vigil.nlp.actors;

import static org.vigil.nlp.testkit.CodingKit.assertCodes;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * people.tsv through time, on the real parser: a name is the office its holder had on the article's date, so the
 * same person is the government in one decade and the opposition in another.
 */
class OfficeHistoryIT {
    @Test
    void headOfStateOfTheNinetiesIsTheGovernment() {
        assertCodes("Carlos Menem accused Britain of provoking a crisis over the Falklands.", LocalDate.of(1995, 4, 3),
                "ARG:GOV", "GBR", "112");
        assertCodes("Suharto criticised Portugal over East Timor.", LocalDate.of(1996, 10, 14), "IDN:GOV", "PRT",
                "111");
    }

    @Test
    void leaderOutOfPowerIsTheOppositionAndInPowerTheGovernment() {
        assertCodes("Nawaz Sharif criticised India over Kashmir.", LocalDate.of(2010, 5, 1), "PAK:OPP", "IND",
                "111");
        assertCodes("Nawaz Sharif criticised India over Kashmir.", LocalDate.of(1998, 5, 1), "PAK:GOV", "IND",
                "111");
    }

    @Test
    void leaderOfTheOppositionOfALargeDemocracyIsTheOpposition() {
        assertCodes("Pierre Poilievre accused the Canadian government of wasting money.", LocalDate.of(2024, 3, 5),
                "CAN:OPP", "CAN:GOV", "112");
    }

    @Test
    void liberalDemocratSpokesmanIsTheOppositionNotTheGovernment() {
        assertCodes("Lib Dem home affairs spokesman Mark Oaten has branded the ID scheme a waste of money.",
                LocalDate.of(2005, 1, 15), "GBR:OPP", null, "111");
    }

    @Test
    void theCrownSharedByRealmsIsReadAsBritain() {
        assertCodes("Queen Elizabeth praised Australia for its help.", LocalDate.of(2010, 3, 5), "GBR:GOV", "AUS",
                "051");
    }
}
