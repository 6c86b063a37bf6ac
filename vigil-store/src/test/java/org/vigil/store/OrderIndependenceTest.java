package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.store.Reports.ACCUSE;
import static org.vigil.store.Reports.ARTILLERY;
import static org.vigil.store.Reports.TUESDAY;
import static org.vigil.store.Reports.VISIT;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.store.CodedArticle;

/** Two stores built from the same articles in any order and any batch size are equal row by row. */
class OrderIndependenceTest {
    @TempDir
    Path dir;

    /** Reports of three events, each from several articles over two days, with different roles and wording. */
    private static List<CodedArticle> articles() {
        List<CodedArticle> out = new ArrayList<>();
        String[] shelling = {"Russian artillery shelled Kharkiv on Tuesday.", "Russia shelled Kharkiv again.",
            "Russian troops shelled Kharkiv overnight, officials said."};
        String[] accusing = {"France accused Iran of hiding its enrichment work.",
            "Paris accused Tehran of hiding enrichment work.", "France again accused Iran of hiding work."};
        for (int i = 0; i < 9; i++) {
            LocalDate day = TUESDAY.plusDays(i % 2);
            String shell = shelling[i % 3];
            String accuse = accusing[i % 3];
            String id = "art-" + (char) ('a' + (i * 5) % 9);
            out.add(Reports.article(id, day,
                    Reports.in(id, day, shell).source("RUS", i % 3 == 1 ? null : "MIL", shell.split(" ")[0])
                            .trigger("shelled", ARTILLERY).target("UKR", null, "Kharkiv").build(),
                    Reports.in(id, day, accuse).sentence(1).source("FRA", i % 2 == 0 ? "GOV" : null,
                                    accuse.split(" ")[0]).trigger("accused", ACCUSE)
                            .target("IRN", null, accuse.contains("Iran") ? "Iran" : "Tehran").build()));
        }
        String visit = "The Turkish minister visited Athens for talks.";
        out.add(Reports.article("art-z", TUESDAY, Reports.in("art-z", TUESDAY, visit)
                .source("TUR", "GOV", "Turkish minister").trigger("visited", VISIT).target("GRC", null, "Athens")
                .build()));
        return out;
    }

    private Path build(String name, List<CodedArticle> articles, int batch) {
        Path data = dir.resolve(name);
        try (DuckDbEventStore store = DuckDbEventStore.open(data)) {
            for (int from = 0; from < articles.size(); from += batch) {
                store.store(articles.subList(from, Math.min(articles.size(), from + batch)));
            }
        }
        return data;
    }

    private static List<String> rows(Path data, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (DuckDbEventStore store = DuckDbEventStore.open(data); Connection c = store.newConnection();
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(r.getString(i)).append(" | ");
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    @Test
    void shuffledInputInOtherBatchSizesGivesTheSameEventsAndMentionsRowByRow() throws SQLException {
        List<CodedArticle> inOrder = articles();
        Path reference = build("reference", inOrder, 10);
        List<String> events = rows(reference, "SELECT * FROM events ORDER BY id");
        List<String> mentions = rows(reference, "SELECT * FROM mentions ORDER BY event_id, article_id, sentence");
        assertThat(events).hasSize(3);
        assertThat(mentions).hasSize(19);

        Random random = new Random(12);
        for (int round = 0; round < 4; round++) {
            List<CodedArticle> shuffled = new ArrayList<>(inOrder);
            Collections.shuffle(shuffled, random);
            Path other = build("shuffled-" + round, shuffled, 1 + round * 2);

            assertThat(rows(other, "SELECT * FROM events ORDER BY id")).as("round " + round).isEqualTo(events);
            assertThat(rows(other, "SELECT * FROM mentions ORDER BY event_id, article_id, sentence"))
                    .as("round " + round).isEqualTo(mentions);
        }
    }

    @Test
    void theEventIsHeadedByItsEarliestReportByDateThenArticle() throws SQLException {
        List<CodedArticle> latestFirst = new ArrayList<>(articles());
        Collections.reverse(latestFirst);
        Path data = build("reversed", latestFirst, 1);

        assertThat(rows(data, "SELECT first_article_id, date, mentions FROM events WHERE root = '19'"))
                .containsExactly("art-a | 2024-03-12 | 9 | ");
    }
}
