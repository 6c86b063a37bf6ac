package org.vigil.nlp.coding;

import static org.vigil.nlp.testkit.CodingKit.assertCodes;
import static org.vigil.nlp.testkit.CodingKit.assertCodesExactly;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How words become actor codes: names, adjectives with agent nouns, capitals, people by date. */
class ActorsIT {
    @Test
    void adjectiveAndAgentNounComposeCountryAndRole() {
        assertCodes("Egyptian police arrested dozens of students in Cairo.", "EGY:COP", "EGY:CVL", "173");
    }

    @Test
    void possessiveStateOwnsTheOffice() {
        assertCodes("Ukraine's defence ministry accused Russia of shelling civilians.", "UKR:GOV", "RUS", "112");
    }

    @Test
    void capitalSpeaksForTheGovernment() {
        assertCodes("Moscow condemned the decision by Lithuania.", "RUS:GOV", "LTU", "111");
    }

    @Test
    void capitalThatIsStruckIsThePlace() {
        assertCodes("Russian missiles struck Kyiv overnight.", "RUS:MIL", "UKR", "195");
    }

    @Test
    void organisationOfficialIsTheOrganisation() {
        assertCodes("UN Secretary-General Antonio Guterres condemned the Saudi attack on the hospital.", "UN", "SAU",
                "111");
    }

    @Test
    void personIsCodedByTheArticleDate() {
        String text = "Volodymyr Zelensky criticised Hungary.";
        assertCodes(text, LocalDate.of(2021, 6, 1), "UKR:GOV", "HUN", "111");
        assertCodes(text, LocalDate.of(2018, 6, 1), "UKR", "HUN", "111");
    }

    @Test
    void agentNounWithoutStateHasNoEntity() {
        assertCodesExactly("Gunmen abducted three engineers in northern Nigeria.", "---:REB NGA 181");
    }

    @Test
    void languageAdjectiveNamesNoState() {
        assertCodes("Protesters in Manila read the statement in Spanish. Later, protesters rallied outside the "
                + "parliament.", "PHL:CVL", "PHL:LEG", "141");
    }

    @Test
    void aHyphenatedNameIsFoundWhereTheTokenizerSplitsIt() {
        assertCodes("The Kenyan army condemned the raid carried out by al-Shabaab near Mandera.", "KEN:MIL", "SOM:INS",
                "111");
    }
}
