package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The store's tables (docs/store.md, "Schema") and the version stamp that guards them. */
final class Schema {
    /** The schema this build writes. Raise it with a migration step in {@link #migrate} when a table changes. */
    static final int VERSION = 4;

    /**
     * Version 3: a file's modification time is no publication date. Articles an older Vigil dated by it become
     * undated (origin NONE), and so do the events they are the first report of; the notice says how many.
     */
    private static final String V3_EVENTS = "UPDATE events SET date = NULL WHERE first_article_id IN"
            + " (SELECT id FROM articles WHERE date_origin = 'FILE_TIME')";
    private static final String V3_ARTICLES =
            "UPDATE articles SET date = NULL, date_origin = 'NONE' WHERE date_origin = 'FILE_TIME'";

    /** Version 2: where an event happened (ISO alpha-3 of the state the sentence places it in). */
    private static final List<String> V2 = List.of("ALTER TABLE events ADD COLUMN location VARCHAR");

    /**
     * Version 4: where an event's date came from when its sentence gives it (RELATIVE, EXPLICIT); null when it is
     * its first article's date, whose origin the article row keeps. Rows of older stores are all of that kind.
     */
    private static final List<String> V4 = List.of("ALTER TABLE events ADD COLUMN date_origin VARCHAR");

    private static final List<String> V1 = List.of(
            """
            CREATE TABLE articles (
                id          VARCHAR PRIMARY KEY,
                url         VARCHAR,
                source      VARCHAR,
                title       VARCHAR,
                date        DATE,
                date_origin VARCHAR NOT NULL,
                language    VARCHAR,
                text_hash   VARCHAR NOT NULL,
                text        VARCHAR NOT NULL,
                status      VARCHAR NOT NULL,
                sentences   INTEGER NOT NULL,
                stored_at   TIMESTAMP NOT NULL)""",
            """
            CREATE TABLE events (
                id               VARCHAR PRIMARY KEY,
                date             DATE,
                source_code      VARCHAR NOT NULL,
                source_entity    VARCHAR NOT NULL,
                source_role      VARCHAR,
                target_code      VARCHAR,
                target_entity    VARCHAR,
                target_role      VARCHAR,
                cameo            VARCHAR NOT NULL,
                root             VARCHAR NOT NULL,
                quad_class       TINYINT NOT NULL,
                goldstein        DOUBLE NOT NULL,
                plover           VARCHAR,
                confidence       DOUBLE NOT NULL,
                coder_version    VARCHAR,
                first_article_id VARCHAR NOT NULL,
                mentions         INTEGER NOT NULL)""",
            """
            CREATE TABLE mentions (
                event_id      VARCHAR NOT NULL,
                article_id    VARCHAR NOT NULL,
                sentence      INTEGER NOT NULL,
                evidence      VARCHAR NOT NULL,
                source_text   VARCHAR NOT NULL,
                source_start  INTEGER NOT NULL,
                source_end    INTEGER NOT NULL,
                trigger_text  VARCHAR NOT NULL,
                trigger_start INTEGER NOT NULL,
                trigger_end   INTEGER NOT NULL,
                target_text   VARCHAR,
                target_start  INTEGER,
                target_end    INTEGER,
                confidence    DOUBLE NOT NULL,
                PRIMARY KEY (event_id, article_id, sentence))""");

    private Schema() {
    }

    /**
     * Creates the tables of an empty store, or brings an older store up to {@link #VERSION}; returns what an
     * upgrade did, one notice a line (none for a new or current store).
     *
     * @throws StoreException for a store of a newer schema, or a DuckDB file that holds tables but is no store
     */
    static List<String> migrate(Connection c, String where) throws SQLException {
        List<String> tables = tables(c);
        if (!tables.isEmpty() && !tables.contains("schema_version")) {
            throw new StoreException(where + ": not a Vigil store: the DuckDB file holds tables ("
                    + String.join(", ", tables) + ") but no schema_version; give --data a folder of its own");
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int current = current(c);
        if (current > VERSION) {
            throw new StoreException(where + ": the store has schema version " + current
                    + ", written by a newer Vigil; this build knows version " + VERSION);
        }
        if (current == VERSION) {
            return List.of();
        }
        List<String> notices = new ArrayList<>();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            if (current < 1) {
                for (String ddl : V1) {
                    s.execute(ddl);
                }
                stamp(c, 1);
            }
            if (current < 2) {
                for (String ddl : V2) {
                    s.execute(ddl);
                }
                stamp(c, 2);
            }
            if (current < 3) {
                int events = s.executeUpdate(V3_EVENTS);
                int articles = s.executeUpdate(V3_ARTICLES);
                if (articles > 0) {
                    notices.add(where + ": " + articles + " articles an older Vigil dated by their file's"
                            + " modification time are undated now, and so are the " + events + " events they first"
                            + " reported; events merged on those dates stay merged (re-ingest into a new store to"
                            + " undo that)");
                }
                stamp(c, 3);
            }
            if (current < 4) {
                for (String ddl : V4) {
                    s.execute(ddl);
                }
                stamp(c, 4);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        if (current > 0) {
            notices.add(0, where + ": upgraded from schema version " + current + " to " + VERSION
                    + " (docs/store.md, 'Schema')");
        }
        return notices;
    }

    /** The tables of the main schema, by name. */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name FROM"
                + " information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    private static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void stamp(Connection c, int version) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
            p.setInt(1, version);
            p.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
            p.executeUpdate();
        }
    }
}
