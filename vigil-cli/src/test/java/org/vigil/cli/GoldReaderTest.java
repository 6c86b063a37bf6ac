package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.eval.GoldEvent;
import org.vigil.core.eval.GoldItem;

class GoldReaderTest {
    private final StringWriter err = new StringWriter();

    private List<GoldItem> read(String content) throws IOException {
        return GoldReader.read(new BufferedReader(new StringReader(content)), "gold.jsonl", new Problems(new PrintWriter(err, true)));
    }

    @Test
    void readsItemsWithCodesRolesAndNullTargets() throws IOException {
        List<GoldItem> items = read("""
                {"id": "dev-001", "date": "2023-10-21", "text": "Protesters rallied in Minsk.", "events": [{"source": "BLR:CVL", "target": null, "code": "141"}]}
                {"id": "dev-003", "date": "2025-01-14", "text": "If Iran were to close the strait...", "events": []}
                """);

        assertThat(err.toString()).isEmpty();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).date()).isEqualTo(LocalDate.of(2023, 10, 21));
        assertThat(items.get(0).events()).containsExactly(GoldEvent.cameo("BLR:CVL", null, "141"));
        assertThat(items.get(1).events()).isEmpty();
    }

    @Test
    void readsPloverEventsWithTheWildcardEntity() throws IOException {
        List<GoldItem> items = read("""
                {"id": "P-1", "date": "2000-01-01", "text": "APEC agreed.", "events": [{"source": "*", "target": "JPN", "plover": "AGREE"}]}
                """);

        assertThat(items.get(0).isPlover()).isTrue();
        assertThat(items.get(0).events()).containsExactly(GoldEvent.plover("*", "JPN", "AGREE"));
    }

    @Test
    void reportsEachBadLineWithFileAndLineAndKeepsTheGoodOnes_renamingARepeatedId() throws IOException {
        List<GoldItem> items = read("""
                {"id": "a", "text": "t", "events": []}
                {"id": "b", "text": "t", "events": [{"source": "RUS", "target": "UKR", "code": 194}]}
                {"id": "c", "text": "t", "events": [{"source": "RUS", "target": "UKR", "code": "194"}, {"source": "HUN", "target": "ROU", "plover": "AGREE"}]}
                {"id": "a", "text": "t", "events": []}
                {"id": "d", "text": "t", "events": {}}
                {"id": "e", "text": "t", "events": [{"source": "RUS", "target": "UKR"}]}
                {"id": "f", "date": "March 5", "text": "t", "events": []}
                """);

        assertThat(items).extracting(GoldItem::id).containsExactly("a", "a@4");
        assertThat(err.toString().lines()).containsExactly(
                "gold.jsonl:2: event 1: code must be a string (\"0863\", not 0863)",
                "gold.jsonl:3: gold item c mixes PLOVER-coded and CAMEO-only events",
                "gold.jsonl:4: warning: duplicate id 'a', scored as 'a@4'",
                "gold.jsonl:5: events must be an array",
                "gold.jsonl:6: event 1: gold event RUS -> UKR has neither code nor plover",
                "gold.jsonl:7: bad date 'March 5': expected YYYY-MM-DD");
    }
}
