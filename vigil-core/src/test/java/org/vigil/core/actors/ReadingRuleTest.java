package org.vigil.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.dictionary.DictionaryException;
import org.vigil.core.dictionary.TsvLine;
import org.vigil.core.dictionary.TsvReader;

class ReadingRuleTest {
    private static final String CUES = "ROME\tRome|Vatican\nPARIS\tParis\n";

    @Test
    void firstRuleThatHoldsGivesThePhrasesReading() {
        CueSets cues = CueSets.fromLines(lines("cues.tsv", CUES, 2));
        List<ReadingRule> rules = ReadingRule.fromLines(
                lines("readings.tsv", "Holy See\tVAT\tROME\tPARIS\nHoly See\t-\t*\t-\n", 4), cues);

        assertThat(StateReadings.of("The pope left the Vatican.", rules, cues).entity("Holy See")).contains("VAT");
        assertThat(StateReadings.of("In Rome and Paris the Holy See spoke.", rules, cues).entity("Holy See")).isEmpty();
        assertThat(StateReadings.of("In ROME the Holy See spoke.", rules, cues).entity("Holy See")).contains("VAT");
        assertThat(StateReadings.of("Romeo spoke.", rules, cues).reads("Holy See")).isTrue();
        assertThat(StateReadings.of("Romeo spoke.", rules, cues).entity("Holy See")).isEmpty();
    }

    @Test
    void cueInsideALongerCueOfAnotherSetIsNotFound() {
        CueSets cues = CueSets.fromLines(
                lines("cues.tsv", "KIN\tDemocratic Republic\nBZV\tRepublic of the Congo\n", 2));
        assertThat(cues.named("The Democratic Republic of the Congo said.")).containsExactly("KIN");
        assertThat(cues.named("The Republic of the Congo said.")).containsExactly("BZV");
    }

    @Test
    void badLinesAreReportedWithFileAndLine() {
        assertThatThrownBy(() -> rules("# rule\nHoly See\tVAT\tMILAN\t-\n"))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining("readings.tsv:2").hasMessageContaining("no cue set 'MILAN'");
        assertThatThrownBy(() -> rules("Holy See\tvatican\t*\t-\n"))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining("readings.tsv:1").hasMessageContaining("'vatican'");
        assertThatThrownBy(() -> CueSets.fromLines(lines("cues.tsv", CUES + "ROME\tOstia\n", 2)))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining("cues.tsv:3").hasMessageContaining("defined twice");
    }

    private static List<ReadingRule> rules(String readings) {
        return ReadingRule.fromLines(lines("readings.tsv", readings, 4), CueSets.fromLines(lines("cues.tsv", CUES, 2)));
    }

    private static List<TsvLine> lines(String file, String text, int columns) {
        return TsvReader.read(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), columns);
    }
}
