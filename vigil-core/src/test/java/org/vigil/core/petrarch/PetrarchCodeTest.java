package org.vigil.core.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PetrarchCodeTest {
    @Test
    void keepsStateAndFirstVigilRoleAndDropsFurtherChunks() {
        assertThat(PetrarchCode.toVigil("PSEREBHMS")).isEqualTo("PSE:REB");
        assertThat(PetrarchCode.toVigil("AFGGOVAGR")).isEqualTo("AFG:GOV");
        assertThat(PetrarchCode.toVigil("ISRMIL")).isEqualTo("ISR:MIL");
    }

    @Test
    void dropsRolesVigilDoesNotHave() {
        assertThat(PetrarchCode.toVigil("AFGELI")).isEqualTo("AFG");
        assertThat(PetrarchCode.toVigil("ITHTV")).isEqualTo("ITH");
    }

    @Test
    void keepsTheKindPrefixOfNonStateActorsInTheEntity() {
        assertThat(PetrarchCode.toVigil("IGOUNO")).isEqualTo("IGOUNO");
        assertThat(PetrarchCode.toVigil("NGOAMN")).isEqualTo("NGOAMN");
        assertThat(PetrarchCode.toVigil("NGOHRIAMN")).isEqualTo("NGO:HRI");
        assertThat(PetrarchCode.toVigil("IGOCOPITP")).isEqualTo("IGO:COP");
    }

    @Test
    void readsLowerCaseAndTheUnknownActor() {
        assertThat(PetrarchCode.toVigil("pse")).isEqualTo("PSE");
        assertThat(PetrarchCode.toVigil("---")).isEqualTo("---");
        assertThat(PetrarchCode.toVigil("---GOV")).isEqualTo("---:GOV");
        assertThat(PetrarchCode.toVigil("---REL")).isEqualTo("---");
    }

    @Test
    void rejectsWhatIsNotACode() {
        assertThatThrownBy(() -> PetrarchCode.toVigil("+++")).hasMessageContaining("'+++'");
    }
}
