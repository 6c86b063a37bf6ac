package org.vigil.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.core.parse.Datelines;

class DatelinesTest {
    @Test
    void placeAndCreditAreBlankedKeepingOffsets() {
        String text = "BAGHDAD (Reuters) - Iraq's prime minister warned Falluja.";
        String blanked = Datelines.blank(text);
        assertThat(blanked).hasSameSizeAs(text).endsWith("Iraq's prime minister warned Falluja.");
        assertThat(blanked.strip()).startsWith("Iraq's");
    }

    @Test
    void agencyCreditAloneIsBlanked() {
        assertThat(Datelines.blank("AP - Dutch lawmakers accused the government.").strip())
                .isEqualTo("Dutch lawmakers accused the government.");
        assertThat(Datelines.blank("Canadian Press - VANCOUVER (CP) - The sister of a man spoke.").strip())
                .isEqualTo("The sister of a man spoke.");
    }

    @Test
    void ordinaryOpeningIsLeftAlone() {
        String text = "Russia and Ukraine exchanged prisoners on Wednesday - the first swap this year.";
        assertThat(Datelines.blank(text)).isEqualTo(text);
        String named = "Belarus President Aleksandr Lukashenko spoke at the summit.";
        assertThat(Datelines.blank(named)).isEqualTo(named);
    }
}
