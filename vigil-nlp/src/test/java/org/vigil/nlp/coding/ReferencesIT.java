package org.vigil.nlp.coding;

import static org.vigil.nlp.testkit.CodingKit.assertCodes;
import static org.vigil.nlp.testkit.CodingKit.assertCodesExactly;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Pronouns and descriptions resolve to the actor they refer to in the same document. */
class ReferencesIT {
    private static final LocalDate SUMMIT = LocalDate.of(2019, 11, 28);

    @Test
    void pronounResolvesToThePersonNamedBefore() {
        assertCodes("Aleksandr Lukashenko arrived in Bishkek on Thursday. He criticised NATO for its exercises.",
                SUMMIT, "BLR:GOV", "NATO", "111");
    }

    @Test
    void titleResolvesToThePersonWhoHoldsIt() {
        assertCodes("Belarus President Aleksandr Lukashenko spoke at the summit. Later the president praised Russia.",
                SUMMIT, "BLR:GOV", "RUS", "051");
    }

    @Test
    void descriptionResolvesToTheOrganisationNamedBefore() {
        assertCodes("NATO leaders gathered in London. The alliance condemned Russia for its cyber attacks.",
                SUMMIT, "NATO", "RUS", "111");
    }

    @Test
    void officialsOfTheTwoCountriesAreThoseOfBoth() {
        assertCodesExactly("Relations between Armenia and Azerbaijan are tense, but the foreign ministers of the two "
                + "countries spoke by telephone on Monday.", "ARM:GOV AZE:GOV 041", "AZE:GOV ARM:GOV 041");
    }

    @Test
    void theAccusedArePeople() {
        assertCodes("Police in Oslo arrested the accused on Friday.", "NOR:COP", "NOR:CVL", "173");
    }

    @Test
    void theirInstitutionIsThatOfTheStateNamedBefore() {
        assertCodes("Diplomats from Armenia said their government had expelled two Azerbaijani envoys.", "ARM:GOV",
                "AZE:GOV", "174");
    }
}
