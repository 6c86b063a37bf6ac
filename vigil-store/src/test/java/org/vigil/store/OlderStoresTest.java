package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.store.Reports.TUESDAY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores written by other versions: an older one is brought up to the current schema and says what that changed;
 * a newer one and a DuckDB file that is not a store are refused, naming the file, and left as they were.
 */
class OlderStoresTest {
    @TempDir
    Path dir;

    @Test
    void open_schemaOneStoreWithFileTimeDates_isUpgradedAndItsFileTimeDatesCleared() throws Exception {
        Path data = dir.resolve("old");
        try (DuckDbEventStore store = DuckDbEventStore.open(data)) {
            store.store(List.of(Reports.article("wire", TUESDAY, DuckDbEventStoreTest.wireShelling()),
                    Reports.article("yerevan", TUESDAY, DuckDbEventStoreTest.visit("yerevan"))));
        }
        // what a store written before versions 2 to 4 holds: no location nor event date origin, a file time as a date
        sql(data, "ALTER TABLE events DROP COLUMN location", "ALTER TABLE events DROP COLUMN date_origin",
                "DELETE FROM schema_version WHERE version > 1",
                "UPDATE articles SET date_origin = 'FILE_TIME' WHERE id = 'wire'");

        List<String> notices = new ArrayList<>();
        try (DuckDbEventStore store = DuckDbEventStore.open(data, DuckDbSettings.DEFAULT, notices::add)) {
            String file = store.file().toString();
            assertThat(notices).containsExactly(
                    file + ": upgraded from schema version 1 to " + Schema.VERSION + " (docs/store.md, 'Schema')",
                    file + ": 1 articles an older Vigil dated by their file's modification time are undated now,"
                            + " and so are the 1 events they first reported; events merged on those dates stay"
                            + " merged (re-ingest into a new store to undo that)");
        }
        assertThat(query(data, "SELECT id || ' ' || coalesce(CAST(date AS VARCHAR), 'undated') || ' ' || date_origin"
                + " FROM articles ORDER BY id")).containsExactly("wire undated NONE", "yerevan 2024-03-12 METADATA");
        assertThat(query(data, "SELECT first_article_id || ' ' || coalesce(CAST(date AS VARCHAR), 'undated')"
                + " || ' ' || coalesce(location, '-') FROM events ORDER BY 1"))
                .containsExactly("wire undated -", "yerevan 2024-03-12 -");
        assertThat(query(data, "SELECT max(version) FROM schema_version")).containsExactly("" + Schema.VERSION);

        List<String> again = new ArrayList<>();
        DuckDbEventStore.open(data, DuckDbSettings.DEFAULT, again::add).close();
        assertThat(again).as("a current store opens without a notice").isEmpty();
    }

    @Test
    void open_storeOfANewerSchema_isRefusedNamingBothVersions() throws Exception {
        Path data = dir.resolve("newer");
        DuckDbEventStore.open(data).close();
        sql(data, "INSERT INTO schema_version VALUES (99, now())");

        assertThatThrownBy(() -> DuckDbEventStore.open(data)).isInstanceOf(StoreException.class)
                .hasMessage(data.resolve("vigil.duckdb").toAbsolutePath() + ": the store has schema version 99,"
                        + " written by a newer Vigil; this build knows version " + Schema.VERSION);
    }

    @Test
    void open_duckDbFileOfSomethingElse_isRefusedAndLeftUntouched() throws Exception {
        Path data = dir.resolve("foreign");
        sql(data, "CREATE TABLE sales (day DATE, amount DOUBLE)", "INSERT INTO sales VALUES ('2024-03-12', 9.5)");

        assertThatThrownBy(() -> DuckDbEventStore.open(data)).isInstanceOf(StoreException.class)
                .hasMessage(data.resolve("vigil.duckdb").toAbsolutePath() + ": not a Vigil store: the DuckDB file"
                        + " holds tables (sales) but no schema_version; give --data a folder of its own");
        assertThat(query(data, "SELECT string_agg(table_name, ',') FROM information_schema.tables"))
                .containsExactly("sales");
    }

    /** Runs statements on the store's file directly, as another program (or an older Vigil) would. */
    private static void sql(Path data, String... statements) throws SQLException, IOException {
        Files.createDirectories(data);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("vigil.duckdb"));
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static List<String> query(Path data, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("vigil.duckdb"));
             var r = c.createStatement().executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
