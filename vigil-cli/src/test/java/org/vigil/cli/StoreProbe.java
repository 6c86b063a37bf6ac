package org.vigil.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.vigil.store.DuckDbEventStore;

/** Reads back what a store holds, for tests that compare two stores. */
final class StoreProbe {
    private StoreProbe() {
    }

    /** Sorted article ids, event ids and mention keys: equal lists mean equal stores. */
    static List<String> contents(Path dataDir) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (DuckDbEventStore store = DuckDbEventStore.open(dataDir);
             Connection c = store.newConnection();
             Statement st = c.createStatement()) {
            collect(st, "SELECT 'article ' || id || ' ' || status FROM articles ORDER BY id", rows);
            collect(st, "SELECT 'event ' || id || ' ' || mentions FROM events ORDER BY id", rows);
            collect(st, "SELECT 'mention ' || event_id || ' ' || article_id || ' ' || sentence FROM mentions "
                    + "ORDER BY event_id, article_id, sentence", rows);
        }
        return rows;
    }

    /** The first column of every row the query gives, as text. */
    static List<String> query(Path dataDir, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (DuckDbEventStore store = DuckDbEventStore.open(dataDir);
             Connection c = store.newConnection();
             Statement st = c.createStatement()) {
            collect(st, sql, rows);
        }
        return rows;
    }

    private static void collect(Statement st, String sql, List<String> rows) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
    }
}
