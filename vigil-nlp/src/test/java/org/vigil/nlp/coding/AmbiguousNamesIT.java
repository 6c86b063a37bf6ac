package org.vigil.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.nlp.testkit.CodingKit.assertCodes;
import static org.vigil.nlp.testkit.CodingKit.code;
import static org.vigil.nlp.testkit.CodingKit.triples;

import org.junit.jupiter.api.Test;

/**
 * A name that is several actors: resolved from the words around it, or not coded rather than guessed
 * (docs/dictionaries.md, "Ambiguous names").
 */
class AmbiguousNamesIT {
    @Test
    void capitalAfterAGivenNameIsASurname() {
        assertThat(triples(code("Sudesh Amman stabbed two people in south London.")))
                .noneMatch(t -> t.contains("JOR"));
    }

    @Test
    void capitalBeforeASurnameIsAGivenName() {
        assertThat(triples(code("Paris Hilton criticised the Italian government.")))
                .noneMatch(t -> t.contains("FRA"));
    }

    @Test
    void stateInsideACompanyNameIsTheCompany() {
        assertThat(triples(code("Air France suspended its flights to Tehran.")))
                .noneMatch(t -> t.startsWith("FRA"));
        assertThat(triples(code("Canadian Solar sued the Chinese government.")))
                .noneMatch(t -> t.startsWith("CAN"));
    }

    @Test
    void nationalityOfACompanyNamedByItsTradeIsTheStatesBusiness() {
        assertCodes("Japanese carmaker Toyota sued the Chinese government.", "JPN:BUS", "CHN:GOV", "115");
    }

    @Test
    void stateBeforeAnUnknownProperNounStillActsWhenTheNounIsADay() {
        assertCodes("Iran Sunday condemned Israel.", "IRN", "ISR", "111");
    }

    @Test
    void aPartyInitialismIsThePartyOfTheCountryTheStoryIsAbout() {
        assertThat(triples(code("The BNP accused the Awami League government in Dhaka of rigging the vote.")))
                .allMatch(t -> t.startsWith("BGD:PTY")).isNotEmpty();
        assertThat(triples(code("The BNP accused the Labour government in London of lying about immigration.")))
                .allMatch(t -> t.startsWith("GBR:PTY")).isNotEmpty();
    }
}
