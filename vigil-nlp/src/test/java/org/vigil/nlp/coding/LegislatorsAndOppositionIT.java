package org.vigil.nlp.coding;

import static org.vigil.nlp.testkit.CodingKit.assertCodes;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Senators, governors, shadow ministers and parties: who in politics is not the government. */
class LegislatorsAndOppositionIT {
    @Test
    void senatorIsTheLegislature() {
        assertCodes("Elizabeth Warren accused China of stealing American jobs.", "USA:LEG", "CHN", "112");
        assertCodes("Bernie Sanders criticised Israel over the bombing.", LocalDate.of(2024, 5, 2), "USA:LEG",
                "ISR", "111");
    }

    @Test
    void formerSenatorInOfficeLaterIsCodedByTheArticleDate() {
        assertCodes("Senator Joe Biden criticised Russia.", LocalDate.of(2004, 6, 1), "USA:LEG", "RUS", "111");
    }

    @Test
    void governorRunsTheStatesGovernment() {
        assertCodes("Gavin Newsom criticised Mexico over the border.", "USA:GOV", "MEX", "111");
    }

    @Test
    void shadowMinisterIsTheOpposition() {
        assertCodes("Britain's shadow home secretary accused the government of losing control of the border.",
                LocalDate.of(2005, 3, 1), "GBR:OPP", "GBR:GOV", "112");
    }

    @Test
    void namedShadowMinisterIsTheOppositionUntilInOffice() {
        assertCodes("David Davis accused the Home Office of losing track of asylum seekers.", LocalDate.of(2005, 3, 1),
                "GBR:OPP", "GBR:GOV", "112");
    }

    @Test
    void partyOfALargeDemocracyIsItsParty() {
        assertCodes("Kenya's Orange Democratic Movement accused the government of rigging the vote.", "KEN:PTY",
                "KEN:GOV", "112");
    }
}
