package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The store's tables (docs/store.md, "Schema") and the version stamp that guards them. */
final class Schema {
    /** The schema this build writes. Raise it with a migration step in {@link #migrate} when a table changes. */
    static final int VERSION = 3;

    /** Version 2: where an event happened (ISO alpha-3 of the state the sentence places it in). */
    private static final List<String> V2 = List.of("ALTER TABLE events ADD COLUMN location VARCHAR");

    /**
     * Version 3: where an event's date came from when its sentence gives it (RELATIVE, EXPLICIT); null when it is
     * its first article's date, whose origin the article row keeps. Rows of older stores are all of that kind.
     */
    private static final List<String> V3 = List.of("ALTER TABLE events ADD COLUMN date_origin VARCHAR");

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

    /** Creates the tables of an empty store, or checks that an existing store has a schema this build can use. */
    static void migrate(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int current = current(c);
        if (current > VERSION) {
            throw new StoreException(where + ": the store has schema version " + current
                    + ", written by a newer Vigil; this build knows version " + VERSION);
        }
        if (current == VERSION) {
            return;
        }
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
                for (String ddl : V3) {
                    s.execute(ddl);
                }
                stamp(c, 3);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
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
