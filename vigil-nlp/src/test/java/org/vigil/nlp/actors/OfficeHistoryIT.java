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

    @Test
    void britishPoliticsOf2005NamesItsMinistersOppositionBodiesAndUnions() {
        LocalDate date = LocalDate.of(2005, 1, 15);
        assertCodes("Lord Falconer praised the Law Lords for their patience.", date, "GBR:GOV", "GBR:JUD", "051");
        assertCodes("Nicola Sturgeon accused the Scottish Executive of failing patients.", date, "GBR:OPP", "GBR:GOV",
                "112");
        assertCodes("Brendan Barber criticised the Confederation of British Industry.", date, "GBR:CVL", "GBR:BUS",
                "111");
        assertCodes("Veritas accused Tony Blair of misleading voters.", date, "GBR:PTY", "GBR:GOV", "112");
    }

    @Test
    void sameNameLaterIsTheOfficeHeldThen() {
        assertCodes("Nicola Sturgeon criticised Russia over the poisoning.", LocalDate.of(2018, 3, 14), "GBR:GOV",
                "RUS", "111");
        assertCodes("Jean-Pierre Bemba accused Uganda of arming his rivals.", LocalDate.of(2001, 6, 1), "COD:REB",
                "UGA", "112");
        assertCodes("Jean-Pierre Bemba accused Rwanda of arming the M23.", LocalDate.of(2023, 6, 1), "COD:GOV", "RWA",
                "112");
    }
}
