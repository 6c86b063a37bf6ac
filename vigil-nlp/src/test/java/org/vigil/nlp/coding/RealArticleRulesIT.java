package org.vigil.nlp.coding;

import static org.vigil.nlp.testkit.CodingKit.assertCodes;
import static org.vigil.nlp.testkit.CodingKit.code;
import static org.vigil.nlp.testkit.CodingKit.triples;
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
        assertCodes("\"We condemn the attack on the embassy,\" the Egyptian foreign minister said.", "EGY:GOV", null,
                "111");
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
}
