package org.vigil.nlp.coding;

import static org.vigil.nlp.testkit.CodingKit.assertCodes;
import static org.vigil.nlp.testkit.CodingKit.assertCodesExactly;
import static org.vigil.nlp.testkit.CodingKit.assertNoEvents;

import org.junit.jupiter.api.Test;

/** What did not happen is not an event; what was said to happen is (GUIDELINES "What to code"). */
class ModalityIT {
    @Test
    void negatedActionIsNotCoded() {
        assertNoEvents("Russia did not attack Finland.");
    }

    @Test
    void conditionalActionIsNotCoded() {
        assertNoEvents("The EU could impose sanctions on Iran if the talks fail.");
    }

    @Test
    void questionIsNotCoded() {
        assertNoEvents("Will China invade Taiwan?");
    }

    @Test
    void reportedEventIsCodedNotTheSpeaker() {
        assertCodesExactly("Kyiv said Russian drones struck a power plant in Odesa.", "RUS:MIL UKR 195");
    }

    @Test
    void accusationCodesOnlyTheAccusation() {
        assertCodesExactly("Human Rights Watch accused Egyptian police of torturing detainees.",
                "---:HRI EGY:COP 112");
    }

    @Test
    void intentionIsCodedAsIntent() {
        assertCodes("Mexico and the United States agreed to share intelligence on drug cartels.", "MEX", "USA", "0314");
    }

    @Test
    void refusalIsARejection() {
        assertCodes("China refused to lift its ban on Japanese seafood.", "CHN", "JPN", "1244");
    }

    @Test
    void businessNewsThatNamesACountryIsNotAnEvent() {
        assertNoEvents("Shares in Japanese carmakers rose on Tuesday as the yen weakened against the dollar.");
    }
}
