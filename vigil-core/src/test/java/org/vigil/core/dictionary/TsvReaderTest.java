package org.vigil.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvReaderTest {
    private static List<TsvLine> read(String text, int columns) {
        return TsvReader.read("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), columns);
    }

    @Test
    void skipsCommentsAndBlankLinesButKeepsLineNumbers() {
        List<TsvLine> lines = read("# header\n\nBLR\tBelarus\n", 2);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).number()).isEqualTo(3);
        assertThat(lines.get(0).get(1)).isEqualTo("Belarus");
    }

    @Test
    void wrongFieldCountNamesFileAndLine() {
        assertThatThrownBy(() -> read("# c\nBLR\tBelarus\textra\n", 2))
                .isInstanceOf(DictionaryException.class)
                .hasMessage("test.tsv:2: expected 2 TAB-separated fields, found 3");
    }

    @Test
    void emptyFieldIsRejectedWithAHint() {
        assertThatThrownBy(() -> read("BLR\t\n", 2))
                .hasMessageStartingWith("test.tsv:1: column 2 is empty");
    }

    @Test
    void listFieldsSplitOnBarsAndDashMeansNone() {
        TsvLine line = read("Belarus|Republic of Belarus\t-\n", 2).get(0);
        assertThat(line.list(0)).containsExactly("Belarus", "Republic of Belarus");
        assertThat(line.list(1)).isEmpty();
    }

    @Test
    void badDateNamesTheLineAndTheValue() {
        TsvLine line = read("x\t2024-13-01\n", 2).get(0);
        assertThatThrownBy(() -> line.date(1)).hasMessageContaining("test.tsv:1:").hasMessageContaining("2024-13-01");
    }
}
