package org.vigil.nlp.coding;

import static org.vigil.nlp.testkit.CodingKit.assertCodes;
import static org.vigil.nlp.testkit.CodingKit.assertNoEvents;
import static org.vigil.nlp.testkit.CodingKit.assertCodesExactly;

import org.junit.jupiter.api.Test;

/** Events named by nouns: coded when their agent is explicit (GUIDELINES convention 5). */
class NominalEventsIT {
    @Test
    void nounWithAgentAndTargetIsAnEvent() {
        assertCodes("Turkey condemned an Israeli airstrike on Gaza.", "TUR", "ISR", "111");
        assertCodes("Turkey condemned an Israeli airstrike on Gaza.", "ISR", "PSE", "195");
    }

    @Test
    void nounWithoutAgentIsNotAnEvent() {
        assertCodesExactly("Shops reopened in Minsk after the unrest.");
    }

    @Test
    void reciprocalNounBetweenPartiesGoesBothWays() {
        assertCodes("Talks between Armenia and Azerbaijan resumed in Brussels.", "ARM", "AZE", "046");
        assertCodes("Talks between Armenia and Azerbaijan resumed in Brussels.", "AZE", "ARM", "046");
    }

    @Test
    void condolencesToTheFamiliesOfVictimsAreSympathyForCivilians() {
        assertCodes("The Spanish prime minister sent condolences to the families of the victims.", "ESP:GOV", "ESP:CVL",
                "018");
    }

    @Test
    void offeredCondolencesNeedNoAddressee() {
        assertCodes("The Chilean foreign minister offered his condolences on Monday.", "CHL:GOV", null, "018");
    }

    @Test
    void aParticipleThatNamesTheDoerOfADeedGivesItsAgent() {
        assertCodes("The Nigerian army condemned the raid carried out by Boko Haram near Maiduguri.", "NGA:MIL",
                "NGA:INS", "111");
        assertCodes("The French government condemned an ambush attributed to Boko Haram near Diffa.", "FRA:GOV",
                "NGA:INS", "111");
    }

    @Test
    void whoClaimsADeedIsItsDoer() {
        assertCodes("The Taliban claimed responsibility for the bombing in Kandahar.", "AFG:INS", "AFG", "183");
    }

    @Test
    void whatADeedIsTheTargetOfIsWhatItStruck() {
        assertCodes("The airport in Erbil was the target of an Islamic State drone attack.", "---:INS", "IRQ", "180");
    }

    @Test
    void attributingADeedToSomeoneBlamesThem() {
        assertCodes("Kyiv attributed the explosion to Russian saboteurs.", "UKR:GOV", "RUS", "112");
        assertNoEvents("The coach attributed the defeat to bad luck.");
    }
}
