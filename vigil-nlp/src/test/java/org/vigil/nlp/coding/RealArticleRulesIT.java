package org.vigil.nlp.coding;

import static org.vigil.nlp.testkit.CodingKit.assertCodes;
import static org.vigil.nlp.testkit.CodingKit.assertCodesExactly;
import static org.vigil.nlp.testkit.CodingKit.assertNoEvents;
import static org.vigil.nlp.testkit.CodingKit.code;
import static org.vigil.nlp.testkit.CodingKit.triples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Rules learned from whole news stories: senses and roles that short sentences do not show. */
class RealArticleRulesIT {
    @Test
    void politicianWhoAttacksAPoliticianCriticises() {
        assertCodes("The French president attacked the German chancellor over the budget plan.", "FRA:GOV", "DEU:GOV",
                "111");
    }

    @Test
    void nounModifiedByAPastParticipleUndergoesTheAction() {
        assertTrue(triples(code("Police officers wounded by rebels in northern Mali were flown to Bamako.")).stream()
                .noneMatch(t -> t.startsWith("MLI:COP")), "the wounded police are not the attackers");
    }

    @Test
    void reportingVerbDoesNotCarryTheEventItReports() {
        assertFalse(triples(code("The Kenyan government confirmed the attack on the border post.")).stream()
                .anyMatch(t -> t.startsWith("KEN:GOV") && t.contains(" 19")), "confirming is not attacking");
    }

    @Test
    void firstPersonInAQuoteIsTheSpeaker() {
        assertCodes("\"We condemn the Israeli attack on the embassy,\" the Egyptian foreign minister said.", "EGY:GOV",
                "ISR", "111");
    }

    @Test
    void agentlessArrestIsByThePoliceOfThePlace() {
        assertCodes("Twenty people were arrested in Nairobi after the rally.", "KEN:COP", "KEN:CVL", "173");
    }

    @Test
    void agentlessSentenceIsByACourtOfThePlace() {
        assertCodes("On Friday in Cairo, a blogger was sentenced to five years in prison.", "EGY:JUD", "EGY:MED",
                "116");
    }

    @Test
    void unknownPersonTheAuthoritiesArrestIsACivilian() {
        assertCodes("Police in Kenya arrested Juma Otieno on Monday.", "KEN:COP", "KEN:CVL", "173");
    }

    @Test
    void policeWhoStopAnAttackerFightThem() {
        assertCodes("In Lyon, France, the attacker was shot dead by police outside the station.", "FRA:COP", "FRA:CVL",
                "193");
    }

    @Test
    void forceOnAPronounThatNamesNoOneFallsOnACivilianOfThePlace() {
        assertCodes("In Manchester, England, the officers shot him dead after a chase.", "GBR:COP", "GBR:CVL", "193");
    }

    @Test
    void policeForceOnProtestersIsRepression() {
        assertCodes("Police in Minsk fired rubber bullets at protesters on Sunday.", "BLR:COP", "BLR:CVL", "175");
    }

    @Test
    void attackersNoGroupIsNamedForHaveNoState() {
        assertThat(triples(code("In Aden, Yemen, two assailants attacked a local reporter near his home.")))
                .noneMatch(t -> t.startsWith("YEM"));
    }

    @Test
    void stateThatRegretsADeedApologisesToThoseItStruck() {
        assertCodes("The government of Iran deeply regrets the downing of the Ukrainian airliner.", "IRN:GOV", "UKR:CVL",
                "055");
    }

    @Test
    void speakerWhoAllegesAccuses() {
        assertCodes("Kenyan police alleged that Somali militants had planned the bombing.", "KEN:COP", "SOM:INS", "112");
    }

    @Test
    void recognitionIsOfAStateNotOfAnArgument() {
        assertCodes("Brazil recognised Kosovo in 2021.", "BRA", "XKX", "054");
        assertThat(code("The Irish minister said she recognised the funding pressures on councils.")).isEmpty();
    }

    @Test
    void civiliansOnStrikeAreALabourStrikeNotARiot() {
        assertCodes("In Johannesburg, South Africa, a miners' strike closed three mines on Monday.", "ZAF:CVL", null,
                "143");
    }

    @Test
    void theKilledOfATollAreVictimsNotAttackers() {
        assertThat(triples(code("Rebels attacked the town of Kidal in Mali on Sunday, with officials reporting twenty "
                + "soldiers and nine civilians killed."))).containsExactly("---:REB MLI 190");
    }

    @Test
    void aCapitalBesideADeedOfForceIsWhereItHappened() {
        assertThat(triples(code("A Kabul car bombing killed five people on Tuesday.")))
                .noneMatch(t -> t.startsWith("AFG:GOV"));
    }

    @Test
    void deathsFromADiseaseAreNoViolence() {
        assertNoEvents("The new virus has killed three people in Wuhan and infected 200 more, Chinese officials said.");
    }

    @Test
    void speakingWithSomeoneIsConsulting() {
        assertCodes("The Egyptian president spoke with the Sudanese leader about the dam on Tuesday.", "EGY:GOV",
                "SDN:GOV", "040");
    }

    @Test
    void aSpanOfTimeMeasuresWhatItHolds() {
        assertCodes("The government of Burundi declared seven days of national mourning.", "BDI:GOV", null, "017");
    }

    @Test
    void creditingSomeoneWithADeedIsPraise() {
        assertCodes("The German chancellor credited the French president with saving the deal.", "DEU:GOV", "FRA:GOV",
                "051");
    }

    @Test
    void aBanThatNamesNoOneRestrictsThePeopleOfTheStateThatDecreesIt() {
        assertCodesExactly("Last year Egypt imposed a ban on the niqab in universities.", "EGY EGY:CVL 172");
        assertCodes("The European Union imposed a ban on Russian flights.", "EU", "RUS", "163");
    }

    @Test
    void aDocumentsAuthorDoesWhatItSays() {
        assertCodes("The president of Kazakhstan signed a decree banning the sale of alcohol at night.", "KAZ:GOV",
                "KAZ:CVL", "172");
    }

    @Test
    void aGroupNamedByItsMembersIsThoseMembers() {
        assertCodesExactly("Several Gulf states, such as Qatar and Kuwait, condemned the Israeli raid on the embassy.",
                "QAT ISR 111", "KWT ISR 111");
    }

    @Test
    void aPassengerJetCarriesCivilians() {
        assertCodes("Rebels shot down a Malaysian passenger jet over eastern Ukraine.", "---:REB", "MYS:CVL", "190");
    }

    @Test
    void backingAnArmedGroupIsAidingIt() {
        assertCodes("The separatists in Donetsk are backed by Russia.", "RUS", "UKR:REB", "070");
        assertCodes("France supported the Malian government.", "FRA", "MLI:GOV", "051");
    }

    @Test
    void decliningAnOfferRejectsItsMaker() {
        assertCodes("Serbian President Aleksandar Vucic declined Albin Kurti's offer of talks on Monday.", "SRB:GOV",
                "XKX:GOV", "120");
    }

    @Test
    void anAttackOnSoldiersIsForceEvenBesideDiplomats() {
        assertThat(triples(code("The Iranian general drew up plans to attack American diplomats and soldiers in Baghdad.")))
                .noneMatch(t -> t.endsWith(" 111"));
    }

    @Test
    void appealingAVerdictIsNoAppealToAnyone() {
        assertNoEvents("The two officers said they would appeal the verdict.");
    }

    @Test
    void aBareParticipleClauseFallsOnTheMainSubject() {
        assertCodes("Arrested in March, the Russian journalist was released by a court in Minsk.", "RUS:COP", "RUS:MED",
                "173");
    }

    @Test
    void forceByInsurgentsIsUnconventionalViolence() {
        assertCodes("Islamic State militants attacked a police checkpoint near Kirkuk on Sunday.", "---:INS", "IRQ", "180");
        assertCodes("Iraqi troops attacked rebel positions near Kirkuk on Sunday.", "IRQ:MIL", "IRQ", "190");
    }

    @Test
    void anActionAimedAtNoOneTheSentenceNamesIsNotCoded() {
        assertNoEvents("The minister called the idea a waste of money.");
        assertNoEvents("Customs officers seized the shipment at the port in May.");
        assertCodes("Thousands of farmers rallied in Warsaw on Friday.", "POL:CVL", null, "141");
        assertCodes("Serbia proposed a regional summit on energy.", "SRB", null, "036");
    }

    @Test
    void aLeaderTravellingInTheirOwnCountryVisitsNoOne() {
        assertNoEvents("The French president will travel to Marseille on Friday to meet flood victims.");
        assertCodes("The French president will travel to Berlin on Friday.", "FRA:GOV", "DEU:GOV", "036");
    }
}
