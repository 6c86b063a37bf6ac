package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.store.Reports.ARREST;
import static org.vigil.store.Reports.PROTEST;
import static org.vigil.store.Reports.TUESDAY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.source.DateOrigin;
import org.vigil.store.Exporter.Format;

class ExporterTest {
    static final List<String> GDELT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1CountryCode",
            "Actor1Type1Code", "Actor2Code", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode",
            "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumArticles", "AvgTone",
            "SOURCEURL", "ArticleDate", "DateOrigin");

    @TempDir
    Path dir;
    DuckDbEventStore store;
    Exporter exporter;

    @BeforeEach
    void fill() {
        store = DuckDbEventStore.open(dir.resolve("data"));
        exporter = new Exporter(store);
        String tbilisi = "Protesters rallied outside parliament in Tbilisi on Tuesday against the foreign agents law.";
        String nato = "NATO detained two Russian nationals suspected of spying at its headquarters in Brussels.";
        store.store(List.of(
                Reports.article("wire", TUESDAY, DuckDbEventStoreTest.wireShelling()),
                Reports.article("paper", TUESDAY, DuckDbEventStoreTest.paperShelling("paper")),
                Reports.article("tbilisi", TUESDAY, Reports.in("tbilisi", TUESDAY, tbilisi)
                        .source("---", "CVL", "Protesters").trigger("rallied", PROTEST)
                        .target("GEO", "LEG", "parliament").build()),
                Reports.article("brussels", null, DateOrigin.NONE, Reports.in("brussels", null, nato)
                        .source("NATO", null, "NATO").trigger("detained", ARREST)
                        .target("RUS", "CVL", "Russian nationals").build())));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void parquet_readsBackWithOneRowPerEventAndItsEvidence() throws Exception {
        Path out = dir.resolve("exports/events.parquet");

        long rows = exporter.export(Format.PARQUET, out, false);

        assertThat(rows).isEqualTo(3);
        List<Map<String, Object>> back = read("SELECT * FROM read_parquet(?) ORDER BY event_id", out);
        assertThat(back).hasSize(3);
        Map<String, Object> shelling = back.stream()
                .filter(r -> r.get("event_id").equals(DuckDbEventStoreTest.wireShelling().id())).findFirst()
                .orElseThrow();
        assertThat(shelling).containsEntry("evidence", DuckDbEventStoreTest.WIRE_SENTENCE)
                .containsEntry("source_code", "RUS:MIL").containsEntry("trigger_text", "shelled")
                .containsEntry("mentions", 2).containsEntry("article_url", "https://news.example.org/wire");
        assertThat(Files.list(out.getParent())).containsExactly(out);
    }

    @Test
    void export_givesTheEventsDateAndItsArticlesAndWhereTheEventsCameFrom() throws Exception {
        LocalDate monday = TUESDAY.minusDays(1);
        String sentence = "Georgian police arrested two opposition leaders in Tbilisi on Monday.";
        store.store(List.of(Reports.article("monday", TUESDAY, Reports.in("monday", TUESDAY, sentence)
                .source("GEO", "COP", "Georgian police").trigger("arrested", ARREST)
                .target("GEO", "OPP", "opposition leaders").on(monday, DateOrigin.RELATIVE).build())));
        Path out = dir.resolve("events.parquet");

        exporter.export(Format.PARQUET, out, false);

        Map<String, String> byArticle = new LinkedHashMap<>();
        for (Map<String, Object> r : read("SELECT * FROM read_parquet(?)", out)) {
            byArticle.put((String) r.get("first_article_id"),
                    r.get("date") + " " + r.get("article_date") + " " + r.get("date_origin"));
        }
        assertThat(byArticle).containsEntry("monday", monday + " " + TUESDAY + " RELATIVE")
                .containsEntry("tbilisi", TUESDAY + " " + TUESDAY + " METADATA");
        Path gdelt = dir.resolve("gdelt.csv");
        exporter.export(Format.CSV, gdelt, true);
        assertThat(read("SELECT * FROM read_csv(?, header = true) WHERE Actor1Code = 'GEOCOP'", gdelt))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("SQLDATE", 20240311L)
                        .containsEntry("ArticleDate", 20240312L).containsEntry("DateOrigin", "RELATIVE"));
    }

    @Test
    void csv_readsBackWithAHeaderAndOneRowPerEvent() throws SQLException {
        Path out = dir.resolve("events.csv");

        assertThat(exporter.export(Format.CSV, out, false)).isEqualTo(3);

        assertThat(read("SELECT * FROM read_csv(?, header = true)", out)).hasSize(3)
                .allSatisfy(r -> assertThat(r).containsKeys("event_id", "evidence", "trigger_start"));
    }

    @Test
    void gdelt_hasTheEventTableColumnsAndCodes() throws SQLException {
        Path out = dir.resolve("gdelt.parquet");

        exporter.export(Format.PARQUET, out, true);

        assertThat(columns(out)).containsExactlyElementsOf(GDELT_COLUMNS);
        Map<String, Map<String, Object>> byActor = new LinkedHashMap<>();
        for (Map<String, Object> r : read("SELECT * FROM read_parquet(?)", out)) {
            byActor.put((String) r.get("Actor1Code"), r);
        }
        assertThat(byActor.keySet()).containsExactlyInAnyOrder("RUSMIL", "CVL", "NATO");
        assertThat(byActor.get("RUSMIL"))
                .containsEntry("SQLDATE", 20240312).containsEntry("Actor1CountryCode", "RUS")
                .containsEntry("Actor1Type1Code", "MIL").containsEntry("Actor2Code", "UKR")
                .containsEntry("Actor2CountryCode", "UKR").containsEntry("Actor2Type1Code", null)
                .containsEntry("EventCode", "194").containsEntry("EventBaseCode", "194")
                .containsEntry("EventRootCode", "19").containsEntry("QuadClass", 4)
                .containsEntry("GoldsteinScale", -10.0).containsEntry("NumMentions", 2)
                .containsEntry("NumArticles", 2).containsEntry("IsRootEvent", 1).containsEntry("AvgTone", null)
                .containsEntry("SOURCEURL", "https://news.example.org/wire")
                .containsEntry("ArticleDate", 20240312).containsEntry("DateOrigin", "METADATA");
        assertThat(byActor.get("CVL"))
                .containsEntry("Actor1CountryCode", null).containsEntry("Actor1Type1Code", "CVL")
                .containsEntry("Actor2Code", "GEOLEG").containsEntry("EventCode", "140")
                .containsEntry("EventBaseCode", "140").containsEntry("EventRootCode", "14");
        assertThat(byActor.get("NATO"))
                .containsEntry("Actor1CountryCode", null).containsEntry("Actor2Code", "RUSCVL")
                .containsEntry("SQLDATE", null).containsEntry("EventCode", "173")
                .containsEntry("ArticleDate", null).containsEntry("DateOrigin", "NONE");
        assertThat(byActor.values()).extracting(r -> r.get("GLOBALEVENTID")).doesNotContainNull()
                .allSatisfy(id -> assertThat((Long) id).isPositive()).doesNotHaveDuplicates();
    }

    @Test
    void gdelt_csvHasTheSameColumns() throws SQLException {
        Path out = dir.resolve("gdelt.csv");

        assertThat(exporter.export(Format.CSV, out, true)).isEqualTo(3);

        assertThat(columns(out)).containsExactlyElementsOf(GDELT_COLUMNS);
    }

    @Test
    void export_replacesAnOlderFile() throws Exception {
        Path out = dir.resolve("it's here.csv");
        Files.writeString(out, "stale");

        exporter.export(Format.CSV, out, false);

        assertThat(Files.readString(out)).startsWith("event_id,");
    }

    @Test
    void format_parsesByNameAndNamesTheChoicesWhenWrong() {
        assertThat(Format.parse("Parquet")).isEqualTo(Format.PARQUET);
        assertThat(Format.parse("csv")).isEqualTo(Format.CSV);
        assertThatThrownBy(() -> Format.parse("xlsx")).hasMessageContaining("'xlsx'")
                .hasMessageContaining("parquet or csv");
    }

    private static List<String> columns(Path file) throws SQLException {
        String reader = file.toString().endsWith(".csv") ? "read_csv(?, header = true)" : "read_parquet(?)";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement p = c.prepareStatement("SELECT * FROM " + reader + " LIMIT 0")) {
            p.setString(1, file.toString());
            try (ResultSet r = p.executeQuery()) {
                ResultSetMetaData md = r.getMetaData();
                List<String> out = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    out.add(md.getColumnName(i));
                }
                return out;
            }
        }
    }

    private static List<Map<String, Object>> read(String sql, Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, file.toString());
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                ResultSetMetaData md = r.getMetaData();
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnName(i), r.getObject(i));
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }
}
