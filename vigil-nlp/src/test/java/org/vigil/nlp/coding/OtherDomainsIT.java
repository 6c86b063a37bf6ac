package org.vigil.nlp.coding;

import static org.vigil.nlp.testkit.CodingKit.assertCodes;
import static org.vigil.nlp.testkit.CodingKit.assertNoEvents;

import org.junit.jupiter.api.Test;

/** Sports and market reports use the words of force and diplomacy in another sense (domains.tsv). */
class OtherDomainsIT {
    @Test
    void sportsReportUsesForceWordsInAnotherSense() {
        assertNoEvents("The Brazilian midfielder shot his way into the World Cup record books on Sunday.");
    }

    @Test
    void marketReportUsesForceWordsInAnotherSense() {
        assertNoEvents("Investors attacked bank stocks in Frankfurt as Treasury yields hit a three-month high.");
    }

    @Test
    void storyAboutAGameKeepsThatSenseInEverySentence() {
        assertNoEvents("The football season opened on Saturday in Spain. Fans filled the stadium for the first "
                + "football match of the tournament. Madrid attacked Barcelona all afternoon.");
    }

    @Test
    void disapprovalAroundAGameIsStillPolitics() {
        assertCodes("Britain condemned Russia over the doping scandal at the Olympics.", "GBR", "RUS", "111");
    }

    @Test
    void newspaperNamedForAMarketStillReportsPolitics() {
        assertCodes("A Wall Street Journal reporter was detained by Russian police in Moscow.", "RUS:COP", "USA:MED",
                "173");
    }

    @Test
    void companiesDealingWithCompaniesAreBusinessNotPolitics() {
        assertNoEvents("Swiss bank UBS signed a deal with the German carmaker BMW on Monday.");
    }

    @Test
    void aPlayersContractIsNoTreaty() {
        assertNoEvents("The Italian driver signed a two-year contract on Monday.");
    }

    @Test
    void aWarningOfADangerIsNoThreat() {
        assertNoEvents("Police in Oslo warned about phishing emails on Monday.");
        assertCodes("Russia warned Finland against joining NATO.", "RUS", "FIN", "130");
    }

    @Test
    void demonstratingSomethingIsShowingItNotProtesting() {
        assertNoEvents("The striker demonstrated his speed in the second half.");
        assertCodes("Hundreds of nurses demonstrated outside the hospital in Lagos.", "NGA:CVL", null, "141");
    }
}
