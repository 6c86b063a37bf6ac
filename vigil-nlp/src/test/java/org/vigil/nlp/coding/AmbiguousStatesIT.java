package org.vigil.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.nlp.testkit.CodingKit.assertCodes;
import static org.vigil.nlp.testkit.CodingKit.code;
import static org.vigil.nlp.testkit.CodingKit.triples;

import org.junit.jupiter.api.Test;

/** A state's name that two actors share is read from the rest of the article, or not coded. */
class AmbiguousStatesIT {
    @Test
    void congoIsTheDrcInAStoryAboutGoma() {
        assertCodes("Fighting resumed near Goma on Monday. Congo accused Rwanda of backing the rebels.",
                "COD", "RWA", "112");
    }

    @Test
    void congoIsTheRepublicInAStoryAboutBrazzaville() {
        assertCodes("Officials in Brazzaville spoke of the deal. Congo accused Rwanda of backing the rebels.",
                "COG", "RWA", "112");
    }

    @Test
    void congoAloneIsNotCoded() {
        assertThat(triples(code("Congo accused Rwanda of backing the rebels.")))
                .noneMatch(t -> t.contains("COG") || t.contains("COD"));
    }

    @Test
    void georgiaInAStoryAboutAtlantaIsTheUsState() {
        assertThat(triples(code("Thousands marched through Atlanta on Sunday. Georgia accused Russia of spreading "
                + "false stories about the election."))).noneMatch(t -> t.contains("GEO"));
    }

    @Test
    void georgiaInAStoryAboutTheCaucasusIsTheState() {
        assertCodes("Georgia accused Russia of moving the border fence in South Ossetia.", "GEO", "RUS", "112");
    }
}
